// English, for visitors and staff who read it more easily: the folder en/, one file per face, each
// typed by its Chinese file; put together here as zh-CN.ts does.
import { admin } from './en/admin.ts'
import { common } from './en/common.ts'
import { kiosk } from './en/kiosk.ts'
import { phone } from './en/phone.ts'
import { screen } from './en/screen.ts'
import type { MessageKey } from './zh-CN.ts'

export const en: Record<MessageKey, string> = { ...common, ...kiosk, ...screen, ...admin, ...phone }
