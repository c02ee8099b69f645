// A bar chart (Chart.js, loaded on first use) with its numbers as a table: screen readers always read
// the table (the canvas is hidden from them), and anyone can switch the panel to the table to read
// exact figures, from the keyboard too.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Chart } from 'chart.js'
import { t } from '../../client/i18n/index.ts'

export interface Series {
  label: string
  values: number[]
  /** A design token, e.g. "--color-brand". */
  color: string
}

export interface BarChartProps {
  id: string
  title: string
  /** The heading of the table's first column (what the bars are: day, fair, township...). */
  category: string
  labels: string[]
  series: Series[]
  horizontal?: boolean
  /**
   * A logarithmic value axis, for a funnel whose steps differ by orders of magnitude (thousands of
   * showings, a handful of registrations): on a linear axis the last step would be invisible.
   */
  log?: boolean
  /** Canvas height in px; horizontal charts grow with their bars. */
  height?: number
}

let setup: Promise<typeof import('./chart-setup.ts')> | undefined
/** Characters of a label on the axis: a side bar's names share a third of the page with the bars. */
const MAX_LABEL = 10

export function BarChart(props: BarChartProps) {
  const { id, title, category, labels, series, horizontal = false, log = false } = props
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart | null>(null)
  const [asTable, setAsTable] = useState(false)
  const empty = labels.length === 0 || series.every((s) => s.values.every((v) => v === 0))
  // A horizontal chart grows with its bars, plus room for the axis (and the legend of several series).
  const grouped = series.length > 1
  const height =
    props.height ??
    (horizontal ? Math.max(140, (grouped ? 70 : 40) + labels.length * (grouped ? 40 : 26)) : 220)
  const data = JSON.stringify([labels, series, horizontal, log])

  useEffect(() => {
    if (empty || !canvas.current) return
    let gone = false
    void (setup ??= import('./chart-setup.ts')).then(({ Chart }) => {
      if (gone || !canvas.current) return
      // Colours come from the design tokens where the chart sits, so themes apply to charts too.
      const css = getComputedStyle(canvas.current)
      const token = (name: string) => css.getPropertyValue(name).trim() || '#0a4a8c'
      Chart.defaults.font.family = token('--font-sans')
      Chart.defaults.font.size = 13
      Chart.defaults.color = token('--color-muted')
      chart.current?.destroy()
      chart.current = new Chart(canvas.current, {
        type: 'bar',
        data: {
          // Long names are cut on the axis; the table and the tooltip keep them whole.
          labels: labels.map((l) => (l.length > MAX_LABEL ? `${l.slice(0, MAX_LABEL - 1)}…` : l)),
          datasets: series.map((s) => ({
            label: s.label,
            data: s.values,
            backgroundColor: token(s.color),
            borderRadius: 3,
            maxBarThickness: 28,
          })),
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 12 } },
            tooltip: { callbacks: { title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '' } },
          },
          scales: {
            [horizontal ? 'x' : 'y']: log
              ? {
                  // From a half, so a step of 1 still has a bar; ticks only at 1, 10, 100...
                  type: 'logarithmic',
                  min: 0.5,
                  ticks: {
                    maxRotation: 0,
                    callback: (v) =>
                      Number.isInteger(Math.log10(Number(v))) ? Number(v).toLocaleString() : '',
                  },
                }
              : { beginAtZero: true, ticks: { precision: 0 } },
            [horizontal ? 'y' : 'x']: { grid: { display: false }, ticks: { autoSkip: !horizontal } },
          },
        },
      })
    })
    return () => {
      gone = true
    }
  }, [data, empty])
  useEffect(() => () => chart.current?.destroy(), [])

  return (
    <section class="panel chart" aria-labelledby={`${id}-title`}>
      <div class="chart__head">
        <h3 class="dash-heading" id={`${id}-title`}>
          {title}
        </h3>
        {!empty && (
          <button
            type="button"
            class="btn btn--small"
            aria-pressed={asTable}
            aria-controls={`${id}-table`}
            onClick={() => setAsTable(!asTable)}
          >
            {t('admin.chart.showTable')}
          </button>
        )}
      </div>
      {empty ? (
        <p class="muted">{t('admin.stat.none')}</p>
      ) : (
        <>
          <div class="chart__canvas" style={{ height: `${height}px` }} hidden={asTable}>
            <canvas ref={canvas} aria-hidden="true" />
          </div>
          <div class={asTable ? 'table-wrap chart__table' : 'visually-hidden'}>
            <table class="table" id={`${id}-table`}>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{category}</th>
                  {series.map((s) => (
                    <th scope="col" class="num" key={s.label}>
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {labels.map((label, i) => (
                  <tr key={`${label}-${i}`}>
                    <th scope="row">{label}</th>
                    {series.map((s) => (
                      <td class="num" key={s.label}>
                        {s.values[i] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
