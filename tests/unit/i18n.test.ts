import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The kiosk's words, registered as the kiosk registers them.
import '../../kiosk/messages.ts'
import { en } from '../../client/i18n/en.ts'
import { lang, restoreLang, setLang, t } from '../../client/i18n/index.ts'
import { zhCN } from '../../client/i18n/zh-CN.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  })

  it('have no empty text', () => {
    for (const catalogue of [zhCN, en]) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('')
    }
  })

  it('use the same parameters in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]))
    }
  })
})

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('each face', () => {
  // A face's bundle carries only the catalogue files its messages.ts registers: a key of another
  // face would show up as the key itself. Shared components (client/) are checked with every face.
  const shared = ['client/LanguageToggle.tsx', 'client/useMinuteClock.ts', ...sources('client/device')]
  for (const face of ['kiosk', 'screen', 'admin']) {
    it(`${face} registers the words its code uses`, () => {
      const registered = new Set(
        [...readFileSync(`${face}/messages.ts`, 'utf8').matchAll(/i18n\/zh-CN\/(\w+)\.ts/g)].map((m) => m[1]),
      )
      const used = new Set<string>()
      for (const file of [...sources(face), ...shared]) {
        const text = readFileSync(file, 'utf8')
        for (const m of text.matchAll(/['`](common|kiosk|screen|admin|phone)\.[\w.${}]/g)) used.add(m[1]!)
      }
      expect(
        [...used].filter((section) => !registered.has(section)),
        face,
      ).toEqual([])
      expect(used.has(face), face).toBe(true)
    })
  }
})

describe('t', () => {
  afterEach(() => {
    lang.value = 'zh-CN'
    vi.unstubAllGlobals()
  })

  it('speaks Chinese by default', () => {
    expect(t('kiosk.touchToStart')).toBe('轻触屏幕 找工作')
  })

  it('fills in parameters', () => {
    expect(t('common.hotline', { phone: '12333' })).toBe('就业服务热线 12333')
  })

  it('follows the current language', () => {
    setLang('en')
    expect(t('common.hotline', { phone: '12333' })).toBe('Job service hotline 12333')
  })

  it('remembers the language on this device', () => {
    const saved = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    })
    setLang('en')
    lang.value = 'zh-CN'
    restoreLang()
    expect(lang.value).toBe('en')
  })

  it('ignores a saved value that is not a language', () => {
    vi.stubGlobal('localStorage', { getItem: () => 'fr', setItem: () => {} })
    restoreLang()
    expect(lang.value).toBe('zh-CN')
  })
})
