// The list of printables: for every upcoming fair its poster and its job table, and a job table for
// every township.
import { useEffect, useState } from 'preact/hooks'
import { actionOn, lang, t } from '../../client/i18n/index.ts'
import { formatDate } from '../../client/format.ts'
import type { Fair, Venue } from '../../content/model.ts'
import { href } from '../router.ts'
import { sayError } from '../notice.ts'
import { loadFairs, loadSettings } from './data.ts'

export function PrintChooser() {
  const [fairs, setFairs] = useState<(Fair & { venue?: Venue })[]>()
  const [townships, setTownships] = useState<string[]>([])
  useEffect(() => {
    loadFairs()
      .then((page) => setFairs(page.items))
      .catch(sayError)
    loadSettings()
      .then((catalog) => setTownships(catalog.townships))
      .catch(sayError)
  }, [])

  return (
    <section aria-labelledby="print-title">
      <div class="page-head">
        <h1 class="page-title" id="print-title">
          {t('admin.nav.print')}
        </h1>
      </div>
      <p class="muted print-chooser__intro">{t('admin.print.intro')}</p>
      <div class="print-chooser">
        <div class="panel">
          <h2 class="print-chooser__title">{t('admin.print.fairs')}</h2>
          {fairs && fairs.length === 0 && <p class="muted">{t('admin.print.noFairs')}</p>}
          <ul class="print-chooser__list">
            {(fairs ?? []).map((fair) => (
              <li key={fair.id}>
                <span class="print-chooser__name">
                  {fair.title}
                  <span class="muted"> · {formatDate(fair.startsAt, lang.value)}</span>
                </span>
                <span class="row-actions">
                  <a
                    class="btn btn--small"
                    href={href(`print/poster/${fair.id}`)}
                    aria-label={actionOn('admin.print.poster', fair.title)}
                  >
                    {t('admin.print.poster')}
                  </a>
                  <a
                    class="btn btn--small"
                    href={href(`print/fair/${fair.id}`)}
                    aria-label={actionOn('admin.print.jobTable', fair.title)}
                  >
                    {t('admin.print.jobTable')}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div class="panel">
          <h2 class="print-chooser__title">{t('admin.print.townships')}</h2>
          <ul class="print-chooser__list">
            {townships.map((name) => (
              <li key={name}>
                <span class="print-chooser__name">{name}</span>
                <a
                  class="btn btn--small"
                  href={href(`print/township/${encodeURIComponent(name)}`)}
                  aria-label={actionOn('admin.print.jobTable', name)}
                >
                  {t('admin.print.jobTable')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
