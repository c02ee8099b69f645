// The demo employers: all fictional, with office landlines only. `site` is where most of their jobs are;
// jobs copy township, address, contact number and a map pin from it unless they say otherwise.
import type { Employer, Location } from '../model.ts'
import { near, township, type TownshipName } from './county.ts'
import type { Clock } from './time.ts'

export interface EmployerRow {
  id: string
  name: string
  shortName: string
  industry: string
  township: TownshipName
  address: string
  contactOffice: string
  description: string
}

export const EMPLOYER_ROWS: EmployerRow[] = [
  {
    id: 'emp-01',
    name: '湘源县宏达电子科技有限公司',
    shortName: '宏达电子',
    industry: '电子制造',
    township: '城关镇',
    address: '城关镇湘源工业园创业大道18号',
    contactOffice: '0731-85621801',
    description:
      '生产手机充电器、电源适配器和线材，现有员工600余人。厂区有员工食堂和四人间宿舍，开通城区和白沙镇班车。',
  },
  {
    id: 'emp-02',
    name: '湘源县华丰制衣有限公司',
    shortName: '华丰制衣',
    industry: '服装加工',
    township: '白沙镇',
    address: '白沙镇沙河路66号（就业帮扶车间）',
    contactOffice: '0731-85632066',
    description:
      '承接童装、工作服外贸订单，车间设在白沙镇，是县级就业帮扶车间。上下班时间灵活，方便照顾老人小孩。',
  },
  {
    id: 'emp-03',
    name: '湘源县鑫源食品有限公司',
    shortName: '鑫源食品',
    industry: '食品加工',
    township: '龙潭镇',
    address: '龙潭镇食品工业小区3栋',
    contactOffice: '0731-85653303',
    description: '主营腊肉、腊鱼、剁辣椒等湘味食品，产品销往全省商超和网店。每年10月到次年2月是生产旺季。',
  },
  {
    id: 'emp-04',
    name: '湘源县恒建建筑工程有限公司',
    shortName: '恒建建筑',
    industry: '建筑施工',
    township: '城关镇',
    address: '城关镇建设北路120号',
    contactOffice: '0731-85622120',
    description: '房屋建筑施工总承包三级企业，在建项目有县城安置小区和两所学校。工资由专户按月发放，不拖欠。',
  },
  {
    id: 'emp-05',
    name: '湘源县顺捷物流有限公司',
    shortName: '顺捷物流',
    industry: '物流快递',
    township: '金桥镇',
    address: '金桥镇物流园顺捷路1号',
    contactOffice: '0731-85686001',
    description: '县城快递分拨中心和县乡村三级物流配送，每天发往各乡镇的快递包裹约3万件。',
  },
  {
    id: 'emp-06',
    name: '湘源县湘味楼餐饮管理有限公司',
    shortName: '湘味楼',
    industry: '餐饮',
    township: '城关镇',
    address: '城关镇人民路88号',
    contactOffice: '0731-85623088',
    description: '县城连锁湘菜馆，3家门店，同时承接乡村宴席和单位食堂。',
  },
  {
    id: 'emp-07',
    name: '湘源县源江大酒店有限公司',
    shortName: '源江大酒店',
    industry: '酒店住宿',
    township: '城关镇',
    address: '城关镇滨江大道9号',
    contactOffice: '0731-85623999',
    description: '县城商务酒店，客房120间，有会议室和宴会厅。',
  },
  {
    id: 'emp-08',
    name: '湘源县惠民购物广场有限公司',
    shortName: '惠民超市',
    industry: '商超零售',
    township: '城关镇',
    address: '城关镇解放路新天地购物广场负一楼',
    contactOffice: '0731-85624500',
    description: '本地连锁超市，县城2家大卖场、乡镇6家便民店。',
  },
  {
    id: 'emp-09',
    name: '湘源县安心家政服务有限公司',
    shortName: '安心家政',
    industry: '家政服务',
    township: '城关镇',
    address: '城关镇五一路33号二楼',
    contactOffice: '0731-85625033',
    description: '提供月嫂、育婴、居家保洁和居家养老上门服务，新员工免费参加育婴员、养老护理员培训。',
  },
  {
    id: 'emp-10',
    name: '湘源县福寿康养中心',
    shortName: '福寿康养',
    industry: '养老服务',
    township: '枫林镇',
    address: '枫林镇枫林大道200号',
    contactOffice: '0731-85675200',
    description: '民办养老机构，床位260张，医养结合，与县人民医院签约巡诊。',
  },
  {
    id: 'emp-11',
    name: '湘源县青山铺茶叶专业合作社',
    shortName: '青山铺茶叶',
    industry: '茶叶种植加工',
    township: '青山铺镇',
    address: '青山铺镇云雾村茶厂',
    contactOffice: '0731-85642188',
    description: '茶园1800亩，带动周边脱贫户就业。春茶季3月至5月大量用工，采茶按斤计酬、当天结算。',
  },
  {
    id: 'emp-12',
    name: '湘源县梅溪生态种养专业合作社',
    shortName: '梅溪种养',
    industry: '农业种养',
    township: '梅溪乡',
    address: '梅溪乡荷塘村蔬菜基地',
    contactOffice: '0731-85664120',
    description: '蔬菜大棚300亩、生猪养殖场一座，提供种植、养殖和农机岗位，离家近，适合在家门口就业。',
  },
  {
    id: 'emp-13',
    name: '湘源县人民医院',
    shortName: '县人民医院',
    industry: '医疗卫生',
    township: '城关镇',
    address: '城关镇健康路1号',
    contactOffice: '0731-85627120转8203',
    description: '二级甲等综合医院，每年接收高校毕业生就业见习，见习期满表现优秀的优先录用为合同制员工。',
  },
  {
    id: 'emp-14',
    name: '湘源县职业中等专业学校',
    shortName: '县职业中专',
    industry: '教育',
    township: '城关镇',
    address: '城关镇学府路16号',
    contactOffice: '0731-85628016',
    description: '公办中职学校，开设电子技术、汽修、电商、护理等专业，同时承担全县职业技能培训。',
  },
  {
    id: 'emp-15',
    name: '湘源县人民政府',
    shortName: '县政府公益性岗位',
    industry: '公共管理',
    township: '城关镇',
    address: '城关镇政府大院（县就业服务中心统筹）',
    contactOffice: '0731-85612300',
    description:
      '乡村公益性岗位由县就业服务中心统筹、各乡镇人民政府使用，优先安置脱贫人口和就业困难人员。报名请到户籍所在乡镇人社服务站。',
  },
  {
    id: 'emp-16',
    name: '湘源县星播电子商务有限公司',
    shortName: '星播电商',
    industry: '电子商务',
    township: '城关镇',
    address: '城关镇电商产业园B栋5楼',
    contactOffice: '0731-85629505',
    description: '通过直播和网店销售湘源腊味、茶叶和农副产品，是县级电商示范企业。',
  },
  {
    id: 'emp-17',
    name: '湘源县邻里帮劳务服务有限公司',
    shortName: '邻里帮劳务',
    industry: '劳务服务',
    township: '城关镇',
    address: '城关镇零工驿站（汽车站旁）',
    contactOffice: '0731-85620818',
    description: '在县零工驿站对接搬运、保洁、农忙帮工等零活，多数当天结算工资，不收求职者任何费用。',
  },
  {
    id: 'emp-18',
    name: '湘源县安居物业服务有限公司',
    shortName: '安居物业',
    industry: '物业管理',
    township: '城关镇',
    address: '城关镇滨江花园物业服务中心',
    contactOffice: '0731-85626600',
    description: '管理县城12个住宅小区和3栋办公楼，保洁、保安岗位欢迎50岁以上的大哥大姐。',
  },
  {
    id: 'emp-19',
    name: '湘源县城乡公共交通有限公司',
    shortName: '城乡公交',
    industry: '公共交通',
    township: '城关镇',
    address: '城关镇汽车站路2号',
    contactOffice: '0731-85620202',
    description: '运营县城公交和通往8个乡镇的城乡客运线路，车辆全部为新能源车。',
  },
  {
    id: 'emp-20',
    name: '湘源县金桥竹木制品有限公司',
    shortName: '金桥竹木',
    industry: '竹木加工',
    township: '金桥镇',
    address: '金桥镇竹海路28号',
    contactOffice: '0731-85686128',
    description: '生产竹筷、竹砧板和竹制家居用品，工序简单易学，多数岗位坐着干活。',
  },
]

/** Where an employer's jobs are, for job rows that do not say otherwise. */
export function siteOf(employerId: string): EmployerRow & { location: Location } {
  const row = EMPLOYER_ROWS.find((e) => e.id === employerId)
  if (!row) throw new Error(`Unknown employer ${employerId}`)
  const step = Number(row.id.replace(/\D/g, ''))
  return { ...row, location: near(township(row.township).centre, step) }
}

export function buildEmployers(clock: Clock): Employer[] {
  return EMPLOYER_ROWS.map((row, i) => ({
    id: row.id,
    ...clock.stamps(30 + i, i * 7),
    name: row.name,
    shortName: row.shortName,
    industry: row.industry,
    township: row.township,
    address: row.address,
    contactOffice: row.contactOffice,
    description: row.description,
    status: 'active',
  }))
}
