// The top line: where this screen is, today's date and the time, readable from across a hall.
import { formatDate, formatTime } from '../../client/format.ts'
import { lang } from '../../client/i18n/index.ts'

export function Header({ title, now }: { title: string; now: Date | null }) {
  return (
    <header class="screen__header">
      <h1 class="screen__venue">{title}</h1>
      <p class="screen__clock">
        <span class="screen__date">{now ? formatDate(now, lang.value, { weekday: true }) : ''}</span>
        <span class="screen__time">{now ? formatTime(now, lang.value) : ''}</span>
      </p>
    </header>
  )
}
