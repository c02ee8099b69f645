// Choosing the spreadsheet: a real file input (keyboard and screen readers know it) inside a zone a
// file can also be dropped on, which is how most staff move a file from the desktop.
import { useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const KNOWN = /\.(csv|xlsx)$/i

interface Props {
  file: File | undefined
  busy: boolean
  onFile: (file: File) => void
}

export function FilePicker({ file, busy, onFile }: Props) {
  const [over, setOver] = useState(false)
  const [wrong, setWrong] = useState('')

  const take = (chosen: File | undefined) => {
    if (!chosen) return
    // An old .xls or a PDF would only earn a hub error; saying so here is quicker and clearer.
    if (!KNOWN.test(chosen.name)) return setWrong(t('admin.import.wrongType', { file: chosen.name }))
    setWrong('')
    onFile(chosen)
  }

  return (
    <div
      class={`panel import-drop${over ? ' import-drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        if (!busy) setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        if (!busy) take(e.dataTransfer?.files[0])
      }}
    >
      <p class="import-drop__text">{t('admin.import.drop')}</p>
      <label class="btn btn--primary import-drop__choose">
        {t('admin.import.choose')}
        <input
          class="visually-hidden"
          type="file"
          accept={ACCEPT}
          disabled={busy}
          aria-describedby="import-file-hint"
          onChange={(e) => {
            take(e.currentTarget.files?.[0])
            // Cleared, so choosing the same file again after fixing it in Excel uploads it again.
            e.currentTarget.value = ''
          }}
        />
      </label>
      <p class="muted import-drop__hint" id="import-file-hint">
        {file ? t('admin.import.chosen', { file: file.name }) : t('admin.import.types')}
      </p>
      {wrong && (
        <p class="field__error" role="alert">
          {wrong}
        </p>
      )}
    </div>
  )
}
