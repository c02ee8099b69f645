// Demo venues: where kiosks and screens stand and where fairs are held.
import type { Location, Venue } from '../model.ts'
import type { Clock } from './time.ts'

type VenueFields = Omit<Venue, 'createdAt' | 'updatedAt' | 'location'> & { location: Location }

const VENUES: VenueFields[] = [
  {
    id: 'venue-station',
    name: '湘源南站（高铁站）就业服务点',
    kind: 'station',
    township: '城关镇',
    address: '城关镇高铁新城站前大道1号，出站口东侧',
    directions: '出了高铁站出站口往右手边走50米，红色“就业服务”台子就是。春节前后每天有人值班。',
    location: { lat: 27.9712, lng: 113.0815 },
  },
  {
    id: 'venue-bus',
    name: '湘源汽车总站就业服务点',
    kind: 'station',
    township: '城关镇',
    address: '城关镇汽车站路2号，候车大厅内',
    directions: '进汽车站候车大厅，检票口对面就是，旁边是零工驿站。',
    location: { lat: 27.9893, lng: 113.0398 },
  },
  {
    id: 'venue-hall',
    name: '湘源县政务服务中心人社服务大厅',
    kind: 'service-hall',
    township: '城关镇',
    address: '城关镇人民路168号县政务服务中心一楼',
    directions: '县政务服务中心一楼进门左转，就业创业窗口在8号到12号。工作日8:30-12:00，14:30-17:30。',
    location: { lat: 27.9841, lng: 113.0502 },
  },
  {
    id: 'venue-mall',
    name: '新天地购物广场',
    kind: 'mall',
    township: '城关镇',
    address: '城关镇解放路新天地购物广场一楼中庭',
    directions: '从解放路正门进商场，一楼中庭大屏下面。坐1路、3路公交到“新天地”站下车。',
    location: { lat: 27.9868, lng: 113.0451 },
  },
  {
    id: 'venue-village',
    name: '白沙镇荷叶村村级服务中心',
    kind: 'village-centre',
    township: '白沙镇',
    address: '白沙镇荷叶村村部一楼',
    directions: '荷叶村村部一楼便民服务大厅，村卫生室隔壁。',
    location: { lat: 28.0672, lng: 112.9391 },
  },
  {
    id: 'venue-night',
    name: '滨江夜市',
    kind: 'night-market',
    township: '城关镇',
    address: '城关镇滨江大道风光带（源江大酒店对面）',
    directions: '沿滨江大道走到源江大酒店对面的河边广场，晚上小吃摊最多的那一段。',
    location: { lat: 27.9806, lng: 113.0532 },
  },
  {
    id: 'venue-fairground',
    name: '湘源县体育中心广场',
    kind: 'fair-ground',
    township: '城关镇',
    address: '城关镇体育路1号体育中心东广场',
    directions: '体育中心东门前的大广场。各乡镇有免费专车送到广场边上，自己开车可停体育中心地下车库。',
    location: { lat: 27.9927, lng: 113.0571 },
  },
  {
    id: 'venue-market',
    name: '龙潭镇集市',
    kind: 'market',
    township: '龙潭镇',
    address: '龙潭镇老街农贸市场前坪',
    directions: '龙潭镇老街农贸市场门口的坪里，逢农历三、六、九赶集。',
    location: { lat: 27.9046, lng: 112.9188 },
  },
]

/** The township a venue is in, for fairs held there. */
export function venueTownship(id: string): string {
  const venue = VENUES.find((v) => v.id === id)
  if (!venue) throw new Error(`Unknown venue ${id}`)
  return venue.township
}

export function buildVenues(clock: Clock): Venue[] {
  return VENUES.map((v, i) => ({ ...v, location: { ...v.location }, ...clock.stamps(40 + i, i * 11) }))
}
