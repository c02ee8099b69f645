// The devices: pair a new kiosk or screen with the code it shows, and watch them all live (online,
// last seen, build, which content revision each has applied, how it is connected), with identify,
// reload and revoke. The list comes over HTTP; status changes then arrive over the admin socket.
import { useEffect, useState } from 'preact/hooks'
import { actionOn, t } from '../../client/i18n/index.ts'
import type { PublicDevice } from '../../content/model.ts'
import type { DeviceStatus } from '../../server/realtime/events.ts'
import { api, type Page } from '../api.ts'
import { allowed } from '../session.ts'
import { say, sayError } from '../notice.ts'
import { loadRefs, venueName } from '../refs.ts'
import { connectLive, deviceStatus, liveRev } from '../live.ts'
import { shortDateTime } from '../dates.ts'
import { PairForm } from './PairForm.tsx'
import { DeviceSettings } from './DeviceSettings.tsx'
import './DevicesPage.css'
import { EmptyRow } from '../ui/filters.tsx'

export type DeviceRow = PublicDevice & { status: DeviceStatus }

export function DevicesPage() {
  const [devices, setDevices] = useState<DeviceRow[] | null>(null)
  const [rev, setRev] = useState<number>()
  const [editing, setEditing] = useState<DeviceRow>()
  const canWrite = allowed('devices:write')
  const load = () =>
    api<Page<DeviceRow> & { rev: number }>('GET', '/api/admin/devices')
      .then((page) => {
        setDevices(page.items)
        setRev(page.rev)
      })
      .catch(sayError)
  useEffect(() => {
    connectLive()
    void loadRefs()
    void load()
  }, [])

  const live = deviceStatus.value
  const current = liveRev.value ?? rev
  const rows = (devices ?? []).map((d) => ({ ...d, status: live.get(d.id) ?? d.status }))
  const online = rows.filter((d) => d.status.online && !d.revokedAt).length

  const command = async (device: DeviceRow, name: 'identify' | 'reload') => {
    try {
      const result = await api<{ online: boolean }>('POST', `/api/admin/devices/${device.id}/commands`, {
        name,
      })
      say(result.online ? 'admin.commandSent' : 'admin.commandOffline', { name: device.name })
    } catch (error) {
      sayError(error)
    }
  }
  const revoke = async (device: DeviceRow) => {
    if (!confirm(t('admin.confirmRevoke', { name: device.name }))) return
    try {
      await api('POST', `/api/admin/devices/${device.id}/revoke`)
      say('admin.revoked', { name: device.name })
      void load()
    } catch (error) {
      sayError(error)
    }
  }

  return (
    <section aria-labelledby="devices-title">
      <div class="page-head">
        <h1 class="page-title" id="devices-title">
          {t('admin.nav.devices')}
        </h1>
        <p class="muted" aria-live="polite">
          {devices && t('admin.devicesOnline', { online, total: rows.filter((d) => !d.revokedAt).length })}
          {current !== undefined && ` · ${t('admin.currentRev', { rev: current })}`}
        </p>
      </div>
      {canWrite && <PairForm onPaired={() => void load()} />}
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('admin.nav.devices')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.f.name')}</th>
              <th scope="col">{t('admin.deviceKind')}</th>
              <th scope="col">{t('admin.f.venue')}</th>
              <th scope="col">{t('admin.f.status')}</th>
              <th scope="col">{t('admin.lastSeen')}</th>
              <th scope="col">{t('admin.appliedRev')}</th>
              <th scope="col">{t('admin.appVersion')}</th>
              <th scope="col">{t('admin.connection')}</th>
              {canWrite && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {devices && rows.length === 0 && <EmptyRow columns={9} text={t('admin.noDevices')} />}
            {rows.map((d) => (
              <tr key={d.id} data-device={d.id}>
                <th scope="row">{d.name}</th>
                <td>{t(d.kind === 'kiosk' ? 'admin.kind.kiosk' : 'admin.kind.screen')}</td>
                <td class="wrap">{venueName(d.venueId) || '—'}</td>
                <td>
                  {d.revokedAt ? (
                    <span class="badge badge--muted">{t('admin.device.revoked')}</span>
                  ) : d.status.online ? (
                    <span class="badge badge--ok">{t('admin.device.online')}</span>
                  ) : (
                    <span class="badge badge--bad">{t('admin.device.offline')}</span>
                  )}
                </td>
                <td>
                  {d.status.online
                    ? t('admin.now')
                    : shortDateTime(d.status.lastSeenAt ?? d.lastSeenAt) || '—'}
                </td>
                <td>
                  <AppliedRev applied={d.status.appliedRev} current={current} />
                </td>
                <td>{d.status.app ?? '—'}</td>
                <td>
                  <Connection status={d.status} />
                </td>
                {canWrite && (
                  <td>
                    {!d.revokedAt && (
                      <div class="row-actions">
                        <button
                          type="button"
                          class="btn btn--small"
                          aria-label={actionOn('admin.settings', d.name)}
                          onClick={() => setEditing(d)}
                        >
                          {t('admin.settings')}
                        </button>
                        <button
                          type="button"
                          class="btn btn--small"
                          aria-label={actionOn('admin.identify', d.name)}
                          onClick={() => void command(d, 'identify')}
                        >
                          {t('admin.identify')}
                        </button>
                        <button
                          type="button"
                          class="btn btn--small"
                          aria-label={actionOn('admin.reload', d.name)}
                          onClick={() => void command(d, 'reload')}
                        >
                          {t('admin.reload')}
                        </button>
                        <button
                          type="button"
                          class="btn btn--small btn--danger"
                          aria-label={actionOn('admin.revoke', d.name)}
                          onClick={() => void revoke(d)}
                        >
                          {t('admin.revoke')}
                        </button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <DeviceSettings
          device={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined)
            void load()
          }}
        />
      )}
    </section>
  )
}

/** "已应用 37/40": behind is worth noticing (a device that stopped updating), current is quiet. */
function AppliedRev({ applied, current }: { applied: number | undefined; current: number | undefined }) {
  if (applied === undefined || current === undefined) return <span class="muted">—</span>
  const behind = applied < current
  return (
    <span class={behind ? 'device-rev device-rev--behind' : 'device-rev'}>
      {t('admin.appliedOn', { applied, current })}
    </span>
  )
}

/** "WebSocket · 38 毫秒 · 192.168.1.20": how the device reaches the hub, and how quickly. */
function Connection({ status }: { status: DeviceStatus }) {
  if (!status.online) return <>—</>
  const parts = [
    status.transport === 'websocket' ? 'WebSocket' : t('admin.polling'),
    status.latencyMs !== undefined ? t('admin.latency', { ms: status.latencyMs }) : '',
    status.address ?? '',
  ]
  return <span class="device-link">{parts.filter(Boolean).join(' · ')}</span>
}
