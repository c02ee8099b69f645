// The fictional county of the demo: 湘源县 in Hunan, its bureau and its eight townships. Every name and
// number here is invented; the coordinates fall in an empty box of map (27.8–28.2 N, 112.8–113.3 E).
import type { Location, Settings } from '../model.ts'

export interface Township {
  name: string
  /** Roughly the township seat, for map pins. */
  centre: Location
  /** The township's labour and social-security service station (人社服务站), an office landline. */
  office: string
}

export const TOWNSHIPS = [
  { name: '城关镇', centre: { lat: 27.985, lng: 113.046 }, office: '0731-85620110' },
  { name: '白沙镇', centre: { lat: 28.062, lng: 112.948 }, office: '0731-85631020' },
  { name: '青山铺镇', centre: { lat: 28.118, lng: 113.102 }, office: '0731-85642030' },
  { name: '龙潭镇', centre: { lat: 27.903, lng: 112.921 }, office: '0731-85653040' },
  { name: '梅溪乡', centre: { lat: 27.862, lng: 113.178 }, office: '0731-85664050' },
  { name: '枫林镇', centre: { lat: 28.021, lng: 113.214 }, office: '0731-85675060' },
  { name: '金桥镇', centre: { lat: 27.942, lng: 113.118 }, office: '0731-85686070' },
  { name: '双河乡', centre: { lat: 28.153, lng: 112.883 }, office: '0731-85697080' },
] as const satisfies readonly Township[]

export type TownshipName = (typeof TOWNSHIPS)[number]['name']

export const SETTINGS: Settings = {
  bureauName: '湘源县人力资源和社会保障局',
  county: '湘源县',
  hotline: '0731-85612333',
  townships: TOWNSHIPS.map((t) => t.name),
}

export function township(name: TownshipName): Township {
  const found = TOWNSHIPS.find((t) => t.name === name)
  if (!found) throw new Error(`Unknown township ${name}`)
  return found
}

/** A point near `base`, moved by `step` (any integer) so pins at one place do not sit on top of each other. */
export function near(base: Location, step: number): Location {
  const dLat = (((step * 7) % 11) - 5) * 0.0008
  const dLng = (((step * 5) % 13) - 6) * 0.0008
  return { lat: round(base.lat + dLat), lng: round(base.lng + dLng) }
}

const round = (x: number) => Math.round(x * 1e5) / 1e5
