// The current language and the one function that turns a key into text.
// `lang` is a signal, so an island that calls t() while rendering re-renders when the language changes.
import { effect, signal } from '@preact/signals'
import type { MessageKey } from './zh-CN.ts'

export type { MessageKey }
export type Lang = 'zh-CN' | 'en'
export const LANGS: readonly Lang[] = ['zh-CN', 'en']

type Words = Partial<Record<MessageKey, string>>
/** Filled by each face with the sections of both catalogues it shows, before anything renders. */
const catalogues: Record<Lang, Words> = { 'zh-CN': {}, en: {} }

/**
 * Adds sections of the two catalogues (the same sections in both). A face registers only its own,
 * so a kiosk does not carry the admin's six hundred strings in two languages.
 */
export function addMessages(zh: Words[], english: Words[]): void {
  Object.assign(catalogues['zh-CN'], ...zh)
  Object.assign(catalogues.en, ...english)
}
const STORAGE_KEY = 'jobhub.lang'
const inBrowser = typeof document !== 'undefined'

/** The language every face shows. Starts as zh-CN, the language the static HTML was built in. */
export const lang = signal<Lang>('zh-CN')

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en'
}

/** The text for `key` in the current language, with `{name}` replaced by params.name. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  // The key itself shows up only if a caller bypassed the type, which beats an empty label.
  const text = catalogues[lang.value][key] ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function setLang(next: Lang): void {
  lang.value = next
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Storage can be full, disabled or missing (WeChat's browser, private modes): keep the choice in memory.
  }
}

/**
 * Applies the language saved on this device. Call it once an island has hydrated, not at import:
 * hydration must see the same language the HTML was built in, or attributes would keep the old text.
 */
export function restoreLang(): void {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (isLang(saved)) lang.value = saved
  } catch {
    // No storage: stay in Chinese.
  }
}

// Without the right lang attribute Chromium draws Chinese with Japanese glyph forms and screen readers
// pick the wrong voice, so the document always follows the signal.
if (inBrowser) {
  effect(() => {
    document.documentElement.lang = lang.value
  })
}

/** The accessible name of a per-row action: "编辑：普工" / "Edit: 普工". */
export const actionOn = (action: MessageKey, name: string): string =>
  t('common.actionOn', { action: t(action), name })
