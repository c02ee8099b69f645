// Simplified Chinese: the primary language of every face and the one the pages are built in. The
// catalogue is the folder zh-CN/, one file per face, so a face's bundle carries only its own words
// (each face registers its files, see */messages.ts); this module puts them together for the hub's
// phone pages and the tests. Keys are flat, prefixed by the face that owns them; `{name}` marks a
// parameter filled in by t(). Every key added here must be added to en/ too (its types make a missing
// one an error).
import { admin } from './zh-CN/admin.ts'
import { common } from './zh-CN/common.ts'
import { kiosk } from './zh-CN/kiosk.ts'
import { phone } from './zh-CN/phone.ts'
import { screen } from './zh-CN/screen.ts'

export const zhCN = { ...common, ...kiosk, ...screen, ...admin, ...phone }

export type MessageKey = keyof typeof zhCN
