// The phone number on a big numeric keypad: no system keyboard, no Chinese input method, digits the
// size of a thumb. The number is shown in groups (138 1234 5678), the way people read their own.
import { t } from '../../client/i18n/index.ts'

export const MOBILE = /^1[3-9]\d{9}$/

/** What is wrong with a (partial) number, if anything can already be said. */
export function phoneProblem(digits: string): 'start' | 'second' | null {
  if (digits.length >= 1 && digits[0] !== '1') return 'start'
  if (digits.length >= 2 && !/[3-9]/.test(digits[1]!)) return 'second'
  return null
}

const group = (d: string) => [d.slice(0, 3), d.slice(3, 7), d.slice(7)].filter(Boolean).join(' ')

export function Keypad({ value, onChange }: { value: string; onChange(next: string): void }) {
  const press = (digit: string) => value.length < 11 && onChange(value + digit)
  const problem = phoneProblem(value)
  return (
    <div class="keypad-wrap">
      <p class="phone-display" aria-live="polite">
        <span class="visually-hidden">{t('kiosk.phoneLabel')}</span>
        {value ? group(value) : <span class="phone-display__hint">{t('kiosk.phonePlaceholder')}</span>}
      </p>
      <p class="keypad__problem" role="status">
        {problem === 'start' && t('kiosk.phoneStartsWith1')}
        {problem === 'second' && t('kiosk.phoneInvalid')}
        {!problem &&
          value.length > 0 &&
          value.length < 11 &&
          t('kiosk.phoneDigitsLeft', { count: 11 - value.length })}
      </p>
      <div class="keypad" role="group" aria-label={t('kiosk.keypad')}>
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" class="key" onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" class="key key--action" onClick={() => onChange('')}>
          {t('kiosk.keyClear')}
        </button>
        <button type="button" class="key" onClick={() => press('0')}>
          0
        </button>
        <button type="button" class="key key--action" onClick={() => onChange(value.slice(0, -1))}>
          {t('kiosk.keyDelete')}
        </button>
      </div>
    </div>
  )
}
