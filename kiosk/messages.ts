// The words this face shows, registered before anything renders (the face's island imports this
// module first). Other faces' words stay out of its bundle.
import { addMessages } from '../client/i18n/index.ts'
import { common as enCommon } from '../client/i18n/en/common.ts'
import { kiosk as enKiosk } from '../client/i18n/en/kiosk.ts'
import { common } from '../client/i18n/zh-CN/common.ts'
import { kiosk } from '../client/i18n/zh-CN/kiosk.ts'

addMessages([common, kiosk], [enCommon, enKiosk])
