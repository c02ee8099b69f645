// The frame every phone page shares and the one escaping function: everything interpolated into a
// page goes through `esc`. Pages are whole HTML on the first byte, readable before anything else loads.
import { gzipSync } from 'node:zlib'
import type { FastifyReply } from 'fastify'
import type { Lang, Translate } from './i18n.ts'
import { REMEMBER_SCRIPT } from './script.ts'
import { STYLE } from './style.ts'

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What every page needs to know about the request and the bureau. */
export interface View {
  lang: Lang
  t: Translate
  bureau: string
  hotline: string
  retentionDays: number
  townships: readonly string[]
  /** This page's address for the language switch: a GET path whose query keeps the scan source. */
  here: string
}

/** /m with the scan's source, so someone who browses on from here is still attributed to it. */
function homeHref(here: string): string {
  const params = new URLSearchParams(here.split('?')[1] ?? '')
  params.delete('lang')
  return params.size ? `/m?${params}` : '/m'
}

/** `here` with `lang` set: the link to the same page in the other language. */
function switchHref(here: string, lang: Lang): string {
  const [path, query = ''] = here.split('?')
  const params = new URLSearchParams(query)
  params.set('lang', lang === 'en' ? 'zh' : 'en')
  return `${path}?${params}`
}

export interface PageOptions {
  status?: number
  /** Adds the small script that remembers the visitor's details (pages with a form). */
  remember?: boolean
}

export function sendPage(
  reply: FastifyReply,
  view: View,
  title: string,
  body: string,
  options: PageOptions = {},
) {
  const other = view.lang === 'en' ? 'zh-CN' : 'en'
  // The empty icon stops the browser asking for /favicon.ico: a round trip fewer on a slow network.
  const html = `<!doctype html><html lang="${view.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${esc(title)}</title><style>${STYLE}</style></head><body><header class="top"><a class="home" href="${esc(homeHref(view.here))}">${esc(view.bureau)}</a><a class="lang" href="${esc(switchHref(view.here, view.lang))}" lang="${other}" hreflang="${other}">${esc(view.t('common.otherLanguage'))}</a></header><main>${body}</main><footer>${esc(view.t('common.hotline', { phone: view.hotline }))}</footer>${options.remember ? `<script>${REMEMBER_SCRIPT}</script>` : ''}</body></html>`
  reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    // Pages carry a fresh clientId and, after a POST, personal data: never kept by a cache.
    .header('cache-control', 'no-store')
    .header('vary', 'accept-encoding')
  // On a crowded mobile network a page is a quarter of its size gzipped; a few KB take well under a ms.
  if (/\bgzip\b/.test(String(reply.request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(html))
  }
  return reply.send(html)
}
