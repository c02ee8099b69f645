// The kiosk's and screen's offline shell. A device that reboots while the network is down must still
// open its page: the page and its assets come from this cache, the content from IndexedDB.
//  - pages (/kiosk, /screen): network first, the cached copy when the hub does not answer in 4 s;
//  - /_astro/* (names carry a content hash, so never stale): cache first;
//  - /qr/*: the last copy when offline, so a kiosk can still show "take this job with you".
// The API and the sockets are never cached: the device link handles being offline itself.
const CACHE = 'jobhub-shell-v1'
const PAGES = ['/kiosk', '/screen']
const PAGE_TIMEOUT_MS = 4000

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      await cache.addAll(PAGES)
      try {
        // The assets of the current build, so the first boot after install works offline too.
        const response = await fetch('/build.json', { cache: 'no-store' })
        const { assets } = await response.json()
        await cache.addAll(assets.filter((url) => !url.endsWith('.map')))
      } catch {
        // A build without the list: assets are cached as the pages load them instead.
      }
      await self.skipWaiting()
    })(),
  )
})

// The page registers this script as /sw.js?build=ID, so every deployment installs it afresh; the
// assets of older builds are dropped here, or a kiosk would collect them for months.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      try {
        const { assets } = await (await fetch('/build.json', { cache: 'no-store' })).json()
        const current = new Set(assets)
        const cache = await caches.open(CACHE)
        for (const request of await cache.keys()) {
          const path = new URL(request.url).pathname
          if (path.startsWith('/_astro/') && !current.has(path)) await cache.delete(request)
        }
      } catch {
        // Offline while activating: prune next time.
      }
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (PAGES.includes(url.pathname)) event.respondWith(networkFirst(request, url.pathname))
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request))
  else if (url.pathname.startsWith('/qr/')) event.respondWith(networkFirst(request, request))
})

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE)
  try {
    const response = await withTimeout(fetch(request), PAGE_TIMEOUT_MS)
    if (response.ok) await cache.put(key, response.clone())
    return response
  } catch {
    const cached = await cache.match(key, { ignoreSearch: true })
    if (cached) return cached
    throw new Error('offline and not cached')
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    )
  })
}
