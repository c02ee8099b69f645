// The registrations ledger (台账): who registered for what, from which device, and how staff followed
// up. Filters live in the address; phones are masked unless staff who may see them ask (the hub
// audits every reveal); follow-up status one by one or for a selection; CSV export of the same filter.
import { useEffect, useState } from 'preact/hooks'
import { actionOn, type MessageKey, t } from '../../client/i18n/index.ts'
import { CATEGORIES, REGISTRATION_STATUSES } from '../../content/catalog.ts'
import type { Fair, Registration } from '../../content/model.ts'
import { api, query, type Page } from '../api.ts'
import { href, replaceQuery } from '../router.ts'
import { allowed, scope } from '../session.ts'
import { say, sayError } from '../notice.ts'
import { labelOf, loadRefs, optionsOf, refs } from '../refs.ts'
import { newRegistrations } from '../live.ts'
import { connectLive } from '../live.ts'
import { shortDateTime } from '../dates.ts'
import { Pager } from '../ui/Pager.tsx'
import { FollowUpDialog } from './FollowUpDialog.tsx'
import './LedgerPage.css'
import { DateRangeFields, EmptyRow, FilterSelect, type Option } from '../ui/filters.tsx'
import { useLatest } from '../ui/useLatest.ts'

export type LedgerRow = Omit<Registration, 'phone'> & {
  phoneMasked: string
  phone?: string
  jobs: { id: string; title?: string }[]
}

const PAGE_SIZE = 50
const FILTERS = [
  'fairId',
  'employerId',
  'township',
  'device',
  'channel',
  'status',
  'training',
  'phone',
  'from',
  'to',
] as const
type Filters = Record<(typeof FILTERS)[number], string>
const CHANNELS = ['kiosk', 'phone', 'poster'] as const

