// Landscape or portrait: what staff set for the device, else what the panel is. A panel hung on its
// side behind a player that only outputs landscape is common, so a layout that differs from the
// viewport is drawn turned by 90 degrees rather than squeezed.
import { useEffect, useState } from 'preact/hooks'
import type { DeviceConfig } from '../../content/model.ts'

export type Layout = 'landscape' | 'portrait'

export function useLayout(wanted: DeviceConfig['orientation']): { layout: Layout; rotated: boolean } {
  // Landscape until hydrated, as the HTML was built.
  const [viewport, setViewport] = useState<Layout>('landscape')
  useEffect(() => {
    const query = matchMedia('(orientation: portrait)')
    const update = () => setViewport(query.matches ? 'portrait' : 'landscape')
    update()
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [])
  const layout = wanted === 'portrait' || wanted === 'landscape' ? wanted : viewport
  return { layout, rotated: layout !== viewport }
}
