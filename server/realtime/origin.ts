// Which browser pages may open a WebSocket to the hub: pages served by the hub itself (by any name
// it was reached under), and PUBLIC_URL. Clients that send no Origin (not browsers) are judged by
// their token alone. This stops another web site from driving a device or staff socket.
import type { IncomingMessage } from 'node:http'

export function originAllowed(request: IncomingMessage, publicUrl: string): boolean {
  const origin = request.headers.origin
  if (!origin) return true
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.origin === new URL(publicUrl).origin) return true
  const host = request.headers.host
  return host !== undefined && url.host === host
}
