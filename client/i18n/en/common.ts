// English: the words of shared by every face. Typed by the Chinese section: a key missing here, or one
// that exists only here, fails type-checking.
import type { common as zh } from '../zh-CN/common.ts'

export const common: Record<keyof typeof zh, string> = {
  'common.serviceName': 'Public employment services',
  'common.bureauDefault': 'Human Resources and Social Security Bureau',
  'common.hotline': 'Job service hotline {phone}',
  'common.hotlineLabel': 'Job service hotline',
  'common.actionOn': '{action}: {name}',
  'common.free': 'All services are free',
  'common.otherLanguage': '中文',
}
