// Urgent notices pushed on top of every targeted kiosk and screen: write one, see how it will look,
// send it, and end it early. Notices in force are listed first.
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import type { Broadcast } from '../../content/model.ts'
import { api, type Page } from '../api.ts'
import { allowed } from '../session.ts'
import { say, sayError } from '../notice.ts'
import { loadRefs, venueName } from '../refs.ts'
import { shortDateTime } from '../dates.ts'
import { BroadcastForm } from './BroadcastForm.tsx'
import './BroadcastsPage.css'
import { EmptyRow } from '../ui/filters.tsx'

export type BroadcastRow = Broadcast & { active: boolean }
export type DeviceName = { id: string; name: string; revokedAt?: string }

export function BroadcastsPage() {
  const [items, setItems] = useState<BroadcastRow[] | null>(null)
  const [devices, setDevices] = useState<DeviceName[]>([])
  const canWrite = allowed('broadcasts:write')
  const load = () =>
    api<Page<BroadcastRow>>('GET', '/api/admin/broadcasts')
      .then((page) =>
        setItems(
          page.items.sort(
            (a, b) => Number(b.active) - Number(a.active) || b.createdAt.localeCompare(a.createdAt),
          ),
        ),
      )
      .catch(sayError)
  useEffect(() => {
    void loadRefs()
    void load()
    void api<Page<DeviceName>>('GET', '/api/admin/devices')
      .then((page) => setDevices(page.items.filter((d) => !d.revokedAt)))
      .catch(() => undefined)
  }, [])

  const end = async (b: BroadcastRow) => {
    if (!confirm(t('admin.confirmEnd', { text: b.text.slice(0, 40) }))) return
    try {
      await api('DELETE', `/api/admin/broadcasts/${b.id}`)
      say('admin.broadcastEnded')
      void load()
    } catch (error) {
      sayError(error)
    }
  }

  const targetText = (b: BroadcastRow) => {
    if (b.target.all) return t('admin.target.all')
    if (b.target.venueIds?.length) return b.target.venueIds.map((id) => venueName(id) || id).join('、')
    return (b.target.deviceIds ?? []).map((id) => devices.find((d) => d.id === id)?.name ?? id).join('、')
  }

  return (
    <section aria-labelledby="broadcasts-title">
      <div class="page-head">
        <h1 class="page-title" id="broadcasts-title">
          {t('admin.nav.broadcasts')}
        </h1>
      </div>
      {canWrite && <BroadcastForm devices={devices} onSent={() => void load()} />}
      <h2 class="broadcasts__heading">{t('admin.broadcastList')}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('admin.broadcastList')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.broadcastText')}</th>
              <th scope="col">{t('admin.level')}</th>
              <th scope="col">{t('admin.target')}</th>
              <th scope="col">{t('admin.until')}</th>
              <th scope="col">{t('admin.f.status')}</th>
              <th scope="col">{t('admin.sentBy')}</th>
              {canWrite && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items && items.length === 0 && <EmptyRow columns={7} text={t('admin.noBroadcasts')} />}
            {(items ?? []).map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.text}</th>
                <td>
                  <span class={`badge broadcast-level--${b.level}`}>
                    {t(`admin.level.${b.level}` as MessageKey)}
                  </span>
                </td>
                <td class="wrap">{targetText(b)}</td>
                <td>{shortDateTime(b.until)}</td>
                <td>
                  {b.active ? (
                    <span class="badge badge--ok">{t('admin.broadcast.active')}</span>
                  ) : (
                    <span class="badge badge--muted">
                      {t(b.endedAt ? 'admin.broadcast.ended' : 'admin.broadcast.expired')}
                    </span>
                  )}
                </td>
                <td>
                  {b.createdBy ?? ''} <span class="muted">{shortDateTime(b.createdAt)}</span>
                </td>
                {canWrite && (
                  <td>
                    {b.active && (
                      <button type="button" class="btn btn--small btn--danger" onClick={() => void end(b)}>
                        {t('admin.endEarly')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
