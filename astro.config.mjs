// The four faces are static pages built to dist/ and served by the hub.
// Pages live in one folder per face (kiosk/, screen/, admin/) rather than src/pages, so each face keeps
// its page, islands and styles together; the inline integration below routes them. The phone pages
// (/m...) are not built here: the hub renders them (server/api/phone/) so they work without JavaScript.
import { readdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import preact from '@astrojs/preact'

/** Names this build. Devices report it in heartbeats and reload when the hub serves another one. */
const BUILD_ID =
  new Date().toISOString().replace(/[-:]/g, '').slice(0, 15) + '-' + Math.random().toString(36).slice(2, 6)

/** URL path -> page file, relative to this config file. */
const FACES = {
  '/kiosk': './kiosk/index.astro',
  '/screen': './screen/index.astro',
  '/admin': './admin/index.astro',
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
      // build.json tells the hub which build it serves and the service worker what to keep offline.
      'astro:build:done': async ({ dir }) => {
        const assets = (await readdir(new URL('_astro/', dir))).map((name) => `/_astro/${name}`)
        const file = fileURLToPath(new URL('build.json', dir))
        await writeFile(file, JSON.stringify({ build: BUILD_ID, assets }) + '\n')
      },
    },
  }
}

// In `astro dev` the pages are served by Vite while the API, QR codes, server-rendered phone pages
// and the sockets come from a hub running beside it.
const hub = `http://127.0.0.1:${process.env.HUB_PORT ?? 8080}`

export default defineConfig({
  output: 'static',
  // DIST_DIR builds elsewhere (the hub reads the same variable), e.g. to test one build while another is made.
  outDir: process.env.DIST_DIR || './dist',
  // dist/kiosk/index.html rather than dist/kiosk.html: the hub serves each face as a folder.
  build: { format: 'directory' },
  integrations: [preact(), faces()],
  vite: {
    define: { 'import.meta.env.PUBLIC_BUILD_ID': JSON.stringify(BUILD_ID) },
    server: {
      proxy: {
        '/api': hub,
        '/healthz': hub,
        '/qr': hub,
        '/m': hub,
        '/socket.io': { target: hub, ws: true },
      },
    },
  },
})
