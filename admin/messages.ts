// The words this face shows, registered before anything renders (the face's island imports this
// module first), with the screens' words too: the broadcast form previews their notice banner.
// Other faces' words stay out of its bundle.
import { addMessages } from '../client/i18n/index.ts'
import { admin as enAdmin } from '../client/i18n/en/admin.ts'
import { common as enCommon } from '../client/i18n/en/common.ts'
import { screen as enScreen } from '../client/i18n/en/screen.ts'
import { admin } from '../client/i18n/zh-CN/admin.ts'
import { common } from '../client/i18n/zh-CN/common.ts'
import { screen } from '../client/i18n/zh-CN/screen.ts'

addMessages([common, admin, screen], [enCommon, enAdmin, enScreen])
