// What the kiosk and the screen import to become a live device.
export { startDeviceLink, type DeviceLink, type LinkPhase, type RegisterResult } from './link.ts'
export { registerOfflineShell } from './offline-shell.ts'
export { applyChanges } from './apply-changes.ts'
