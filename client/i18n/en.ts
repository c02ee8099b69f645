// English, for visitors and staff who read it more easily. The type ties it to the Chinese catalogue:
// a key missing here, or one that exists only here, fails type-checking.
import type { MessageKey } from './zh-CN.ts'

export const en: Record<MessageKey, string> = {
  'common.serviceName': 'Public employment services',
  'common.bureauDefault': 'Human Resources and Social Security Bureau',
  'common.hotline': 'Job service hotline {phone}',
  'common.hotlineLabel': 'Job service hotline',
  'common.free': 'All services are free',
  'common.otherLanguage': '中文',

  'kiosk.pageTitle': 'Find a job · Self-service job information',
  'kiosk.welcome': 'Welcome to self-service job information',
  'kiosk.touchToStart': 'Touch the screen to find a job',
  'kiosk.touchHint': 'Jobs · Job fairs · Policies',
  'kiosk.noTyping': 'No typing needed: just tap',
  'kiosk.comingSoon': 'Job search opens soon. Please wait a moment.',
  'kiosk.featureJobs': 'Local jobs',
  'kiosk.featureFairs': 'Job fairs',
  'kiosk.featurePolicies': 'Policies',

  'screen.pageTitle': 'Job information screen',
  'screen.venueDefault': 'Job information screen',
  'screen.kicker': 'Employment services for every home',
  'screen.headline': 'Good jobs, close to home',
  'screen.waiting': 'Job listings are being updated and will appear shortly',
  'screen.scanTitle': 'Scan to register your interest',
  'screen.scanHint': 'Open WeChat and tap Scan',
  'screen.qrPlaceholder': 'QR code coming soon',

  'admin.pageTitle': 'Admin · Job information service',
  'admin.console': 'Admin',
  'admin.signInTitle': 'Staff sign-in',
  'admin.signInHint': 'Use the account your bureau gave you',
  'admin.username': 'Username',
  'admin.password': 'Password',
  'admin.signIn': 'Sign in',
  'admin.required': 'Please enter your username and password',
  'admin.notConnected': 'Sign-in is not connected yet. Please try again later.',

  'mobile.pageTitle': 'Scan to register your interest in a job',
  'mobile.heading': 'Scan to register your interest',
  'mobile.intro':
    'Seen a job you like on a big screen, a kiosk or a poster? Scan the QR code next to it, leave your phone number, and staff will call you soon.',
  'mobile.stepsTitle': 'Three steps',
  'mobile.step1': 'Scan the QR code next to the job or fair with WeChat',
  'mobile.step2': 'Check the job and enter your mobile number',
  'mobile.step3': 'Note your registration code and wait for our call',
  'mobile.privacy':
    'Your number is used only to contact you about jobs. It is never published or used for anything else.',
  'mobile.help': 'Questions? Call',
}
