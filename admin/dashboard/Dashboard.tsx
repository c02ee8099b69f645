// Today at a glance (devices online, registrations today, fairs running now, jobs on show), charts
// over a period staff choose (registrations per day, per follow-up outcome, township, source and
// fair; the funnel QR shown -> scanned -> registered per source and per job), and new registrations
// as they arrive over the admin socket.
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { REGISTRATION_STATUSES } from '../../content/catalog.ts'
import type { Count, FunnelLine, PeriodStats, SourceCount } from '../../server/services/period-stats.ts'
import { api, query } from '../api.ts'
import { sayError } from '../notice.ts'
import { href, replaceQuery, route } from '../router.ts'
import { labelOf } from '../refs.ts'
import { connectLive, deviceStatus, newRegistrations } from '../live.ts'
import { shortDateTime } from '../dates.ts'
import { BarChart, type Series } from './BarChart.tsx'
import { PeriodPicker } from './PeriodPicker.tsx'
import { eachDay } from '../../client/china-day.ts'
import { periodFrom, type Period } from './period.ts'
import './Dashboard.css'
import { useLatest } from '../ui/useLatest.ts'

interface Stats {
  today: {
    day: string
    devicesOnline: number
    devices: number
    registrations: number
    fairsNow: number
    jobsShown: number
    headcount: number
    /** Items waiting for an editor's approval, per kind (only kinds with some). */
    pending: Partial<Record<'jobs' | 'fairs' | 'announcements', number>>
  }
  period: PeriodStats
}

/** Bars beyond this many are summed into one "n others" bar, so a chart stays readable. */
const TOP = 10

function top<T extends { label: string }>(rows: T[], sum: (rest: T[], label: string) => T): T[] {
  if (rows.length <= TOP + 1) return rows
  const rest = rows.slice(TOP)
  return [...rows.slice(0, TOP), sum(rest, t('admin.chart.others', { n: rest.length }))]
}
const topCounts = (rows: Count[]) =>
  top(rows, (rest, label) => ({ id: '', label, count: rest.reduce((n, r) => n + r.count, 0) }))
const topFunnel = (rows: FunnelLine[]) =>
  top(rows, (rest, label) => ({
    id: '',
    label,
    shown: rest.reduce((n, r) => n + r.shown, 0),
    scanned: rest.reduce((n, r) => n + r.scanned, 0),
    registered: rest.reduce((n, r) => n + r.registered, 0),
  }))

const sourceLabel = (s: SourceCount) =>
  s.kind === 'device'
    ? s.label
    : s.kind === 'poster'
      ? t('admin.chart.poster', { id: s.id })
      : t(`admin.channel.${s.id}` as MessageKey)

/** What waits for approval, each kind linking to its list filtered to the waiting items. */
function PendingFigure({ pending }: { pending: Stats['today']['pending'] }) {
  const kinds = (['jobs', 'fairs', 'announcements'] as const).filter((k) => (pending[k] ?? 0) > 0)
  if (kinds.length === 0) return null
  const total = kinds.reduce((n, k) => n + (pending[k] ?? 0), 0)
  return (
    <div class="dash-figure dash-figure--alert">
      <dt>{t('admin.stat.pending')}</dt>
      <dd>
        <a href={href(kinds[0]!, { status: 'pending' })}>{total}</a>
        {kinds.length > 1 && (
          <span class="dash-figure__parts">
            {kinds.map((k) => (
              <a key={k} href={href(k, { status: 'pending' })}>
                {t(`admin.nav.${k}`)} {pending[k]}
              </a>
            ))}
          </span>
        )}
      </dd>
    </div>
  )
}

