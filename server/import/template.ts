// The template staff download: the header row and two example rows, as a UTF-8 CSV with a BOM so
// Excel on Windows opens the Chinese correctly. The examples are marked （示例）, and the import
// refuses rows so marked, so a forgotten example never reaches a kiosk.
import type { Settings } from '../../content/model.ts'
import { chinaDay, DAY_MS } from '../../client/china-day.ts'
import { COLUMNS } from './columns.ts'

export const TEMPLATE_FILENAME = '岗位信息表模板.csv'

export function templateCsv(settings: Settings, now: number): string {
  const [first = '城关镇', second = first] = settings.townships
  // A month ahead, written the way the import reads it.
  const until = chinaDay(now + 30 * DAY_MS)
  const example: Record<string, string>[] = [
    {
      单位名称: '（示例）湘源县宏达电子科技有限公司',
      岗位名称: '电子装配普工',
      岗位类别: '普工/制造',
      招聘人数: '20',
      薪资待遇: '4500-6000元/月',
      工作地点: `${first}工业园创业大道18号`,
      年龄要求: '18-50岁',
      学历要求: '初中',
      福利: '包吃住、五险一金、班车',
      联系电话: '0731-85621801',
      有效期至: until,
      标签: '大龄友好',
      岗位职责: '充电器装配和检测，流水线作业',
      任职要求: '身体健康，能适应两班倒',
      工作时间: '8:00-17:30，月休4天',
    },
    {
      单位名称: '（示例）湘源顺达物流有限公司',
      岗位名称: '快递分拣零工',
      岗位类别: '零工/日结',
      招聘人数: '10',
      薪资待遇: '180元/天',
      工作地点: `${second}物流园3号仓`,
      年龄要求: '55岁以下',
      学历要求: '不限',
      福利: '日结、包吃',
      联系电话: '0731-85632066',
      有效期至: '',
      标签: '零工/日结',
      岗位职责: '包裹分拣、装卸',
      任职要求: '能吃苦，服从安排',
      工作时间: '19:00-次日3:00',
    },
  ]
  const labels = COLUMNS.filter((c) => c.field !== 'township').map((c) => c.label)
  const lines = [labels, ...example.map((row) => labels.map((l) => row[l] ?? ''))]
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
