// Which townships need approval (admins only, beside the accounts it concerns): there, what a township
// operator publishes waits as "pending" until an editor or admin publishes it.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import type { Settings } from '../../content/model.ts'
import { api } from '../api.ts'
import { say, sayError } from '../notice.ts'

export function ApprovalPanel() {
  const [townships, setTownships] = useState<string[] | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api<{ settings: Settings }>('GET', '/api/admin/settings')
      .then(({ settings }) => {
        setTownships(settings.townships)
        setChosen(settings.approvalTownships ?? [])
      })
      .catch(sayError)
  }, [])

  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { settings } = await api<{ settings: Settings }>('PATCH', '/api/admin/settings', {
        approvalTownships: chosen,
      })
      setChosen(settings.approvalTownships ?? [])
      say('admin.approval.saved', { n: settings.approvalTownships?.length ?? 0 })
    } catch (error) {
      sayError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel approval-panel" aria-labelledby="approval-title">
      <h2 class="approval-panel__title" id="approval-title">
        {t('admin.approval.title')}
      </h2>
      <p class="muted approval-panel__hint">{t('admin.approval.hint')}</p>
      <form noValidate onSubmit={(e) => void save(e)}>
        <fieldset class="checks approval-panel__townships">
          <legend class="field__label">{t('admin.approval.townships')}</legend>
          {townships?.length === 0 && <p class="muted">{t('admin.approval.none')}</p>}
          {townships?.map((name) => (
            <label class="check" key={name}>
              <input
                type="checkbox"
                checked={chosen.includes(name)}
                onChange={(e) =>
                  setChosen(e.currentTarget.checked ? [...chosen, name] : chosen.filter((x) => x !== name))
                }
              />
              {name}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="btn btn--primary approval-panel__save" disabled={busy || !townships}>
          {t('admin.save')}
        </button>
      </form>
    </section>
  )
}
