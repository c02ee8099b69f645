// The bureau's settings (admins only): its name, county and hotline, and the county's townships as a
// list staff can paste from a spreadsheet. Checked on every keystroke with the hub's own schema; the
// hub's refusals appear at their field; what was typed stays through a failed save or an expired
// session. Taking townships off the list that are still in use asks first, naming what uses them.
// (How long registrations are kept and which townships need approval are set on the Personal data
// and Users pages, beside what they concern.)
import type { JSX } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { SettingsPatch, type Settings } from '../../content/model.ts'
import type { TownshipUse } from '../../server/services/township-use.ts'
import { api, ApiError } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { loadRefs } from '../refs.ts'
import { problemText } from '../content/Field.tsx'
import { fromHub, validate, type Problems } from '../content/validate.ts'
import { repeatedLines, townshipLines, type TownshipLine } from './township-lines.ts'
import { TownshipsInUse } from './TownshipsInUse.tsx'
import './SettingsPage.css'

interface Draft {
  bureauName: string
  county: string
  hotline: string
  /** The text box as typed: one township per line. */
  townships: string
}
type FieldName = keyof Draft
/** Top to bottom: the first field with a problem gets the focus. */
const FIELDS: FieldName[] = ['bureauName', 'county', 'hotline', 'townships']
/** How many of a field's problems are listed. */
const SHOWN = 5
/** A field's problems, in words; the township list can have one per line. */
type Messages = Map<FieldName, string[]>

const draftOf = (s: Settings): Draft => ({
  bureauName: s.bureauName,
  county: s.county,
  hotline: s.hotline,
  townships: s.townships.join('\n'),
})
const bodyOf = (draft: Draft, lines: TownshipLine[]) => ({
  bureauName: draft.bureauName.trim(),
  county: draft.county.trim(),
  hotline: draft.hotline.trim(),
  townships: lines.map((l) => l.name),
})

/** Problems by field, from the schema's or the hub's field errors ("townships.3" is a line). */
function messagesOf(found: Problems, lines: TownshipLine[]): Messages {
  const messages: Messages = new Map()
  const add = (field: FieldName, text: string) => messages.set(field, [...(messages.get(field) ?? []), text])
  for (const [path, said] of found) {
    const [field, index] = path.split('.') as [string, string | undefined]
    if (!FIELDS.includes(field as FieldName)) continue
    const line = index === undefined ? undefined : lines[Number(index)]?.line
    // "格式不对" says nothing useful about a phone number: say what one looks like.
    const problem =
      field === 'hotline' && said.key !== 'admin.err.required' ? { key: 'admin.err.phone' as const } : said
    add(
      field as FieldName,
      line === undefined
        ? problemText(problem)
        : t('admin.bureau.lineProblem', { line, problem: problemText(problem) }),
    )
  }
  return messages
}

