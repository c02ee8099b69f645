// A modal built on the native <dialog>: the browser traps focus, Esc closes it and the page behind
// is inert, which is everything keyboard and screen-reader users need from a modal.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import './Dialog.css'

interface Props {
  title: string
  onClose?: () => void
  children: ComponentChildren
  wide?: boolean
}

export function Dialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      class={`admin-dialog${wide ? ' admin-dialog--wide' : ''}`}
      aria-label={title}
      // Without onClose (the session dialog) Esc must not close it: there is nothing behind it to use.
      onCancel={(event) => (onClose ? onClose() : event.preventDefault())}
    >
      <header class="admin-dialog__head">
        <h2 class="admin-dialog__title">{title}</h2>
        {onClose && (
          <button type="button" class="admin-dialog__close" onClick={onClose} aria-label={t('admin.close')}>
            ×
          </button>
        )}
      </header>
      <div class="admin-dialog__body">{children}</div>
    </dialog>
  )
}
