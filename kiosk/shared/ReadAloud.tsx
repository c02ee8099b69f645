// Read-aloud of what is on screen, for people who read slowly or not at all. It uses the system's
// speech voices, and only when one speaks the language shown: a Chinese page read by an English voice
// helps no one, so without a matching voice the button is not there at all.
import { signal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { lang, t } from '../../client/i18n/index.ts'
import { SpeakerIcon } from './icons.tsx'

const voices = signal<SpeechSynthesisVoice[]>([])

function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  const want = language.toLowerCase()
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase()
  return (
    voices.value.find((v) => norm(v) === want) ??
    voices.value.find((v) => norm(v).startsWith(want.slice(0, 2)))
  )
}

/** The text of the current card: the element marked data-read in the view, else the whole view. */
function currentText(): string {
  const root = document.querySelector('.view')
  const card = root?.querySelector<HTMLElement>('[data-read]') ?? (root as HTMLElement | null)
  return card?.innerText.replace(/\s+/g, ' ').trim() ?? ''
}

export function ReadAloud() {
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return
    const update = () => (voices.value = speechSynthesis.getVoices())
    update()
    speechSynthesis.addEventListener('voiceschanged', update)
    return () => speechSynthesis.removeEventListener('voiceschanged', update)
  }, [])
  const voice = voiceFor(lang.value === 'zh-CN' ? 'zh-CN' : 'en')
  if (!voice) return null
  const read = () => {
    speechSynthesis.cancel()
    const utterance = new SpeechSynthesisUtterance(currentText())
    utterance.voice = voice
    utterance.lang = voice.lang
    // A little slower than the default: the listeners are not in a hurry to parse it.
    utterance.rate = 0.9
    speechSynthesis.speak(utterance)
  }
  return (
    <button type="button" class="tool" onClick={read}>
      <SpeakerIcon />
      <span>{t('kiosk.readAloud')}</span>
    </button>
  )
}