export function Dashboard() {
  const path = route.value.path.join('/')
  // Without a period in the address the hub picks the last 30 days of its own calendar.
  const asked = periodFrom(route.value.query)
  const [stats, setStats] = useState<Stats | null>(null)
  const latest = useLatest()
  const load = () =>
    latest(api<Stats>('GET', `/api/admin/stats${query({ from: asked?.from, to: asked?.to })}`))
      .then(setStats)
      .catch(sayError)
  useEffect(() => {
    connectLive()
  }, [])
  useEffect(() => void load(), [asked?.from, asked?.to])
  // A new registration or a device coming and going changes the figures: ask again, at most every
  // few seconds, rather than recounting in the browser.
  const arrivals = newRegistrations.value.length
  const online = [...deviceStatus.value.values()].filter((s) => s.online).length
  useEffect(() => {
    if (!stats) return
    const timer = setTimeout(() => void load(), 2000)
    return () => clearTimeout(timer)
  }, [arrivals, online])

  if (!stats) return <p class="panel muted">{t('admin.loading')}</p>
  const { today, period: p } = stats
  const choose = (next: Period) => replaceQuery(path, { from: next.from, to: next.to })
  const figure = (label: MessageKey, value: string | number, link?: string) => (
    <div class="dash-figure">
      <dt>{t(label)}</dt>
      <dd>{link ? <a href={link}>{value}</a> : value}</dd>
    </div>
  )
  const counts = (rows: Count[], color = '--color-brand'): Series[] => [
    { label: t('admin.chart.count'), values: rows.map((r) => r.count), color },
  ]
  const funnelSeries = (rows: FunnelLine[]): Series[] => [
    { label: t('admin.chart.shown'), values: rows.map((r) => r.shown), color: '--chart-shown' },
    { label: t('admin.chart.scanned'), values: rows.map((r) => r.scanned), color: '--chart-scanned' },
    { label: t('admin.chart.registered'), values: rows.map((r) => r.registered), color: '--color-brand' },
  ]
  // Every day of the period, so the chart has a bar on the days nobody registered too.
  const days = eachDay(p.from, p.to)
  const statuses = Object.keys(REGISTRATION_STATUSES).filter((s) => (p.perStatus[s] ?? 0) > 0)
  const townships = topCounts(
    p.byTownship.map((r) => (r.id ? r : { ...r, label: t('admin.chart.unassigned') })),
  )
  const fairs = topCounts(p.byFair)
  const sources = topCounts(p.bySource.map((s) => ({ ...s, label: sourceLabel(s) })))
  const bySource = topFunnel(
    p.funnelBySource.map((r) => (r.poster ? { ...r, label: t('admin.chart.poster', { id: r.id }) } : r)),
  )
  const byJob = topFunnel(p.funnelByJob)

  return (
    <section aria-labelledby="dash-title">
      <div class="page-head">
        <h1 class="page-title" id="dash-title">
          {t('admin.todayTitle', { day: today.day })}
        </h1>
      </div>
      <dl class="dash-figures">
        {figure(
          'admin.stat.registrationsToday',
          today.registrations,
          href('registrations', { from: today.day }),
        )}
        {figure('admin.stat.devicesOnline', `${today.devicesOnline} / ${today.devices}`, href('devices'))}
        {figure('admin.stat.fairsNow', today.fairsNow, href('fairs'))}
        {figure('admin.stat.jobsShown', today.jobsShown, href('jobs', { status: 'published' }))}
        {figure('admin.stat.headcount', today.headcount)}
        <PendingFigure pending={today.pending} />
      </dl>

      <section aria-labelledby="dash-charts">
        <div class="dash-charts-head">
          <h2 class="dash-section-title" id="dash-charts">
            {t('admin.charts.title', { from: p.from, to: p.to })}
          </h2>
          <PeriodPicker period={p} today={today.day} onChange={choose} />
        </div>
        <div class="dash-charts">
          <div class="dash-wide">
            <BarChart
              id="chart-days"
              title={t('admin.chart.perDay', { n: p.registrations })}
              category={t('admin.chart.day')}
              labels={days.map((d) => d.slice(5))}
              series={[
                {
                  label: t('admin.chart.count'),
                  values: days.map((d) => p.perDay[d] ?? 0),
                  color: '--color-brand',
                },
              ]}
            />
          </div>
          <BarChart
            id="chart-status"
            title={t('admin.chart.byStatus')}
            category={t('admin.chart.status')}
            labels={statuses.map((s) => labelOf(REGISTRATION_STATUSES, s))}
            series={[
              {
                label: t('admin.chart.count'),
                values: statuses.map((s) => p.perStatus[s] ?? 0),
                color: '--color-success',
              },
            ]}
            horizontal
          />
          <BarChart
            id="chart-townships"
            title={t('admin.chart.byTownship')}
            category={t('admin.chart.township')}
            labels={townships.map((r) => r.label)}
            series={counts(townships)}
            horizontal
          />
          <BarChart
            id="chart-sources"
            title={t('admin.chart.bySource')}
            category={t('admin.chart.source')}
            labels={sources.map((r) => r.label)}
            series={counts(sources)}
            horizontal
          />
          <BarChart
            id="chart-fairs"
            title={t('admin.chart.byFair')}
            category={t('admin.chart.fair')}
            labels={fairs.map((r) => r.label)}
            series={counts(fairs)}
            horizontal
          />
          <div class="dash-half">
            <BarChart
              id="chart-funnel-sources"
              title={t('admin.chart.funnelBySource')}
              category={t('admin.chart.source')}
              labels={bySource.map((r) => r.label)}
              series={funnelSeries(bySource)}
              horizontal
              log
            />
          </div>
          <div class="dash-half">
            <BarChart
              id="chart-funnel-jobs"
              title={t('admin.chart.funnelByJob')}
              category={t('admin.chart.job')}
              labels={byJob.map((r) => r.label)}
              series={funnelSeries(byJob)}
              horizontal
              log
            />
          </div>
        </div>
      </section>

      <section class="panel dash-live" aria-labelledby="dash-live">
        <h2 class="dash-heading" id="dash-live">
          {t('admin.stat.live')}
        </h2>
        {newRegistrations.value.length === 0 ? (
          <p class="muted">{t('admin.stat.liveEmpty')}</p>
        ) : (
          <ol class="dash-live__list" aria-live="polite">
            {newRegistrations.value.slice(0, 8).map((r) => (
              <li key={r.id}>
                <span class="muted">{shortDateTime(r.createdAt).slice(11)}</span> {r.phoneMasked} ·{' '}
                {t(`admin.channel.${r.channel}` as MessageKey)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  )
}
