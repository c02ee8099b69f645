// The words staff actually write in a 岗位信息表, mapped to the catalog's keys. The catalog's own
// labels and keys are always accepted too (see words()); these lists add the everyday variants.
import type { Benefit, Category, Tag } from '../../content/catalog.ts'
import { BENEFITS, CATEGORIES, EDUCATION, TAGS } from '../../content/catalog.ts'

export type Education = keyof typeof EDUCATION

/** Words written in the 岗位类别 column, besides the catalog labels ("普工/制造") and their halves. */
const CATEGORY_WORDS: Record<Category, string[]> = {
  manufacturing: ['制造', '普工', '工厂', '生产', '制造业', '技工'],
  construction: ['建筑', '装修', '建筑工', '工地'],
  logistics: ['物流', '司机', '运输', '快递', '仓储'],
  catering: ['餐饮', '服务', '服务业', '酒店'],
  retail: ['商超', '销售', '零售', '超市'],
  domestic: ['家政', '护理', '养老'],
  agriculture: ['农业', '养殖', '种植', '农林'],
  gig: ['零工', '日结', '临时工'],
  internship: ['就业见习', '见习', '见习岗位'],
  'public-welfare': ['公益性岗位', '公益性', '公益岗'],
  office: ['文员', '技术', '行政', '办公室'],
}

/**
 * When 岗位类别 is left empty, the title often says it plainly. Checked in order: the special kinds
 * of post (见习, 公益性, 零工) come first because "保洁零工" is day work before it is cleaning.
 */
export const CATEGORY_FROM_TITLE: [Category, RegExp][] = [
  ['internship', /见习/],
  ['public-welfare', /公益性|公益岗/],
  ['gig', /零工|日结|临时工/],
  ['domestic', /保洁|保姆|护工|月嫂|育婴|家政|陪护|护理员/],
  ['catering', /服务员|厨师|帮厨|洗碗|传菜|配菜|面点|后厨/],
  ['logistics', /司机|驾驶员|快递|仓库|仓管|分拣|装卸|搬运|物流|配送|叉车/],
  ['construction', /建筑|钢筋|木工|泥工|瓦工|架子工|水电工|油漆工|装修/],
  ['agriculture', /种植|养殖|采茶|采摘|茶园|果园|农场|饲养/],
  ['manufacturing', /普工|操作工|装配|车工|缝纫|车缝|包装工|质检|焊工|流水线/],
  ['retail', /收银|导购|营业员|理货|促销/],
  ['office', /文员|会计|出纳|行政|客服/],
]

const BENEFIT_WORDS: Record<string, Benefit[]> = {
  包吃: ['meals'],
  管吃: ['meals'],
  包餐: ['meals'],
  包伙食: ['meals'],
  工作餐: ['meals'],
  免费工作餐: ['meals'],
  提供工作餐: ['meals'],
  包住: ['housing'],
  管住: ['housing'],
  住宿: ['housing'],
  提供住宿: ['housing'],
  免费住宿: ['housing'],
  宿舍: ['housing'],
  包吃住: ['meals', 'housing'],
  管吃住: ['meals', 'housing'],
  包食宿: ['meals', 'housing'],
  提供食宿: ['meals', 'housing'],
  吃住全包: ['meals', 'housing'],
  五险一金: ['insurance'],
  五险: ['insurance'],
  社保: ['insurance'],
  缴纳社保: ['insurance'],
  购买社保: ['insurance'],
  买社保: ['insurance'],
  班车: ['shuttle'],
  班车接送: ['shuttle'],
  免费班车: ['shuttle'],
  带薪休假: ['paid-leave'],
  带薪年假: ['paid-leave'],
  年假: ['paid-leave'],
  日结: ['daily-pay'],
  日结工资: ['daily-pay'],
  工资日结: ['daily-pay'],
  当天结算: ['daily-pay'],
  培训: ['training'],
  岗前培训: ['training'],
  免费培训: ['training'],
  技能培训: ['training'],
  带薪培训: ['training'],
  全勤奖: ['bonus'],
  全勤: ['bonus'],
}

const TAG_WORDS: Record<string, Tag[]> = {
  零工: ['gig'],
  日结: ['gig'],
  临时工: ['gig'],
  见习: ['internship'],
  见习岗位: ['internship'],
  公益性: ['public-welfare'],
  公益岗: ['public-welfare'],
  大龄: ['older-friendly'],
  接受大龄: ['older-friendly'],
  欢迎大龄: ['older-friendly'],
  大龄可: ['older-friendly'],
  脱贫户优先: ['poverty-priority'],
  脱贫优先: ['poverty-priority'],
  就近就业: ['near-home'],
  急聘: ['urgent'],
  紧急招聘: ['urgent'],
}

const EDUCATION_WORDS: [Education, RegExp][] = [
  // Lowest level first: "初中或高中" asks for at least 初中.
  ['primary', /小学/],
  ['junior', /初中/],
  ['senior', /高中|中专|职高|技校|中技|中职/],
  ['college', /大专|专科|高职/],
  ['bachelor', /本科|学士/],
]
export const EDUCATION_ANY = /^(不限|无|无要求|没有要求|学历不限|不限学历|any)$/i

/** Every accepted spelling (catalog label, label halves, key, everyday words) -> keys. */
function words<K extends string>(
  catalog: Record<K, { zh: string }>,
  extra: Record<string, K[]>,
): Map<string, K[]> {
  const map = new Map<string, K[]>()
  const add = (word: string, keys: K[]) => {
    if (!map.has(word.toLowerCase())) map.set(word.toLowerCase(), keys)
  }
  for (const key of Object.keys(catalog) as K[]) {
    add(catalog[key].zh, [key])
    add(key, [key])
  }
  for (const [word, keys] of Object.entries(extra)) add(word, keys as K[])
  return map
}

const invert = <K extends string>(lists: Record<K, string[]>): Record<string, K[]> => {
  const out: Record<string, K[]> = {}
  for (const [key, list] of Object.entries(lists) as [K, string[]][]) for (const w of list) out[w] = [key]
  return out
}

export const CATEGORY_MAP = (() => {
  const map = words(CATEGORIES, invert(CATEGORY_WORDS))
  // "普工/制造" is also written as either half alone.
  for (const key of Object.keys(CATEGORIES) as Category[]) {
    for (const half of CATEGORIES[key].zh.split('/')) if (!map.has(half)) map.set(half, [key])
  }
  return map
})()
export const BENEFIT_MAP = words(BENEFITS, BENEFIT_WORDS)
export const TAG_MAP = words(TAGS, TAG_WORDS)
export { EDUCATION_WORDS }
