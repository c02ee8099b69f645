import { afterEach, describe, expect, it, vi } from 'vitest'
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
