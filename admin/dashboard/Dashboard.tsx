// Today at a glance: devices online, registrations today, fairs running now, jobs on show, plus the
// last 30 days of registrations per day and where they came from, and new registrations as they
// arrive over the admin socket. (The full charts and the province's quarterly table come later.)
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { REGISTRATION_STATUSES } from '../../content/catalog.ts'
import { api } from '../api.ts'
import { sayError } from '../notice.ts'
import { href } from '../router.ts'
import { labelOf } from '../refs.ts'
import { connectLive, deviceStatus, newRegistrations } from '../live.ts'
import { shortDateTime } from '../dates.ts'
import { DayBars } from './DayBars.tsx'
import './Dashboard.css'

interface Stats {
  today: {
    day: string
    devicesOnline: number
    devices: number
    registrations: number
    fairsNow: number
    jobsShown: number
    headcount: number
  }
  period: {
    from: string
    to: string
    registrations: number
    perDay: Record<string, number>
    perChannel: Record<string, number>
    perStatus: Record<string, number>
  }
}

export function Dashboard() {
  const [stats, setStats] = useState<Stats | null>(null)
  const load = () => api<Stats>('GET', '/api/admin/stats').then(setStats).catch(sayError)
  useEffect(() => {
    connectLive()
    void load()
  }, [])
  // A new registration or a device coming and going changes today's figures: ask again, at most
  // every few seconds, rather than recounting in the browser.
  const arrivals = newRegistrations.value.length
  const online = [...deviceStatus.value.values()].filter((s) => s.online).length
  useEffect(() => {
    if (!stats) return
    const timer = setTimeout(() => void load(), 2000)
    return () => clearTimeout(timer)
  }, [arrivals, online])

  if (!stats) return <p class="panel muted">{t('admin.loading')}</p>
  const { today, period } = stats
  const figure = (label: MessageKey, value: string | number, link?: string) => (
    <div class="dash-figure">
      <dt>{t(label)}</dt>
      <dd>{link ? <a href={link}>{value}</a> : value}</dd>
    </div>
  )
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
      </dl>
      <div class="dash-grid">
        <section class="panel" aria-labelledby="dash-days">
          <h2 class="dash-heading" id="dash-days">
            {t('admin.stat.perDay', { n: period.registrations })}
          </h2>
          <DayBars from={period.from} to={period.to} perDay={period.perDay} />
        </section>
        <section class="panel" aria-labelledby="dash-sources">
          <h2 class="dash-heading" id="dash-sources">
            {t('admin.stat.bySource')}
          </h2>
          <Shares
            parts={Object.entries(period.perChannel).map(([k, n]) => [
              t(`admin.channel.${k}` as MessageKey),
              n,
            ])}
          />
          <h2 class="dash-heading" id="dash-status">
            {t('admin.stat.byStatus')}
          </h2>
          <Shares
            parts={Object.entries(period.perStatus).map(([k, n]) => [labelOf(REGISTRATION_STATUSES, k), n])}
          />
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
      </div>
    </section>
  )
}

/** Counts as labelled bars of a share of the total: readable without a legend or colours. */
function Shares({ parts }: { parts: [string, number][] }) {
  const total = parts.reduce((sum, [, n]) => sum + n, 0)
  if (total === 0) return <p class="muted">{t('admin.stat.none')}</p>
  return (
    <ul class="dash-shares">
      {parts
        .sort((a, b) => b[1] - a[1])
        .map(([label, n]) => (
          <li key={label}>
            <span>{label}</span>
            <span class="dash-shares__bar" style={{ width: `${(n / total) * 100}%` }} aria-hidden="true" />
            <span class="dash-shares__n">{n}</span>
          </li>
        ))}
    </ul>
  )
}