export function SettingsPage() {
  const [stored, setStored] = useState<Settings | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [hub, setHub] = useState<Messages>(new Map())
  const [inUse, setInUse] = useState<TownshipUse[] | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api<{ settings: Settings }>('GET', '/api/admin/settings')
      .then(({ settings }) => {
        setStored(settings)
        setDraft(draftOf(settings))
      })
      .catch(sayError)
  }, [])

  const lines = useMemo(() => townshipLines(draft?.townships ?? ''), [draft?.townships])
  const problems = useMemo(() => {
    if (!draft) return new Map() as Messages
    const found = messagesOf(validate(SettingsPatch, bodyOf(draft, lines)), lines)
    const repeats = repeatedLines(lines).map(({ index, first }) =>
      t('admin.bureau.lineDuplicate', { line: lines[index]!.line, name: lines[index]!.name, first }),
    )
    if (repeats.length) found.set('townships', [...(found.get('townships') ?? []), ...repeats])
    return found
  }, [draft, lines])
  const shown = (field: FieldName) =>
    hub.get(field) ?? (submitted || touched.has(field) ? problems.get(field) : undefined)

  const change = (field: FieldName, value: string) => {
    setDraft((current) => current && { ...current, [field]: value })
    setTouched((current) => new Set(current).add(field))
    if (hub.has(field)) {
      const rest = new Map(hub)
      rest.delete(field)
      setHub(rest)
    }
  }

  const focusFirst = (found: Messages) => {
    const first = FIELDS.find((f) => found.has(f))
    if (first) requestAnimationFrame(() => document.getElementById(`bureau-${first}`)?.focus())
  }

  const submit = async (event: Event) => {
    event.preventDefault()
    if (!draft || !stored || busy) return
    setSubmitted(true)
    if (problems.size > 0) {
      say('admin.fixErrors', { n: [...problems.values()].flat().length }, 'error')
      return focusFirst(problems)
    }
    const kept = new Set(lines.map((l) => l.name))
    const removed = stored.townships.filter((name) => !kept.has(name))
    if (removed.length > 0) {
      try {
        const { items } = await api<{ items: TownshipUse[] }>('GET', '/api/admin/settings/townships')
        const used = items.filter((use) => removed.includes(use.township))
        if (used.length > 0) return setInUse(used)
      } catch (error) {
        return sayError(error)
      }
    }
    await save()
  }

  const save = async () => {
    if (!draft || busy) return
    const sent = lines
    setBusy(true)
    try {
      const { settings } = await api<{ settings: Settings }>(
        'PATCH',
        '/api/admin/settings',
        bodyOf(draft, sent),
      )
      setStored(settings)
      setDraft(draftOf(settings))
      setTouched(new Set())
      setSubmitted(false)
      setHub(new Map())
      setInUse(null)
      say('admin.bureau.saved')
      // Forms and filters offer the new townships without a reload.
      void loadRefs(true)
    } catch (error) {
      setInUse(null)
      if (error instanceof ApiError && error.fields.length > 0) {
        const found = messagesOf(fromHub(error.fields), sent)
        setHub(found)
        say('admin.fixErrors', { n: [...found.values()].flat().length }, 'error')
        focusFirst(found)
      } else sayError(error)
    } finally {
      setBusy(false)
    }
  }

  if (!draft || !stored)
    return (
      <p class="panel muted" aria-busy="true">
        {t('admin.loading')}
      </p>
    )

  const { bureauName, county, hotline, townships } = stored
  const changed =
    JSON.stringify(bodyOf(draft, lines)) !== JSON.stringify({ bureauName, county, hotline, townships })
  const field = (name: FieldName, label: string, hint: string, control: (aria: object) => JSX.Element) => {
    const messages = shown(name)
    const id = `bureau-${name}`
    return (
      <div class={`field bureau__field bureau__field--${name}`}>
        <label class="field__label" for={id}>
          {label}
          <span class="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        {control({
          id,
          'aria-required': 'true',
          'aria-invalid': messages ? 'true' : undefined,
          'aria-describedby': [messages ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' '),
          onBlur: () => setTouched((current) => new Set(current).add(name)),
        })}
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
        {messages && (
          <span class="field__error bureau__errors" id={`${id}-error`}>
            {messages.slice(0, SHOWN).map((m) => (
              <span key={m}>{m}</span>
            ))}
            {/* A wrong column pasted can be wrong on every line: the first few say what to fix. */}
            {messages.length > SHOWN && <span>{t('admin.bureau.more', { n: messages.length - SHOWN })}</span>}
          </span>
        )}
      </div>
    )
  }
  const text = (name: Exclude<FieldName, 'townships'>) => (aria: object) => (
    <input {...aria} value={draft[name]} onInput={(e) => change(name, e.currentTarget.value)} />
  )

  return (
    <section class="bureau" aria-labelledby="bureau-title">
      <div class="page-head">
        <h1 class="page-title" id="bureau-title">
          {t('admin.nav.settings')}
        </h1>
      </div>
      <p class="muted bureau__intro">{t('admin.bureau.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div class="bureau__panels">
          <section class="panel bureau__panel" aria-labelledby="bureau-identity">
            <h2 class="bureau__panel-title" id="bureau-identity">
              {t('admin.bureau.identity')}
            </h2>
            {field('bureauName', t('admin.bureau.name'), t('admin.bureau.nameHint'), text('bureauName'))}
            {field('county', t('admin.bureau.county'), t('admin.bureau.countyHint'), text('county'))}
            {field('hotline', t('admin.bureau.hotline'), t('admin.bureau.hotlineHint'), (aria) => (
              <input
                {...aria}
                type="tel"
                inputMode="tel"
                value={draft.hotline}
                onInput={(e) => change('hotline', e.currentTarget.value)}
              />
            ))}
          </section>
          <section class="panel bureau__panel" aria-labelledby="bureau-townships-title">
            <h2 class="bureau__panel-title" id="bureau-townships-title">
              {t('admin.bureau.townshipsTitle')}
            </h2>
            {field('townships', t('admin.bureau.townships'), t('admin.bureau.townshipsHint'), (aria) => (
              <textarea
                {...aria}
                rows={12}
                spellcheck={false}
                value={draft.townships}
                onInput={(e) => change('townships', e.currentTarget.value)}
              />
            ))}
            <p class="bureau__count" aria-live="polite">
              {t('admin.bureau.count', { n: new Set(lines.map((l) => l.name)).size })}
            </p>
          </section>
        </div>
        <div class="bureau__actions">
          {/* Not disabled while saving: a disabled button drops the keyboard focus to the page top. */}
          <button
            type="submit"
            id="bureau-save"
            class="btn btn--primary"
            aria-busy={busy ? 'true' : undefined}
          >
            {t('admin.save')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setDraft(draftOf(stored))
              setTouched(new Set())
              setSubmitted(false)
              setHub(new Map())
            }}
          >
            {t('admin.bureau.revert')}
          </button>
          {changed && <span class="muted bureau__unsaved">{t('admin.bureau.unsaved')}</span>}
        </div>
      </form>
      {inUse && <TownshipsInUse uses={inUse} onBack={() => setInUse(null)} onConfirm={() => void save()} />}
    </section>
  )
}
