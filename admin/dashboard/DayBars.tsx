// Registrations per day as a bar chart in plain SVG: thirty bars need no charting library, and the
// numbers are in a table for screen readers (the drawing is hidden from them).
import { t } from '../../client/i18n/index.ts'

function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let at = Date.parse(`${from}T12:00:00Z`); at <= Date.parse(`${to}T12:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10))
  }
  return days
}

export function DayBars({ from, to, perDay }: { from: string; to: string; perDay: Record<string, number> }) {
  const days = daysBetween(from, to)
  const max = Math.max(1, ...days.map((d) => perDay[d] ?? 0))
  const width = 600
  const height = 160
  const step = width / days.length
  return (
    <figure class="day-bars">
      <svg viewBox={`0 0 ${width} ${height + 18}`} aria-hidden="true" class="day-bars__svg">
        {days.map((day, i) => {
          const n = perDay[day] ?? 0
          const h = (n / max) * height
          return (
            <g key={day}>
              <rect
                x={i * step + 2}
                y={height - h}
                width={Math.max(1, step - 4)}
                height={h}
                class="day-bars__bar"
              >
                <title>{`${day}: ${n}`}</title>
              </rect>
              {(i === 0 || i === days.length - 1 || day.endsWith('01') || day.endsWith('15')) && (
                <text
                  x={i === 0 ? 0 : i === days.length - 1 ? width : i * step + step / 2}
                  y={height + 14}
                  // The first and last labels line up with the chart's edges instead of spilling over them.
                  text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'}
                  class="day-bars__label"
                >
                  {day.slice(5)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{t('admin.stat.perDayTable')}</caption>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              <td>{perDay[day] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
