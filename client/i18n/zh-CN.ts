// Simplified Chinese: the primary language of every face and the one the page is built in.
// Keys are flat, prefixed by the face that owns them; `{name}` marks a parameter filled in by t().
// Every key added here must be added to en.ts too (the type there makes a missing one an error).
export const zhCN = {
  'common.serviceName': '公共就业服务',
  'common.bureauDefault': '人力资源和社会保障局',
  'common.hotline': '就业服务热线 {phone}',
  'common.hotlineLabel': '就业服务热线',
  'common.free': '全部服务免费',
  'common.otherLanguage': 'English',

  'kiosk.pageTitle': '找工作 · 就业信息自助服务',
  'kiosk.welcome': '欢迎使用就业信息自助服务',
  'kiosk.touchToStart': '轻触屏幕 找工作',
  'kiosk.touchHint': '查岗位 · 看招聘会 · 问政策',
  'kiosk.noTyping': '不用打字，点一点就能查',
  'kiosk.comingSoon': '岗位查询即将开放，请稍候',
  'kiosk.featureJobs': '本地岗位',
  'kiosk.featureFairs': '招聘会',
  'kiosk.featurePolicies': '就业政策',

  'screen.pageTitle': '就业信息大屏',
  'screen.venueDefault': '就业信息发布屏',
  'screen.kicker': '就业服务进万家',
  'screen.headline': '好岗位 就在家门口',
  'screen.waiting': '岗位信息正在更新，马上就来',
  'screen.scanTitle': '扫码登记求职意向',
  'screen.scanHint': '打开微信“扫一扫”',
  'screen.qrPlaceholder': '二维码即将显示',

  'admin.pageTitle': '管理后台 · 就业信息服务',
  'admin.console': '管理后台',
  'admin.signInTitle': '工作人员登录',
  'admin.signInHint': '请使用本局分配的账号登录',
  'admin.username': '用户名',
  'admin.password': '密码',
  'admin.signIn': '登录',
  'admin.required': '请填写用户名和密码',
  'admin.notConnected': '登录服务尚未接通，请稍后再试',

  'mobile.pageTitle': '扫码登记求职意向',
  'mobile.heading': '扫码登记求职意向',
  'mobile.intro':
    '在大屏、自助机或海报上看到合适的岗位？扫一扫旁边的二维码，留下手机号，工作人员会尽快联系您。',
  'mobile.stepsTitle': '三步完成登记',
  'mobile.step1': '用微信“扫一扫”扫描岗位或招聘会旁边的二维码',
  'mobile.step2': '核对岗位信息，填写手机号码',
  'mobile.step3': '提交后记下登记码，等待工作人员来电',
  'mobile.privacy': '您的手机号只用于就业服务联系，不会公开，也不会用于其他用途。',
  'mobile.help': '有疑问请拨打',
}

export type MessageKey = keyof typeof zhCN
