// The list of one content kind: search, filters and paging kept in the address (so a reload or a
// new sign-in comes back to the same view), a selection with bulk status changes, and per-row
// publish, unpublish, mark filled and duplicate.
import { useEffect, useRef, useState } from 'preact/hooks'
import { actionOn, type MessageKey, t } from '../../client/i18n/index.ts'
import { api, query, type Page } from '../api.ts'
import { href, replaceQuery } from '../router.ts'
import { allowed } from '../session.ts'
import { say, sayError } from '../notice.ts'
import { shortDateTime } from '../dates.ts'
import { Pager } from '../ui/Pager.tsx'
import type { Item, KindSpec } from './kinds.tsx'
import { EmptyRow } from '../ui/filters.tsx'
import { useLatest } from '../ui/useLatest.ts'

const PAGE_SIZE = 20

export function ContentList({ spec, query: params }: { spec: KindSpec; query: URLSearchParams }) {
  const filters = {
    q: params.get('q') ?? '',
    ...Object.fromEntries(spec.filters.map((f) => [f.param, params.get(f.param) ?? ''])),
  } as Record<string, string>
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
  const [data, setData] = useState<Page<Item> | null>(null)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [search, setSearch] = useState(filters.q)
  const canWrite = allowed('content:write')
  const key = JSON.stringify([spec.kind, filters, page])

  const latest = useLatest()
  const load = () =>
    latest(
      api<Page<Item>>(
        'GET',
        `/api/admin/${spec.kind}${query({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    )
      .then(setData)
      .catch(sayError)
  useEffect(() => {
    void load()
  }, [key])

  // Typing in the search box waits for a pause before asking the hub.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const setFilter = (name: string, value: string) => {
    setSelected(new Set())
    replaceQuery(spec.kind, { ...filters, [name]: value, page: undefined })
  }
  useEffect(() => () => clearTimeout(timer.current), [])
  const onSearch = (value: string) => {
    setSearch(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setFilter('q', value.trim()), 300)
  }

  const setStatus = async (ids: string[], status: string, doneKey: MessageKey) => {
    setBusy(true)
    let done = 0
    try {
      // One PATCH per item: each is its own revision, exactly as if done one by one.
      for (const id of ids) {
        await api('PATCH', `/api/admin/${spec.kind}/${id}`, { status })
        done++
      }
      say(doneKey, { n: done })
      setSelected(new Set())
    } catch (error) {
      sayError(error)
    } finally {
      setBusy(false)
      void load()
    }
  }

  const items = data?.items ?? []
  const allOnPage = items.length > 0 && items.every((i) => selected.has(i.id))
  const toggleAll = () =>
    setSelected(allOnPage ? new Set() : new Set([...selected, ...items.map((i) => i.id)]))
  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setSelected(next)
  }
  const ids = [...selected]

  return (
    <section aria-labelledby="list-title">
      <div class="page-head">
        <h1 class="page-title" id="list-title">
          {t(spec.title)}
        </h1>
        {canWrite && (
          <a class="btn btn--primary" href={href(`${spec.kind}/new`)}>
            {t(spec.create)}
          </a>
        )}
      </div>
      <div class="toolbar" role="search">
        <label class="field">
          <span class="field__label">{t('admin.search')}</span>
          <input
            type="search"
            value={search}
            onInput={(e) => onSearch(e.currentTarget.value)}
            placeholder={t('admin.searchHint')}
            size={24}
          />
        </label>
        {spec.filters.map((f) => (
          <label class="field" key={f.param}>
            <span class="field__label">{t(f.label)}</span>
            <select value={filters[f.param]} onChange={(e) => setFilter(f.param, e.currentTarget.value)}>
              <option value="">{t('admin.all')}</option>
              {f.options().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <span class="toolbar__spacer" />
        <p class="muted" aria-live="polite">
          {data && t('admin.totalItems', { n: data.total })}
        </p>
      </div>
      {canWrite && selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label={t('admin.bulkLabel')}>
          <span>{t('admin.selected', { n: selected.size })}</span>
          {spec.toggle && (
            <>
              <button
                type="button"
                class="btn btn--small"
                disabled={busy}
                onClick={() => void setStatus(ids, spec.toggle!.on, 'admin.bulkDone')}
              >
                {t(`admin.action.${spec.toggle.on}` as MessageKey)}
              </button>
              <button
                type="button"
                class="btn btn--small"
                disabled={busy}
                onClick={() => void setStatus(ids, spec.toggle!.off, 'admin.bulkDone')}
              >
                {t(`admin.action.${spec.toggle.off}` as MessageKey)}
              </button>
            </>
          )}
          {spec.filled && (
            <button
              type="button"
              class="btn btn--small"
              disabled={busy}
              onClick={() => void setStatus(ids, 'filled', 'admin.bulkDone')}
            >
              {t('admin.action.filled')}
            </button>
          )}
          <button type="button" class="btn btn--small" onClick={() => setSelected(new Set())}>
            {t('admin.clearSelection')}
          </button>
        </div>
      )}
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t(spec.title)}</caption>
          <thead>
            <tr>
              {canWrite && (
                <th class="table__select" scope="col">
                  <input
                    type="checkbox"
                    checked={allOnPage}
                    onChange={toggleAll}
                    aria-label={t('admin.selectAll')}
                  />
                </th>
              )}
              <th scope="col">{t('admin.f.name')}</th>
              {spec.columns.map((c) => (
                <th scope="col" key={c.label} class={c.num ? 'num' : undefined}>
                  {t(c.label)}
                </th>
              ))}
              <th scope="col">{t('admin.updatedAt')}</th>
              {canWrite && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {data && items.length === 0 && (
              <EmptyRow columns={spec.columns.length + 4} text={t('admin.noItems')} />
            )}
            {items.map((item) => (
              <tr key={item.id}>
                {canWrite && (
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                      aria-label={t('admin.selectItem', { name: spec.name(item) })}
                    />
                  </td>
                )}
                <th scope="row">
                  <a class="link" href={href(`${spec.kind}/${item.id}`)}>
                    {spec.name(item)}
                  </a>
                </th>
                {spec.columns.map((c) => (
                  <td key={c.label} class={c.num ? 'num' : c.wrap ? 'wrap' : undefined}>
                    {c.render(item)}
                  </td>
                ))}
                <td class="muted">
                  {shortDateTime(item.updatedAt).slice(5) /* "11-22 16:34": the year is rarely news */}
                </td>
                {canWrite && (
                  <td>
                    <RowActions spec={spec} item={item} busy={busy} setStatus={setStatus} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && (
        <Pager
          page={page}
          pages={Math.max(1, Math.ceil(data.total / PAGE_SIZE))}
          hrefFor={(p) => href(spec.kind, { ...filters, page: p > 1 ? p : undefined })}
        />
      )}
    </section>
  )
}

function RowActions(props: {
  spec: KindSpec
  item: Item
  busy: boolean
  setStatus: (ids: string[], status: string, key: MessageKey) => Promise<void>
}) {
  const { spec, item, busy, setStatus } = props
  const name = spec.name(item)
  const status = item.status ?? spec.toggle?.on
  const button = (next: string, label: MessageKey) => (
    <button
      type="button"
      class="btn btn--small"
      disabled={busy}
      aria-label={actionOn(label, name)}
      onClick={() => void setStatus([item.id], next, 'admin.statusDone')}
    >
      {t(label)}
    </button>
  )
  return (
    <div class="row-actions">
      {spec.toggle &&
        (status === spec.toggle.on
          ? button(spec.toggle.off, `admin.action.${spec.toggle.off}` as MessageKey)
          : button(spec.toggle.on, `admin.action.${spec.toggle.on}` as MessageKey))}
      {spec.filled && status !== 'filled' && button('filled', 'admin.action.filled')}
      <a
        class="btn btn--small"
        href={href(`${spec.kind}/new`, { from: item.id })}
        aria-label={actionOn('admin.duplicate', name)}
      >
        {t('admin.duplicate')}
      </a>
    </div>
  )
}
