// The fixed vocabularies of the content model: job categories, benefits, tags and the kinds of
// fairs, venues and devices. Keys are stable identifiers stored in data; labels are what people read.
// GET /api/catalog serves these together with the townships in use.

export interface Label {
  zh: string
  en: string
}

export const CATEGORIES = {
  manufacturing: { zh: '普工/制造', en: 'Factory & manufacturing' },
  construction: { zh: '建筑/装修', en: 'Construction' },
  logistics: { zh: '物流/司机', en: 'Logistics & drivers' },
  catering: { zh: '餐饮/服务', en: 'Catering & services' },
  retail: { zh: '商超/销售', en: 'Retail & sales' },
  domestic: { zh: '家政/护理', en: 'Domestic & care' },
  agriculture: { zh: '农业/养殖', en: 'Farming' },
  gig: { zh: '零工/日结', en: 'Day work' },
  internship: { zh: '就业见习', en: 'Graduate internships' },
  'public-welfare': { zh: '公益性岗位', en: 'Public-welfare posts' },
  office: { zh: '文员/技术', en: 'Office & technical' },
} as const satisfies Record<string, Label>
export type Category = keyof typeof CATEGORIES

export const BENEFITS = {
  meals: { zh: '包吃', en: 'Meals' },
  housing: { zh: '包住', en: 'Housing' },
  insurance: { zh: '五险一金', en: 'Social insurance' },
  shuttle: { zh: '班车接送', en: 'Shuttle bus' },
  'paid-leave': { zh: '带薪休假', en: 'Paid leave' },
  'daily-pay': { zh: '日结工资', en: 'Paid daily' },
  training: { zh: '岗前培训', en: 'Training' },
  bonus: { zh: '全勤奖', en: 'Attendance bonus' },
} as const satisfies Record<string, Label>
export type Benefit = keyof typeof BENEFITS

export const TAGS = {
  gig: { zh: '零工/日结', en: 'Day work' },
  internship: { zh: '就业见习', en: 'Internship' },
  'public-welfare': { zh: '公益性岗位', en: 'Public-welfare' },
  'older-friendly': { zh: '大龄友好', en: 'Open to older workers' },
  'poverty-priority': { zh: '脱贫人口优先', en: 'Priority for people lifted out of poverty' },
  'near-home': { zh: '家门口就业', en: 'Close to home' },
  urgent: { zh: '急招', en: 'Hiring now' },
} as const satisfies Record<string, Label>
export type Tag = keyof typeof TAGS

export const SALARY_UNITS = {
  month: { zh: '元/月', en: 'yuan/month' },
  day: { zh: '元/天', en: 'yuan/day' },
  hour: { zh: '元/小时', en: 'yuan/hour' },
  piece: { zh: '计件', en: 'piece rate' },
} as const satisfies Record<string, Label>

export const EDUCATION = {
  any: { zh: '不限', en: 'Any' },
  primary: { zh: '小学', en: 'Primary school' },
  junior: { zh: '初中', en: 'Junior middle school' },
  senior: { zh: '高中/中专', en: 'Senior middle / vocational' },
  college: { zh: '大专', en: 'College' },
  bachelor: { zh: '本科', en: "Bachelor's" },
} as const satisfies Record<string, Label>

export const FAIR_KINDS = {
  'spring-breeze': { zh: '春风行动', en: 'Spring Breeze fair' },
  'night-market': { zh: '招聘夜市', en: 'Night-market job fair' },
  special: { zh: '专场招聘会', en: 'Special fair' },
  caravan: { zh: '就业服务大篷车', en: 'Job caravan' },
  livestream: { zh: '直播带岗', en: 'Live-stream recruiting' },
  general: { zh: '招聘会', en: 'Job fair' },
} as const satisfies Record<string, Label>

export const VENUE_KINDS = {
  station: { zh: '车站', en: 'Station' },
  'service-hall': { zh: '服务大厅', en: 'Service hall' },
  mall: { zh: '商场', en: 'Mall' },
  'village-centre': { zh: '村级服务中心', en: 'Village service centre' },
  'night-market': { zh: '夜市', en: 'Night market' },
  'fair-ground': { zh: '招聘会场', en: 'Fair ground' },
  market: { zh: '集市', en: 'Market' },
} as const satisfies Record<string, Label>

export const AGE_BANDS = ['16-24', '25-34', '35-44', '45-54', '55+'] as const

export const REGISTRATION_STATUSES = {
  new: { zh: '新登记', en: 'New' },
  contacted: { zh: '已联系', en: 'Contacted' },
  interview: { zh: '面试中', en: 'Interview' },
  hired: { zh: '已录用', en: 'Hired' },
  unsuitable: { zh: '不合适', en: 'Not suitable' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
} as const satisfies Record<string, Label>

export const keysOf = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
