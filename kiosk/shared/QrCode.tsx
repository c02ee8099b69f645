// The "take it with you" QR code of a job or a fair. It carries this kiosk's id, so a scan and the
// registration that follows are counted for this kiosk; and the kiosk reports each showing (once,
// when the code has actually appeared), the first step of the admin's funnel: shown, scanned,
// registered.
import { useRef } from 'preact/hooks'
import { link } from '../state/store.ts'

interface Props {
  kind: 'job' | 'fair'
  id: string
  deviceId: string
  caption: string
}

export function QrCode({ kind, id, deviceId, caption }: Props) {
  const reported = useRef(false)
  const shown = () => {
    if (reported.current) return
    reported.current = true
    link.value?.track('qr-shown', kind, id)
  }
  return (
    <figure class="qr">
      <img
        src={`/qr/${kind}/${id}.svg?device=${encodeURIComponent(deviceId)}`}
        alt=""
        width="220"
        height="220"
        onLoad={shown}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  )
}
