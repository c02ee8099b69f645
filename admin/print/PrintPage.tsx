// Printables made from live data: the fair poster (#/print/poster/FAIR), the 岗位信息表 of a fair
// (#/print/fair/FAIR) or of a township (#/print/township/NAME), and the page choosing between them
// (#/print). They are admin pages rather than hub-rendered HTML so they share the signed-in session,
// the catalogues and the formatting with the rest of the admin; print.css drops the frame on paper.
import { t } from '../../client/i18n/index.ts'
import type { Route } from '../router.ts'
import { href, replaceQuery } from '../router.ts'
import { FairPoster } from './FairPoster.tsx'
import { JobSheet } from './JobSheet.tsx'
import { PrintChooser } from './PrintChooser.tsx'
import { POSTER_ID } from './data.ts'
import './print.css'

export function PrintPage({ route }: { route: Route }) {
  const [, kind, id] = route.path
  if (!kind || !id) return <PrintChooser />
  const poster = route.query.get('poster') ?? defaultPoster(kind, id)
  const good = POSTER_ID.test(poster)
  const setPoster = (value: string) => replaceQuery(route.path.join('/'), { poster: value })

  return (
    <div class="print-view">
      <div class="print-tools" role="group" aria-label={t('admin.nav.print')}>
        <a class="btn" href={href('print')}>
          {t('admin.print.back')}
        </a>
        <label class="field print-tools__poster">
          <span class="field__label">{t('admin.print.posterId')}</span>
          <input
            value={poster}
            maxLength={64}
            spellcheck={false}
            onInput={(e) => setPoster(e.currentTarget.value.trim())}
            aria-describedby="poster-id-hint"
            {...(good ? {} : { 'aria-invalid': 'true' as const })}
          />
          <span class={good ? 'field__hint' : 'field__error'} id="poster-id-hint">
            {good ? t('admin.print.posterIdHint', { example: `${id}-2` }) : t('admin.print.badPoster')}
          </span>
        </label>
        <button type="button" class="btn btn--primary" disabled={!good} onClick={() => window.print()}>
          {t('admin.print.print')}
        </button>
      </div>
      {!good ? null : kind === 'poster' ? (
        <FairPoster fairId={id} poster={poster} />
      ) : kind === 'fair' ? (
        <JobSheet source={{ fairId: id }} poster={poster} />
      ) : (
        <JobSheet source={{ township: id }} poster={poster} />
      )}
    </div>
  )
}

/** One code per printable by default; staff change it for each place they put a copy up. */
function defaultPoster(kind: string, id: string): string {
  const code = `${kind === 'township' ? 'sheet' : id}-1`
  return POSTER_ID.test(code) ? code : 'sheet-1'
}
