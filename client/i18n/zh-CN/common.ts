// Simplified Chinese: the words of shared by every face.
export const common = {
  'common.serviceName': '公共就业服务',
  'common.bureauDefault': '人力资源和社会保障局',
  'common.hotline': '就业服务热线 {phone}',
  'common.hotlineLabel': '就业服务热线',
  /** A button's accessible name when a list has one per row: "编辑：普工". */
  'common.actionOn': '{action}：{name}',
  'common.free': '全部服务免费',
  'common.otherLanguage': 'English',
}
