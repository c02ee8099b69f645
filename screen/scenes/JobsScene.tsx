// The job board: the screen's fair's jobs (or all open jobs) as a large table, paged like a station's
// departure board. Pages flip whole, never scroll; each play continues where the last one stopped, so
// every job comes round in turn however long the list.
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Salary } from '../../content/model.ts'
import { formatSalary } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { boardRows } from '../content.ts'
import { link } from '../state.ts'
import { SceneTitle } from './SceneTitle.tsx'
import type { SceneProps } from './types.ts'
import './JobsScene.css'

/** Long enough to read a row from across a hall; a 40 s play shows five pages. */
const PAGE_MS = 8_000
const ROWS = { landscape: 8, portrait: 11 }
/** About how many characters of a notice fit on one line of the banner. */
const BANNER_ONE_LINE = { landscape: 32, portrait: 18 }

// Where the next play starts: one number for the page's lifetime, not a history.
let cursor = 0

// The board has no room for a salary note ("熟手8000+"); the phone page shows it.
const plainSalary = ({ note: _note, ...salary }: Salary) => salary

export function JobsScene({ snapshot, fair, now, durationMs, layout }: SceneProps) {
  const rows = useMemo(() => boardRows(snapshot, fair, now), [snapshot, fair, now])
  // A staff notice's banner takes a row's height (two, when it runs to two lines): the board gives up
  // rows rather than hide its last ones below the footer.
  const banner = link.value?.broadcasts.value.findLast((b) => b.level !== 'emergency')
  const perPage = ROWS[layout] - (banner ? (banner.text.length > BANNER_ONE_LINE[layout] ? 2 : 1) : 0)
  const pages = Math.max(1, Math.ceil(rows.length / perPage))
  const flips = Math.max(1, Math.min(pages, Math.round(durationMs / PAGE_MS)))
  const [step, setStep] = useState(0)
  const [first] = useState(() => {
    const start = cursor
    cursor = (start + flips) % 1_000_000
    return start
  })

  useEffect(() => {
    if (flips <= 1) return
    const timer = setInterval(() => setStep((s) => s + 1), durationMs / flips)
    return () => clearInterval(timer)
  }, [])

  const page = (first + step) % pages
  const shown = rows.slice(page * perPage, page * perPage + perPage)
  const booths = shown.some((r) => r.booth)
  const l = lang.value

  return (
    <section class="scene jobs-scene" aria-labelledby="jobs-scene-title">
      <SceneTitle
        id="jobs-scene-title"
        title={t(fair ? 'screen.jobs.fairTitle' : 'screen.jobs.title')}
        note={`${t('screen.jobs.total', { count: rows.length })} · ${t('screen.jobs.page', { page: page + 1, pages })}`}
      />
      <table class="board">
        <thead>
          <tr>
            {booths && <th class="board__booth">{t('screen.jobs.booth')}</th>}
            <th class="board__employer">{t('screen.jobs.employer')}</th>
            <th>{t('screen.jobs.job')}</th>
            <th class="board__salary">{t('screen.jobs.salary')}</th>
            <th class="board__count">{t('screen.jobs.headcount')}</th>
          </tr>
        </thead>
        {/* Keyed by page, so each page's rows flip in afresh. */}
        <tbody key={page}>
          {shown.map((row, i) => (
            <tr key={row.job.id} data-job-id={row.job.id} style={{ animationDelay: `${i * 60}ms` }}>
              {booths && <td class="board__booth">{row.booth}</td>}
              <td class="board__employer">{row.employer}</td>
              <td class="board__title">
                {row.job.title}
                {/* Portrait has no room for those columns: they go on a second line. */}
                <span class="board__sub">
                  {[
                    row.booth && `${t('screen.jobs.booth')} ${row.booth}`,
                    row.employer,
                    t('screen.jobs.people', { count: row.job.headcount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </td>
              <td class="board__salary">{formatSalary(plainSalary(row.job.salary), l)}</td>
              <td class="board__count">{t('screen.jobs.people', { count: row.job.headcount })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
