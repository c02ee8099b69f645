// The phone pages' language: Chinese first, English on request. The words come from the faces' own
// catalogues (client/i18n), one per language, so the phone pages and the faces never drift apart.
// The language is chosen on the hub (query, form field, cookie) so both render without JavaScript.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Label } from '../../../content/catalog.ts'
import { en } from '../../../client/i18n/en.ts'
import type { Lang, MessageKey } from '../../../client/i18n/index.ts'
import { zhCN } from '../../../client/i18n/zh-CN.ts'

export type { Lang }
export type PhoneKey = Extract<MessageKey, `phone.${string}` | `common.${string}`>
export type Translate = (key: PhoneKey, params?: Record<string, string | number>) => string

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }
export const LANG_COOKIE = 'jh_lang'

export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang]
  return (key, params) => {
    const text = catalogue[key] ?? key
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text
  }
}

/** A catalog label (categories, benefits, statuses) in the page's language. */
export const label = (l: Label, lang: Lang) => (lang === 'en' ? l.en : l.zh)

const asLang = (value: unknown): Lang | undefined =>
  value === 'en' ? 'en' : value === 'zh' || value === 'zh-CN' ? 'zh-CN' : undefined

/**
 * The page's language: `?lang=` (the switch link), then the form's hidden `lang` (a POST), then the
 * cookie the switch left. An explicit choice is kept in the cookie for the next page.
 */
export function pickLang(request: FastifyRequest, reply: FastifyReply): Lang {
  const query = asLang((request.query as Record<string, unknown> | undefined)?.lang)
  if (query) {
    reply.setCookie(LANG_COOKIE, query, { path: '/m', maxAge: 365 * 86_400, sameSite: 'lax', httpOnly: true })
    return query
  }
  const body = request.body as Record<string, unknown> | undefined
  return asLang(body?.lang) ?? asLang(request.cookies[LANG_COOKIE]) ?? 'zh-CN'
}