export function LedgerPage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
  const [data, setData] = useState<Page<LedgerRow> | null>(null)
  const [reveal, setReveal] = useState(false)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulkStatus, setBulkStatus] = useState('')
  const [following, setFollowing] = useState<LedgerRow | null>(null)
  const [fairs, setFairs] = useState<Fair[]>([])
  const [devices, setDevices] = useState<{ id: string; name: string }[]>([])
  const [phone, setPhone] = useState(filters.phone)
  const [seen, setSeen] = useState(newRegistrations.value.length)
  const canWrite = allowed('registrations:write')
  const canReveal = allowed('registrations:reveal')
  const key = JSON.stringify([filters, page, reveal])

  const latest = useLatest()
  const load = () =>
    latest(
      api<Page<LedgerRow>>(
        'GET',
        `/api/admin/registrations${query({ ...filters, reveal, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    )
      .then((next) => {
        setData(next)
        setSeen(newRegistrations.value.length)
      })
      .catch(sayError)
  useEffect(() => void load(), [key])
  useEffect(() => {
    connectLive()
    void loadRefs()
    void api<Page<Fair>>('GET', '/api/admin/fairs?limit=500')
      .then((p) => setFairs(p.items))
      .catch(() => undefined)
    void api<Page<{ id: string; name: string }>>('GET', '/api/admin/devices')
      .then((p) => setDevices(p.items))
      .catch(() => undefined)
  }, [])

  const setFilter = (name: keyof Filters, value: string) => {
    setSelected(new Set())
    replaceQuery('registrations', { ...filters, [name]: value, page: undefined })
  }
  const fresh = newRegistrations.value.length - seen

  const applyBulk = async () => {
    if (!bulkStatus) return
    let done = 0
    try {
      for (const id of selected) {
        await api('PATCH', `/api/admin/registrations/${id}`, { status: bulkStatus })
        done++
      }
      say('admin.bulkDone', { n: done })
      setSelected(new Set())
    } catch (error) {
      sayError(error)
    } finally {
      void load()
    }
  }

  const items = data?.items ?? []
  const allOnPage = items.length > 0 && items.every((r) => selected.has(r.id))
  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setSelected(next)
  }
  const deviceName = (id: string | undefined) => devices.find((d) => d.id === id)?.name ?? id ?? ''
  const fairTitle = (id: string | undefined) => fairs.find((f) => f.id === id)?.title ?? id ?? ''
  const csv = `/api/admin/registrations.csv${query({ ...filters, reveal })}`
  const select = (name: keyof Filters, label: MessageKey, options: readonly Option[]) => (
    <FilterSelect
      id={`ledger-${name}`}
      label={label}
      value={filters[name]}
      options={options}
      onChange={(value) => setFilter(name, value)}
    />
  )

  return (
    <section aria-labelledby="ledger-title">
      <div class="page-head">
        <h1 class="page-title" id="ledger-title">
          {t('admin.nav.registrations')}
        </h1>
        <div class="row-actions">
          {canReveal && (
            <button type="button" class="btn" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
              {t(reveal ? 'admin.hidePhones' : 'admin.revealPhones')}
            </button>
          )}
          <a class="btn btn--primary" href={csv} download>
            {t('admin.exportCsv')}
          </a>
        </div>
      </div>
      {reveal && <p class="ledger__audit">{t('admin.revealAudited')}</p>}
      <div class="toolbar" role="search">
        {select(
          'fairId',
          'admin.f.fair',
          fairs.map((f) => ({ value: f.id, label: f.title })),
        )}
        {select(
          'employerId',
          'admin.f.employer',
          refs.value.employers.map((e) => ({ value: e.id, label: e.name })),
        )}
        {select(
          'township',
          'admin.f.township',
          (scope.value ?? refs.value.townships).map((name) => ({ value: name, label: name })),
        )}
        {select(
          'device',
          'admin.f.sourceDevice',
          devices.map((d) => ({ value: d.id, label: d.name })),
        )}
        {select(
          'channel',
          'admin.f.channel',
          CHANNELS.map((c) => ({ value: c, label: t(`admin.channel.${c}`) })),
        )}
        {select('status', 'admin.f.followUp', optionsOf(REGISTRATION_STATUSES))}
        {select('training', 'admin.f.training', [{ value: 'true', label: t('admin.trainingWanted') }])}
        <DateRangeFields from={filters.from} to={filters.to} onChange={setFilter} />
        <label class="field">
          <span class="field__label">{t('admin.f.phoneSearch')}</span>
          <input
            type="search"
            inputMode="numeric"
            size={13}
            maxLength={11}
            value={phone}
            onInput={(e) => {
              const value = e.currentTarget.value.replace(/\D/g, '')
              setPhone(value)
              // Only a whole number is a filter: the hub matches phones exactly.
              if (value.length === 11 || value === '') setFilter('phone', value)
            }}
          />
        </label>
      </div>
      <div class="toolbar ledger__summary">
        <p class="muted" aria-live="polite">
          {data && t('admin.totalItems', { n: data.total })}
        </p>
        {fresh > 0 && (
          <button type="button" class="btn btn--small ledger__fresh" onClick={() => void load()}>
            {t('admin.newArrived', { n: fresh })}
          </button>
        )}
      </div>
      {canWrite && selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label={t('admin.bulkLabel')}>
          <span>{t('admin.selected', { n: selected.size })}</span>
          <label>
            <span class="visually-hidden">{t('admin.f.followUp')}</span>
            <select value={bulkStatus} onChange={(e) => setBulkStatus(e.currentTarget.value)}>
              <option value="">{t('admin.setStatusTo')}</option>
              {optionsOf(REGISTRATION_STATUSES)
                .filter((o) => o.value !== 'withdrawn')
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            class="btn btn--small"
            disabled={!bulkStatus}
            onClick={() => void applyBulk()}
          >
            {t('admin.apply')}
          </button>
          <button type="button" class="btn btn--small" onClick={() => setSelected(new Set())}>
            {t('admin.clearSelection')}
          </button>
        </div>
      )}
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('admin.nav.registrations')}</caption>
          <thead>
            <tr>
              {canWrite && (
                <th class="table__select" scope="col">
                  <input
                    type="checkbox"
                    checked={allOnPage}
                    onChange={() => setSelected(allOnPage ? new Set() : new Set(items.map((r) => r.id)))}
                    aria-label={t('admin.selectAll')}
                  />
                </th>
              )}
              <th scope="col">{t('admin.regCode')}</th>
              <th scope="col">{t('admin.regTime')}</th>
              <th scope="col">{t('admin.regName')}</th>
              <th scope="col">{t('admin.regPhone')}</th>
              <th scope="col">{t('admin.f.township')}</th>
              <th scope="col">{t('admin.regFor')}</th>
              <th scope="col">{t('admin.f.channel')}</th>
              <th scope="col">{t('admin.f.followUp')}</th>
              <th scope="col">{t('admin.lastNote')}</th>
              {canWrite && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {data && items.length === 0 && <EmptyRow columns={11} text={t('admin.noItems')} />}
            {items.map((r) => (
              <tr key={r.id}>
                {canWrite && (
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                      aria-label={t('admin.selectItem', { name: r.code })}
                    />
                  </td>
                )}
                <th scope="row" class="ledger__code">
                  {r.code}
                </th>
                <td>{shortDateTime(r.createdAt)}</td>
                <td>{r.name ?? ''}</td>
                <td class="ledger__phone">{r.phone ?? r.phoneMasked}</td>
                <td>{r.township ?? ''}</td>
                <td class="wrap">
                  {[...r.jobs.map((j) => j.title ?? j.id), ...(r.fairId ? [fairTitle(r.fairId)] : [])].join(
                    '；',
                  )}
                  {/* What the person asked for themselves: what staff call about. */}
                  {r.wants && r.wants.length > 0 && (
                    <div class="muted">
                      {t('admin.wants', { kinds: r.wants.map((c) => labelOf(CATEGORIES, c)).join('、') })}
                    </div>
                  )}
                  {r.training && <span class="badge badge--warn">{t('admin.trainingWanted')}</span>}
                </td>
                <td>
                  {t(`admin.channel.${r.source.channel}`)}
                  {r.source.device && <span class="muted"> · {deviceName(r.source.device)}</span>}
                </td>
                <td>
                  <span class={`badge ledger-status--${r.status}`}>
                    {labelOf(REGISTRATION_STATUSES, r.status)}
                  </span>
                </td>
                <td class="wrap ledger__note">{r.notes.at(-1)?.text ?? ''}</td>
                {canWrite && (
                  <td>
                    <button
                      type="button"
                      class="btn btn--small"
                      aria-label={actionOn('admin.followUp', r.code)}
                      onClick={() => setFollowing(r)}
                    >
                      {t('admin.followUp')}
                    </button>
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
          hrefFor={(p) => href('registrations', { ...filters, page: p > 1 ? p : undefined })}
        />
      )}
      {following && (
        <FollowUpDialog
          registration={following}
          onClose={() => setFollowing(null)}
          onSaved={() => {
            setFollowing(null)
            void load()
          }}
        />
      )}
    </section>
  )
}
