// Demo fairs: one on today (whatever the hour the demo is loaded), others in the coming days and one
// last week. Each booth lists jobs of its own employer; times of day are Beijing time.
import type { Booth, Fair, FairSession } from '../model.ts'
import type { Clock } from './time.ts'
import { venueTownship } from './venues.ts'

/** A booth: number, employer and that employer's job numbers (7 for 'job-007'). */
type BoothRow = [number: string, employerId: string, jobs: number[]]
/** A session on the fair's day: title, from, to, place. */
type SessionRow = [title: string, from: string, to: string, place: string]

const booth = ([number, employerId, jobs]: BoothRow): Booth => ({
  number,
  employerId,
  jobIds: jobs.map((n) => `job-${String(n).padStart(3, '0')}`),
})

/** How many days from today the older workers' special fair is (the shuttle-bus notice names it). */
export const SPECIAL_FAIR_IN_DAYS = 7

export function buildFairs(clock: Clock): Fair[] {
  const sessions = (days: number, rows: SessionRow[]): FairSession[] =>
    rows.map(([title, from, to, place]) => ({
      title,
      startsAt: clock.at(days, from),
      endsAt: clock.at(days, to),
      place,
    }))
  const fair = (
    f: Omit<Fair, 'createdAt' | 'updatedAt' | 'township' | 'booths' | 'status' | 'venueId'> & {
      venueId: string
    },
    createdDaysAgo: number,
    booths: BoothRow[],
  ): Fair => ({
    ...f,
    ...clock.stamps(createdDaysAgo, createdDaysAgo * 3),
    township: venueTownship(f.venueId),
    booths: booths.map(booth),
    status: 'published',
  })

  return [
    fair(
      {
        id: 'fair-spring',
        title: '湘源县“春风行动”返乡人员专场招聘会',
        kind: 'spring-breeze',
        venueId: 'venue-fairground',
        ...clock.liveToday('08:30', '16:00'),
        description:
          '县内十多家重点企业现场招人，普工、司机、厨师、护理员、公益性岗位都有。各乡镇7:30从乡镇政府门口发免费专车，带上身份证就能报名；不会写字的，工作人员帮您登记。',
        sessions: sessions(0, [
          ['开幕式暨返乡就业政策宣讲', '08:30', '09:00', '主舞台'],
          ['现场面试', '09:00', '12:00', 'D区面试区'],
          ['直播连线：走进宏达电子车间', '10:00', '10:40', '主舞台大屏'],
          ['免费技能培训报名咨询', '14:00', '15:00', 'C区人社服务台'],
        ]),
      },
      12,
      [
        ['A01', 'emp-01', [1, 2, 3, 4]],
        ['A02', 'emp-02', [5, 6, 7]],
        ['A03', 'emp-03', [8, 9, 10, 11]],
        ['A04', 'emp-20', [12, 13, 14]],
        ['A05', 'emp-04', [15, 16, 17, 18, 19, 20]],
        ['A06', 'emp-05', [21, 22, 23, 25]],
        ['B01', 'emp-06', [28, 29, 30, 31]],
        ['B02', 'emp-08', [38, 39, 41, 42]],
        ['B03', 'emp-10', [51, 52, 53]],
        ['B04', 'emp-16', [43, 44, 45, 47]],
        ['C01', 'emp-15', [71, 73, 74, 75, 76]],
        ['C02', 'emp-13', [67, 68]],
      ],
    ),
    fair(
      {
        id: 'fair-caravan',
        title: '就业服务大篷车进龙潭集市',
        kind: 'caravan',
        venueId: 'venue-market',
        startsAt: clock.at(2, '07:30'),
        endsAt: clock.at(2, '12:00'),
        description:
          '赶集日，县人社局的大篷车开到龙潭镇老街。家门口的工厂、工地、种养基地现场招人，还能办失业登记、报名免费培训、咨询公益性岗位。',
        sessions: sessions(2, [
          ['政策宣讲：返乡就业“1+3+1”服务', '08:00', '08:30', '大篷车舞台'],
          ['现场登记和面试', '08:30', '11:30', '大篷车两侧帐篷'],
          ['免费培训报名', '09:30', '11:00', '大篷车服务窗口'],
        ]),
      },
      6,
      [
        ['D01', 'emp-03', [8, 9]],
        ['D02', 'emp-02', [5, 6]],
        ['D03', 'emp-04', [16, 19]],
        ['D04', 'emp-12', [57, 58, 60]],
        ['D05', 'emp-15', [73]],
      ],
    ),
    fair(
      {
        id: 'fair-night',
        title: '滨江“招聘夜市”',
        kind: 'night-market',
        venueId: 'venue-night',
        startsAt: clock.at(3, '18:30'),
        endsAt: clock.at(3, '21:30'),
        description:
          '吃着夜宵找工作：餐饮、酒店、超市、电商、快递企业在夜市摆摊招人，有兼职也有全职，主播现场直播。扫码就能报名，面试当场定。',
        sessions: sessions(3, [
          ['直播连线：主播带你逛夜市招聘', '19:00', '19:30', '夜市舞台'],
          ['现场面试', '19:00', '21:00', '帐篷区'],
          ['政策宣讲：青年就业见习和补贴', '20:00', '20:30', '夜市舞台'],
        ]),
      },
      8,
      [
        ['N01', 'emp-06', [30, 32]],
        ['N02', 'emp-07', [35, 36, 37]],
        ['N03', 'emp-08', [38, 40]],
        ['N04', 'emp-16', [43, 44, 47]],
        ['N05', 'emp-05', [21, 25]],
        ['N06', 'emp-01', [1, 3]],
      ],
    ),
    fair(
      {
        id: 'fair-special',
        title: '“大龄也能就业”50岁以上劳动者专场招聘会',
        kind: 'special',
        venueId: 'venue-hall',
        startsAt: clock.at(SPECIAL_FAIR_IN_DAYS, '09:00'),
        endsAt: clock.at(SPECIAL_FAIR_IN_DAYS, '12:00'),
        description:
          '专门为50岁以上的大哥大姐办的招聘会：保洁、保安、护理、采茶、种菜、洗碗，还有公益性岗位。现场有免费量血压，工作人员一对一帮您找合适的活。',
        sessions: sessions(SPECIAL_FAIR_IN_DAYS, [
          ['政策宣讲：公益性岗位和社保补贴怎么申请', '09:00', '09:30', '大厅二楼会议室'],
          ['现场面试', '09:30', '11:30', '大厅一楼'],
          ['技能培训报名：养老护理员、家政服务员', '10:30', '11:30', '8号窗口'],
        ]),
      },
      10,
      [
        ['T01', 'emp-18', [64, 65]],
        ['T02', 'emp-09', [49, 50]],
        ['T03', 'emp-10', [51, 52]],
        ['T04', 'emp-11', [54, 56]],
        ['T05', 'emp-12', [57, 60]],
        ['T06', 'emp-06', [29, 31]],
        ['T07', 'emp-20', [12]],
        ['T08', 'emp-15', [71, 73, 74, 75]],
      ],
    ),
    fair(
      {
        id: 'fair-live',
        title: '“湘源好工作”直播带岗',
        kind: 'livestream',
        venueId: 'venue-hall',
        startsAt: clock.at(10, '19:30'),
        endsAt: clock.at(10, '21:00'),
        description:
          '在外打工的老乡，在手机上就能看家乡的好岗位：县人社局工作人员和企业负责人在直播间讲岗位、讲待遇，镜头带您看车间、看宿舍。看中了扫码报名，回来直接面试。',
        liveUrl: 'https://live.example.com/xiangyuan/zhibodaigang',
        sessions: sessions(10, [
          ['开场：返乡就业政策讲解', '19:30', '19:50', '人社服务大厅二楼直播间'],
          ['直播连线：走进宏达电子、星播电商', '19:50', '20:40', '企业现场'],
          ['在线答疑，扫码报名', '20:40', '21:00', '人社服务大厅二楼直播间'],
        ]),
      },
      5,
      [
        ['L01', 'emp-01', [1, 3]],
        ['L02', 'emp-16', [43, 45]],
        ['L03', 'emp-05', [22, 23]],
        ['L04', 'emp-19', [26]],
        ['L05', 'emp-13', [67]],
      ],
    ),
    fair(
      {
        id: 'fair-lights',
        title: '“点亮万家灯火”招聘会（新天地站）',
        kind: 'general',
        venueId: 'venue-mall',
        startsAt: clock.at(-6, '09:00'),
        endsAt: clock.at(-6, '12:00'),
        description: '在新天地购物广场一楼中庭举办，商超、酒店、家政企业现场招聘。',
        sessions: sessions(-6, [
          ['政策宣讲：招聘大使补助和培训补贴', '09:30', '10:00', '中庭舞台'],
          ['现场面试', '10:00', '12:00', '中庭'],
        ]),
      },
      20,
      [
        ['M01', 'emp-08', [38, 39]],
        ['M02', 'emp-07', [34, 35]],
        ['M03', 'emp-09', [48, 49]],
        ['M04', 'emp-06', [30]],
      ],
    ),
  ]
}
