// The audit log (admins only): who did what, when, to which item, with what changed. Filters by
// person, kind, action and a range of days live in the address; phones in it are masked by the hub.
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import type { AuditEntry } from '../../content/model.ts'
import { api, query } from '../api.ts'
import { href, replaceQuery } from '../router.ts'
import { sayError } from '../notice.ts'
import { shortDateTime } from '../dates.ts'
import { Pager } from '../ui/Pager.tsx'
import { AuditDiff } from './AuditDiff.tsx'
import './AuditPage.css'
import { DateRangeFields, EmptyRow, FilterSelect } from '../ui/filters.tsx'
import { useLatest } from '../ui/useLatest.ts'

const PAGE_SIZE = 30
const FILTERS = ['username', 'kind', 'action', 'entityId', 'from', 'to'] as const
type Filters = Record<(typeof FILTERS)[number], string>
interface AuditPageData {
  items: AuditEntry[]
  total: number
  facets: { usernames: string[]; kinds: string[]; actions: string[] }
}

/** A catalogue label when there is one ("更新"), otherwise the hub's own word. */
function labelled(prefix: 'admin.audit.action' | 'admin.audit.kind', value: string): string {
  const key = `${prefix}.${value}` as MessageKey
  const text = t(key)
  return text === key ? value : text
}

export function AuditPage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
  const [data, setData] = useState<AuditPageData | null>(null)
  const key = JSON.stringify([filters, page])
  const latest = useLatest()
  useEffect(() => {
    void latest(
      api<AuditPageData>(
        'GET',
        `/api/admin/audit${query({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    )
      .then(setData)
      .catch(sayError)
  }, [key])

  const setFilter = (name: keyof Filters, value: string) =>
    replaceQuery('audit', { ...filters, [name]: value, page: undefined })
  const select = (
    name: 'username' | 'kind' | 'action',
    label: MessageKey,
    values: string[],
    show = (v: string) => v,
  ) => (
    <FilterSelect
      id={`audit-${name}`}
      label={label}
      value={filters[name]}
      // The value in the address stays choosable even when this page's facets do not hold it.
      options={[...new Set([...values, ...(filters[name] ? [filters[name]] : [])])].map((v) => ({
        value: v,
        label: show(v),
      }))}
      onChange={(value) => setFilter(name, value)}
    />
  )
  const facets = data?.facets ?? { usernames: [], kinds: [], actions: [] }

  return (
    <section aria-labelledby="audit-title">
      <div class="page-head">
        <h1 class="page-title" id="audit-title">
          {t('admin.nav.audit')}
        </h1>
      </div>
      <div class="toolbar" role="search">
        {select('username', 'admin.audit.who', facets.usernames)}
        {select('kind', 'admin.audit.kind', facets.kinds, (v) => labelled('admin.audit.kind', v))}
        {select('action', 'admin.audit.action', facets.actions, (v) => labelled('admin.audit.action', v))}
        <DateRangeFields from={filters.from} to={filters.to} onChange={setFilter} />
        {filters.entityId && (
          <p class="audit__only">
            {t('admin.audit.onlyItem', { id: filters.entityId })}{' '}
            <button type="button" class="btn btn--small" onClick={() => setFilter('entityId', '')}>
              {t('admin.audit.allItems')}
            </button>
          </p>
        )}
      </div>
      <p class="muted audit__total" aria-live="polite">
        {data && t('admin.totalItems', { n: data.total })}
      </p>
      <div class="table-wrap">
        <table class="table audit-table">
          <caption class="visually-hidden">{t('admin.nav.audit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.kind')}</th>
              <th scope="col">{t('admin.audit.item')}</th>
              <th scope="col">{t('admin.audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {data && data.items.length === 0 && <EmptyRow columns={6} text={t('admin.noItems')} />}
            {data?.items.map((e) => (
              <tr key={e.id}>
                <td>{shortDateTime(e.at)}</td>
                <th scope="row">{e.username ?? t('admin.audit.system')}</th>
                <td>
                  <span class={`badge audit-action--${e.action}`}>
                    {labelled('admin.audit.action', e.action)}
                  </span>
                </td>
                <td>{labelled('admin.audit.kind', e.kind)}</td>
                <td>
                  {e.entityId && (
                    <a
                      class="link audit__id"
                      href={href('audit', { entityId: e.entityId })}
                      aria-label={t('admin.audit.historyOf', { id: e.entityId })}
                    >
                      {e.entityId}
                    </a>
                  )}
                </td>
                <td class="wrap audit__changes">
                  <AuditDiff before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && (
        <Pager
          page={page}
          pages={Math.max(1, Math.ceil(data.total / PAGE_SIZE))}
          hrefFor={(p) => href('audit', { ...filters, page: p > 1 ? p : undefined })}
        />
      )}
    </section>
  )
}
