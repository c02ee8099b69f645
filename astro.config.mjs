// The four faces are static pages built to dist/ and served by the hub.
// Pages live in one folder per face (kiosk/, screen/, admin/, mobile/) rather than src/pages, so each
// face keeps its page, islands and styles together; the inline integration below routes them.
import { defineConfig } from 'astro/config'
import preact from '@astrojs/preact'

/** URL path -> page file, relative to this config file. */
const FACES = {
  '/kiosk': './kiosk/index.astro',
  '/screen': './screen/index.astro',
  '/admin': './admin/index.astro',
  '/m': './mobile/index.astro',
}

/** @returns {import('astro').AstroIntegration} */
function faces() {
  return {
    name: 'jobhub-faces',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const [pattern, file] of Object.entries(FACES)) {
          // A URL resolves against this file, not against whatever directory astro was started from.
          injectRoute({ pattern, entrypoint: new URL(file, import.meta.url) })
        }
      },
    },
  }
}

// In `astro dev` the pages are served by Vite while the API, QR codes, server-rendered phone pages
// and the sockets come from a hub running beside it.
const hub = `http://127.0.0.1:${process.env.HUB_PORT ?? 8080}`

export default defineConfig({
  output: 'static',
  outDir: './dist',
  // dist/kiosk/index.html rather than dist/kiosk.html: the hub serves each face as a folder.
  build: { format: 'directory' },
  integrations: [preact(), faces()],
  vite: {
    server: {
      proxy: {
        '/api': hub,
        '/healthz': hub,
        '/qr': hub,
        '/m/job': hub,
        '/m/fair': hub,
        '/socket.io': { target: hub, ws: true },
      },
    },
  },
})
