// The words this face shows, registered before anything renders (the face's island imports this
// module first). Other faces' words stay out of its bundle.
import { addMessages } from '../client/i18n/index.ts'
import { common as enCommon } from '../client/i18n/en/common.ts'
import { screen as enScreen } from '../client/i18n/en/screen.ts'
import { common } from '../client/i18n/zh-CN/common.ts'
import { screen } from '../client/i18n/zh-CN/screen.ts'

addMessages([common, screen], [enCommon, enScreen])
