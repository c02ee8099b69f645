// Create or edit one item of any content kind. The value is checked against the hub's own schema on
// every keystroke; a field shows its problem once touched (or after a save attempt); the hub's own
// field errors appear next to their fields. Nothing typed is ever thrown away on an error: the value
// lives in this component, which stays mounted through failed saves and an expired session.
import { useEffect, useMemo, useState } from 'preact/hooks'
import { actionOn, t } from '../../client/i18n/index.ts'
import type { TSchema } from 'typebox'
import { api, ApiError } from '../api.ts'
import { href, navigate } from '../router.ts'
import { allowed } from '../session.ts'
import { say, sayError } from '../notice.ts'
import { loadRefs } from '../refs.ts'
import { Field, fieldId, problemText } from './Field.tsx'
import { BoothsEditor, SessionsEditor } from './FairParts.tsx'
import { StatusBadge, type Item, type KindSpec } from './kinds.tsx'
import { fromHub, validate, type Problems } from './validate.ts'
import { fieldsOf, getIn, setIn, type Value } from './values.ts'
import './ContentForm.css'

/** Whether the schema requires `path`: the form marks it with a star. */
function isRequired(schema: TSchema, path: string): boolean {
  let node = schema as { properties?: Record<string, TSchema>; required?: string[] }
  const parts = path.split('.')
  for (const [i, part] of parts.entries()) {
    if (!node.properties?.[part]) return false
    if (!(node.required ?? []).includes(part)) return false
    if (i < parts.length - 1) node = node.properties[part] as typeof node
  }
  return true
}

interface Props {
  spec: KindSpec
  id?: string
  copyOf?: string
}

