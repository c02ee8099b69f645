// Creating a staff account or changing one: name, role, the townships of a township operator, and a
// password (the initial one, or a new one an admin sets for someone who forgot theirs). Checked in the
// browser against the hub's own schema; the hub's own refusals (a taken name) appear at their field.
import { useMemo, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { UserInput, UserPatch, type PublicUser, type Role } from '../../content/model.ts'
import { api, ApiError } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { refs } from '../refs.ts'
import { Dialog } from '../shell/Dialog.tsx'
import { problemText } from '../content/Field.tsx'
import { fromHub, validate, type Problem, type Problems } from '../content/validate.ts'

export const ROLES: Role[] = ['admin', 'editor', 'operator', 'viewer']
/** The fields top to bottom: the first one with a problem gets the focus. */
const FORM_ORDER = ['username', 'displayName', 'role', 'townships', 'password']

interface Draft {
  username: string
  displayName: string
  role: Role
  townships: string[]
  password: string
}

/** The schema's words are generic ("格式不对"); for these two fields staff need the actual rule. */
function ownWords(path: string, problem: Problem): Problem {
  if (path === 'username' && problem.key !== 'admin.err.required') return { key: 'admin.usernameRule' }
  if (path === 'password' && problem.key !== 'admin.err.required') return { key: 'admin.passwordShort' }
  return problem
}

export function UserDialog({
  user,
  onClose,
  onSaved,
}: {
  user?: PublicUser
  onClose: () => void
  onSaved: () => void
}) {
  const [draft, setDraft] = useState<Draft>({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'editor',
    townships: user?.townships ?? [],
    password: '',
  })
  const [submitted, setSubmitted] = useState(false)
  const [hub, setHub] = useState<Problems>(new Map())
  const [busy, setBusy] = useState(false)

  /** What the hub will get: optional fields left out when empty, townships only for an operator. */
  const body = () => ({
    ...(user ? {} : { username: draft.username.trim() }),
    // An emptied name on an existing user is sent empty: the hub then removes it.
    ...(draft.displayName.trim() || user?.displayName ? { displayName: draft.displayName.trim() } : {}),
    role: draft.role,
    townships: draft.role === 'operator' ? draft.townships : [],
    ...(draft.password ? { password: draft.password } : {}),
  })
  const problems = useMemo(() => {
    const found: Problems = new Map()
    for (const [path, problem] of validate(user ? UserPatch : UserInput, body()))
      found.set(path.split('.')[0]!, ownWords(path, problem))
    // An empty box is "required", not a broken rule.
    if (!user && !draft.username.trim()) found.set('username', { key: 'admin.err.required' })
    if (!user && !draft.password) found.set('password', { key: 'admin.err.required' })
    if (draft.role === 'operator' && draft.townships.length === 0)
      found.set('townships', { key: 'admin.err.townshipsNeeded' })
    return found
  }, [draft])
  const shown = (path: string) => hub.get(path) ?? (submitted ? problems.get(path) : undefined)

  const change = <K extends keyof Draft>(name: K, value: Draft[K]) => {
    setDraft({ ...draft, [name]: value })
    if (hub.has(name)) {
      const rest = new Map(hub)
      rest.delete(name)
      setHub(rest)
    }
  }

  const save = async (event: Event) => {
    event.preventDefault()
    setSubmitted(true)
    const first = FORM_ORDER.find((path) => problems.has(path))
    if (first) return document.getElementById(`user-${first}`)?.focus()
    setBusy(true)
    try {
      const saved = user
        ? await api<PublicUser>('PATCH', `/api/admin/users/${user.id}`, body())
        : await api<PublicUser>('POST', '/api/admin/users', body())
      say('admin.saved', { name: saved.username })
      onSaved()
    } catch (error) {
      // The dialog stays open with everything typed; the hub's reasons go next to their fields.
      if (error instanceof ApiError && error.fields.length > 0) {
        const found = fromHub(error.fields)
        setHub(found)
        document.getElementById(`user-${FORM_ORDER.find((path) => found.has(path))}`)?.focus()
      } else sayError(error)
    } finally {
      setBusy(false)
    }
  }

  const aria = (path: string, hint?: string) => ({
    id: `user-${path}`,
    'aria-invalid': shown(path) ? ('true' as const) : undefined,
    'aria-describedby':
      [shown(path) ? `user-${path}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  })
  const error = (path: string) =>
    shown(path) && (
      <span class="field__error" id={`user-${path}-error`}>
        {problemText(shown(path)!)}
      </span>
    )
  const ruleBroken = shown('username')?.key === 'admin.usernameRule'
  const townshipOptions = [...new Set([...refs.value.townships, ...draft.townships])]

  return (
    <Dialog
      title={user ? t('admin.users.editTitle', { name: user.username }) : t('admin.users.create')}
      onClose={onClose}
      wide
    >
      <form class="admin-form-stack user-form" noValidate onSubmit={(e) => void save(e)}>
        <div class="user-form__grid">
          {user ? (
            <p class="field">
              <span class="field__label">{t('admin.username')}</span>
              <span class="user-form__fixed">{user.username}</span>
            </p>
          ) : (
            <div class="field">
              <label class="field__label" for="user-username">
                {t('admin.username')}
              </label>
              <input
                {...aria('username', ruleBroken ? undefined : 'user-username-hint')}
                autocomplete="off"
                aria-required="true"
                value={draft.username}
                onInput={(e) => change('username', e.currentTarget.value)}
              />
              {/* The rule is the hint until it is broken; then it is the error, said once. */}
              {!ruleBroken && (
                <span class="field__hint" id="user-username-hint">
                  {t('admin.usernameRule')}
                </span>
              )}
              {error('username')}
            </div>
          )}
          <div class="field">
            <label class="field__label" for="user-displayName">
              {t('admin.users.displayName')}
            </label>
            <input
              {...aria('displayName')}
              autocomplete="off"
              value={draft.displayName}
              onInput={(e) => change('displayName', e.currentTarget.value)}
            />
            {error('displayName')}
          </div>
        </div>
        <fieldset class="field user-form__roles" {...aria('role')}>
          <legend class="field__label">{t('admin.users.role')}</legend>
          {ROLES.map((role) => (
            <label class="user-form__role" key={role}>
              <input
                type="radio"
                name="role"
                value={role}
                checked={draft.role === role}
                onChange={() => change('role', role)}
              />
              <span>
                <strong>{t(`admin.role.${role}`)}</strong>
                <span class="muted"> — {t(`admin.roleHint.${role}` as MessageKey)}</span>
              </span>
            </label>
          ))}
          {error('role')}
        </fieldset>
        {draft.role === 'operator' && (
          <fieldset class="field user-form__townships" {...aria('townships')}>
            <legend class="field__label">{t('admin.users.townships')}</legend>
            {townshipOptions.map((name) => (
              <label class="check" key={name}>
                <input
                  type="checkbox"
                  checked={draft.townships.includes(name)}
                  onChange={(e) =>
                    change(
                      'townships',
                      e.currentTarget.checked
                        ? [...draft.townships, name]
                        : draft.townships.filter((x) => x !== name),
                    )
                  }
                />
                {name}
              </label>
            ))}
            <div class="user-form__span">{error('townships')}</div>
          </fieldset>
        )}
        <div class="field">
          <label class="field__label" for="user-password">
            {t(user ? 'admin.users.resetPassword' : 'admin.users.initialPassword')}
          </label>
          <input
            {...aria('password', 'user-password-hint')}
            type="password"
            autocomplete="new-password"
            aria-required={user ? undefined : 'true'}
            value={draft.password}
            onInput={(e) => change('password', e.currentTarget.value)}
          />
          <span class="field__hint" id="user-password-hint">
            {t(user ? 'admin.users.resetPasswordHint' : 'admin.users.initialPasswordHint')}
          </span>
          {error('password')}
        </div>
        <div class="admin-form-actions">
          <button type="button" class="btn" onClick={onClose}>
            {t('admin.cancel')}
          </button>
          <button type="submit" class="btn btn--primary" disabled={busy}>
            {t('admin.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
