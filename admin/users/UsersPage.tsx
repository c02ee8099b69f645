// Staff accounts (admins only): who may sign in, as what, for which townships; create, change,
// disable (keeps the account and its history, ends its sessions) and delete.
import { useEffect, useState } from 'preact/hooks'
import { actionOn, t } from '../../client/i18n/index.ts'
import type { PublicUser } from '../../content/model.ts'
import { api, type Page } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { loadRefs } from '../refs.ts'
import { user as me } from '../session.ts'
import { shortDateTime } from '../dates.ts'
import { ApprovalPanel } from './ApprovalPanel.tsx'
import { UserDialog, ROLES } from './UserDialog.tsx'
import './UsersPage.css'

export function UsersPage() {
  const [data, setData] = useState<Page<PublicUser> | null>(null)
  const [editing, setEditing] = useState<PublicUser | 'new' | null>(null)
  const load = () =>
    api<Page<PublicUser>>('GET', '/api/admin/users')
      .then((page) => {
        // Admins first, then by name: the way the office thinks of its staff.
        const rank = (u: PublicUser) => ROLES.indexOf(u.role)
        page.items.sort((a, b) => rank(a) - rank(b) || a.username.localeCompare(b.username))
        setData(page)
      })
      .catch(sayError)
  useEffect(() => {
    void load()
    void loadRefs()
  }, [])

  const setDisabled = async (u: PublicUser, disabled: boolean) => {
    try {
      await api('PATCH', `/api/admin/users/${u.id}`, { disabled })
      say(disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', { name: u.username })
    } catch (error) {
      sayError(error)
    } finally {
      void load()
    }
  }
  const remove = async (u: PublicUser) => {
    if (!confirm(t('admin.users.confirmDelete', { name: u.username }))) return
    try {
      await api('DELETE', `/api/admin/users/${u.id}`)
      say('admin.deleted', { name: u.username })
    } catch (error) {
      sayError(error)
    } finally {
      void load()
    }
  }

  return (
    <section aria-labelledby="users-title">
      <div class="page-head">
        <h1 class="page-title" id="users-title">
          {t('admin.nav.users')}
        </h1>
        <button type="button" class="btn btn--primary" onClick={() => setEditing('new')}>
          {t('admin.users.create')}
        </button>
      </div>
      <p class="muted users__intro">{t('admin.users.intro')}</p>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('admin.nav.users')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.username')}</th>
              <th scope="col">{t('admin.users.displayName')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.users.townships')}</th>
              <th scope="col">{t('admin.f.status')}</th>
              <th scope="col">{t('admin.users.created')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((u) => {
              const self = u.id === me.value?.id
              return (
                <tr key={u.id} class={u.disabled ? 'users__row--disabled' : ''}>
                  <th scope="row">
                    {u.username}
                    {self && <span class="muted"> {t('admin.users.you')}</span>}
                  </th>
                  <td>{u.displayName ?? ''}</td>
                  <td>
                    <span class={`badge users-role--${u.role}`}>{t(`admin.role.${u.role}`)}</span>
                  </td>
                  <td class="wrap">{u.role === 'operator' ? u.townships.join('、') : t('admin.county')}</td>
                  <td>
                    <span class={`badge ${u.disabled ? 'badge--muted' : 'badge--ok'}`}>
                      {t(u.disabled ? 'admin.users.disabled' : 'admin.users.enabled')}
                    </span>
                  </td>
                  <td>{shortDateTime(u.createdAt)}</td>
                  <td>
                    <div class="row-actions">
                      <button
                        type="button"
                        class="btn btn--small"
                        aria-label={actionOn('admin.users.edit', u.username)}
                        onClick={() => setEditing(u)}
                      >
                        {t('admin.users.edit')}
                      </button>
                      {!self && (
                        <button
                          type="button"
                          class="btn btn--small"
                          aria-label={actionOn(
                            u.disabled ? 'admin.users.enable' : 'admin.users.disable',
                            u.username,
                          )}
                          onClick={() => void setDisabled(u, !u.disabled)}
                        >
                          {t(u.disabled ? 'admin.users.enable' : 'admin.users.disable')}
                        </button>
                      )}
                      {!self && (
                        <button
                          type="button"
                          class="btn btn--small btn--danger"
                          aria-label={actionOn('admin.delete', u.username)}
                          onClick={() => void remove(u)}
                        >
                          {t('admin.delete')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <ApprovalPanel />
      {editing && (
        <UserDialog
          {...(editing === 'new' ? {} : { user: editing })}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void load()
          }}
        />
      )}
    </section>
  )
}