export function ContentForm({ spec, id, copyOf }: Props) {
  const [value, setValue] = useState<Value | null>(id || copyOf ? null : spec.blank())
  const [stored, setStored] = useState<Item | null>(null)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [hubProblems, setHubProblems] = useState<Problems>(new Map())
  const [saving, setSaving] = useState(false)
  const [missing, setMissing] = useState(false)
  const canWrite = allowed('content:write')

  useEffect(() => {
    const source = id ?? copyOf
    if (!source) return
    api<Item>('GET', `/api/admin/${spec.kind}/${source}`)
      .then((item) => {
        const fields = fieldsOf(item)
        if (id) {
          setStored(item)
          setValue(fields)
        } else {
          // A copy starts as a draft, so it reaches no device before someone has looked at it.
          setValue(spec.toggle && 'status' in fields ? { ...fields, status: spec.toggle.off } : fields)
        }
      })
      .catch((error) => {
        if (error instanceof ApiError && error.status === 404) setMissing(true)
        else sayError(error)
      })
  }, [])

  const problems = useMemo(() => (value ? validate(spec.input, value) : new Map()), [value])
  const fields = spec.sections.flatMap((s) => s.fields)
  const shown = (path: string) =>
    hubProblems.get(path) ?? (submitted || touched.has(path) ? problems.get(path) : undefined)
  /** Problems with no field of their own (rare: the hub checking something the form does not show). */
  const orphans = [...(submitted ? problems : new Map()), ...hubProblems].filter(
    ([path]) => !fields.some((f) => path === f.path || path.startsWith(`${f.path}.`)),
  )

  const change = (path: string, next: unknown) => {
    setValue((current) => setIn(current ?? {}, path, next))
    setTouched((current) => new Set(current).add(path))
    if (hubProblems.size) {
      const rest = new Map(hubProblems)
      for (const key of rest.keys()) if (key === path || key.startsWith(`${path}.`)) rest.delete(key)
      setHubProblems(rest)
    }
  }
  const touch = (path: string) => setTouched((current) => new Set(current).add(path))

  const focusFirst = (found: Problems) => {
    const first = fields.find((f) =>
      [...found.keys()].some((p) => p === f.path || p.startsWith(`${f.path}.`)),
    )
    if (first) document.getElementById(fieldId(first.path))?.focus()
  }

  const save = async (event: Event) => {
    event.preventDefault()
    if (!value) return
    setSubmitted(true)
    if (problems.size > 0) {
      say('admin.fixErrors', { n: problems.size }, 'error')
      return focusFirst(problems)
    }
    setSaving(true)
    try {
      const saved = id
        ? await api<Item>('PUT', `/api/admin/${spec.kind}/${id}`, value)
        : await api<Item>('POST', `/api/admin/${spec.kind}`, value)
      // The hub holds an operator's publication for approval in some townships: say so, not just "saved".
      if (saved.status === 'pending' && value.status === 'published')
        say('admin.savedPending', { name: spec.name(saved) })
      else say('admin.saved', { name: spec.name(saved) })
      setHubProblems(new Map())
      setTouched(new Set())
      setSubmitted(false)
      if (spec.kind === 'employers' || spec.kind === 'venues') void loadRefs(true)
      if (id) {
        setStored(saved)
        setValue(fieldsOf(saved))
      } else navigate(`${spec.kind}/${saved.id}`)
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const found = fromHub(error.fields)
        setHubProblems(found)
        say('admin.fixErrors', { n: found.size }, 'error')
        focusFirst(found)
      } else sayError(error)
    } finally {
      setSaving(false)
    }
  }

  const remove = async () => {
    if (!id || !stored || !confirm(t('admin.confirmDelete', { name: spec.name(stored) }))) return
    try {
      await api('DELETE', `/api/admin/${spec.kind}/${id}`)
      say('admin.deleted', { name: spec.name(stored) })
      if (spec.kind === 'employers' || spec.kind === 'venues') void loadRefs(true)
      navigate(spec.kind)
    } catch (error) {
      sayError(error)
    }
  }

  if (missing) return <p class="panel">{t('admin.err.notFound')}</p>
  if (!value)
    return (
      <p class="panel muted" aria-busy="true">
        {t('admin.loading')}
      </p>
    )

  const heading = id ? actionOn(spec.edit, stored ? spec.name(stored) : '') : t(spec.create)
  return (
    <form class="content-form" noValidate onSubmit={(e) => void save(e)} aria-labelledby="form-title">
      <div class="page-head">
        <div>
          <p class="content-form__crumb">
            <a class="link" href={href(spec.kind)}>
              {t(spec.title)}
            </a>
          </p>
          <h1 class="page-title" id="form-title">
            {heading}
            {stored?.status && (
              <>
                {' '}
                <StatusBadge status={stored.status} />
              </>
            )}
          </h1>
          {copyOf && <p class="muted">{t('admin.copyHint')}</p>}
        </div>
      </div>
      <fieldset class="content-form__all" disabled={!canWrite}>
        {!canWrite && <p class="content-form__readonly">{t('admin.readOnly')}</p>}
        {spec.sections.map((section) => (
          <section class="panel content-form__section" key={section.title} aria-label={t(section.title)}>
            <h2 class="content-form__section-title">{t(section.title)}</h2>
            <div class="content-form__grid">
              {section.fields.map((f) =>
                f.type === 'booths' ? (
                  <BoothsEditor
                    key={f.path}
                    value={(getIn(value, 'booths') as Value[]) ?? []}
                    onChange={(next) => change('booths', next)}
                    problem={(path) => shown(path)}
                  />
                ) : f.type === 'sessions' ? (
                  <SessionsEditor
                    key={f.path}
                    value={(getIn(value, 'sessions') as Value[]) ?? []}
                    onChange={(next) => change('sessions', next)}
                    problem={(path) => shown(path)}
                  />
                ) : (
                  <Field
                    key={f.path}
                    spec={f}
                    value={getIn(value, f.path)}
                    required={isRequired(spec.input, f.path)}
                    problem={shown(f.path)}
                    onChange={(next) => change(f.path, next)}
                    onBlur={() => touch(f.path)}
                  />
                ),
              )}
            </div>
          </section>
        ))}
        {orphans.length > 0 && (
          <ul class="content-form__orphans" role="alert">
            {orphans.map(([path, problem]) => (
              <li key={path}>
                {path}: {problemText(problem)}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div class="content-form__actions">
        {canWrite && (
          <button type="submit" class="btn btn--primary" disabled={saving}>
            {t('admin.save')}
          </button>
        )}
        <a class="btn" href={href(spec.kind)}>
          {t('admin.backToList')}
        </a>
        {canWrite && id && (
          <a class="btn" href={href(`${spec.kind}/new`, { from: id })}>
            {t('admin.duplicate')}
          </a>
        )}
        <span class="toolbar__spacer" />
        {canWrite && id && (
          <button type="button" class="btn btn--danger" onClick={() => void remove()}>
            {t('admin.delete')}
          </button>
        )}
      </div>
    </form>
  )
}
