// Demo mode: an empty data directory is filled with the demo county's content, and one kiosk and one
// screen are created whose tokens are kept in DATA_DIR/demo-devices.json, so every start can print
// links that open them already paired. Never used when DEMO=off.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createDemoContent } from '../content/demo/index.ts'
import type { Venue } from '../content/model.ts'
import type { Devices } from './services/devices.ts'
import type { InitialContent } from './store/index.ts'

const DEMO_DEVICES_FILE = 'demo-devices.json'

export function demoContent(now = new Date()): InitialContent {
  const demo = createDemoContent(now)
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.id, i]))
  return {
    settings: demo.settings,
    jobs: byId(demo.jobs),
    employers: byId(demo.employers),
    fairs: byId(demo.fairs),
    venues: byId(demo.venues),
    announcements: byId(demo.announcements),
  }
}

export interface DemoDevice {
  id: string
  kind: 'kiosk' | 'screen'
  token: string
}

/** The demo kiosk and screen, created on the first start of a demo data directory. */
export async function demoDevices(
  dataDir: string,
  devices: Devices,
  firstStart: boolean,
  venues: Venue[],
): Promise<DemoDevice[]> {
  const file = join(dataDir, DEMO_DEVICES_FILE)
  if (!firstStart) {
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as DemoDevice[]
      return saved.filter((d) => devices.get(d.id) && !devices.get(d.id)!.revokedAt)
    } catch {
      return []
    }
  }
  const made: DemoDevice[] = []
  for (const [kind, name, venueKind] of [
    ['kiosk', '演示一体机（服务大厅）', 'service-hall'],
    ['screen', '演示大屏（招聘会场）', 'fair-ground'],
  ] as const) {
    const venueId = venues.find((v) => v.kind === venueKind)?.id
    const { device, token } = await devices.create({ name, kind, ...(venueId ? { venueId } : {}) })
    made.push({ id: device.id, kind, token })
  }
  await writeFile(file, JSON.stringify(made, null, 2))
  return made
}
