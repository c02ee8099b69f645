// Demo announcements: employment policies in plain words (from the plans in /work/shared/seeds) and one
// notice. The amounts are the ones the plans name; anything else says "按规定" (as the rules say).
import type { Announcement } from '../model.ts'
import { SETTINGS, TOWNSHIPS } from './county.ts'
import { SPECIAL_FAIR_IN_DAYS } from './fairs.ts'
import type { Clock } from './time.ts'

type AnnouncementFields = Omit<Announcement, 'createdAt' | 'updatedAt' | 'status'>

export function buildAnnouncements(clock: Clock): Announcement[] {
  const specialFair = clock.at(SPECIAL_FAIR_IN_DAYS, '09:00')
  const items: AnnouncementFields[] = [
    {
      id: 'ann-returnee',
      kind: 'policy',
      pinned: true,
      title: '返乡老乡看过来：免费“1+3+1”就业服务',
      body: [
        '回到家乡想找工作的老乡，县人社局免费为您提供“1+3+1”服务：',
        '1次职业指导：工作人员和您聊一聊，看看您适合做什么；',
        '3个岗位信息：推荐至少3个适合您、离家近的岗位；',
        '1个培训项目：想学手艺的，推荐1个免费培训班。',
        `到县人社服务大厅、各乡镇人社服务站，或在就业服务自助机、手机页面上留个手机号就行，我们会打电话联系您。咨询电话：${SETTINGS.hotline}。`,
      ].join('\n'),
    },
    {
      id: 'ann-ambassador',
      kind: 'policy',
      title: '当招聘大使，介绍老乡在县内就业每人补助300元',
      body: [
        '每个乡镇、村（社区）选聘1到2名威望高、会沟通的热心人当“招聘大使”，帮县内企业招工，帮老乡找工作。',
        '您介绍的人在县内企业签订一年以上劳动合同、稳定干满6个月的，每介绍成功1人，给招聘大使300元劳务补助。',
        '想当招聘大使的，到户籍所在乡镇人社服务站报名。',
      ].join('\n'),
      validUntil: clock.endOfDay(90),
    },
    {
      id: 'ann-training',
      kind: 'policy',
      title: '免费学技术：职业技能培训有补贴',
      body: [
        '县里常年开设免费技能培训班：电工、焊工、叉车司机、中式烹调师、育婴员、养老护理员、电商直播等。',
        '农民工、脱贫人口、失业人员、未就业的高校毕业生参加培训，培训费按规定由政府补贴，考到证书的按规定还有补贴。',
        '报名地点：县职业中专培训中心、县人社服务大厅8号窗口，或各乡镇人社服务站。',
      ].join('\n'),
      validUntil: clock.endOfDay(120),
    },
    {
      id: 'ann-3km',
      kind: 'policy',
      title: '“三公里就业圈”：在家门口找工作',
      body: [
        '县里正在建设“三公里就业圈”：让大家在离家三公里左右的范围内，就能找到工作、办好就业服务。',
        '村级服务中心和社区就业驿站都能登记求职、查岗位；在自助机或手机页面上选“家门口就业”，就只看离家近的岗位。',
        '企业在乡镇开办的就业帮扶车间，上下班时间灵活，方便照顾家里老人小孩。',
      ].join('\n'),
    },
    {
      id: 'ann-transport',
      kind: 'policy',
      title: '脱贫人口外出务工可申请交通补助',
      body: [
        '脱贫人口（含防止返贫监测对象）跨省外出务工的，可以按规定申请一次性交通补助。',
        '带上身份证、银行卡，以及车票或务工单位出具的务工证明，到户籍所在乡镇人社服务站申请。',
        '春节前后，县里还会组织“点对点”返岗专车，报名请问乡镇人社服务站。',
      ].join('\n'),
      validUntil: clock.endOfDay(60),
    },
    {
      id: 'ann-unemployment',
      kind: 'policy',
      title: '没了工作，先办失业登记',
      body: [
        '失业了，可以在户籍所在地、常住地、就业地或参保地办理失业登记。',
        '登记后免费享受职业指导、职业介绍和技能培训；符合条件的，还可以领失业保险金。',
        '带上身份证到县人社服务大厅8号到12号窗口，或到乡镇人社服务站办理。',
      ].join('\n'),
    },
    {
      id: 'ann-welfare',
      kind: 'policy',
      title: '乡村公益性岗位怎么报名',
      body: [
        '乡村保洁员、护林员、河道巡查员、道路养护员等公益性岗位，优先安排脱贫人口、防止返贫监测对象和就业困难人员。',
        '岗位按月发放岗位补贴，单位按规定缴纳社会保险，离家近、时间灵活。',
        '报名请带身份证到户籍所在乡镇人社服务站，由乡镇审核后公示录用。',
      ].join('\n'),
    },
    {
      id: 'ann-shuttle',
      kind: 'notice',
      title: `${clock.dayLabel(specialFair)}大龄专场招聘会，各乡镇开免费专车`,
      body: [
        `${clock.dayLabel(specialFair)}上午9点，县政务服务中心人社服务大厅举办50岁以上劳动者专场招聘会。`,
        '各乡镇早上7:30从乡镇政府门口发免费专车，招聘会结束后送回。',
        '坐车请提前一天打电话给乡镇人社服务站报名：',
        ...TOWNSHIPS.map((t) => `${t.name}：${t.office}`),
      ].join('\n'),
      validUntil: specialFair,
    },
  ]
  return items.map((a, i) => ({ ...a, ...clock.stamps(2 + ((i * 5) % 14), i * 13), status: 'published' }))
}
