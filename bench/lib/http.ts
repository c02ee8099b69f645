// Small HTTP helpers over real loopback connections.
import { request } from 'node:http'
import { createServer } from 'node:net'
import { sleep } from './stats.ts'

/** A port that was free a moment ago (for processes that must be told their port up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** One GET on a fresh connection; resolves with the status, or undefined when nothing answers yet. */
export function probe(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume()
      res.once('end', () => resolve(res.statusCode))
    })
    req.once('error', () => resolve(undefined))
    req.once('timeout', () => req.destroy())
    req.end()
  })
}

/** Polls `url` every `everyMs` until it answers 200; false at the deadline or when `gaveUp()` says so. */
export async function waitFor200(
  url: string,
  deadline: number,
  gaveUp = () => false,
  everyMs = 5,
): Promise<boolean> {
  while (Date.now() < deadline && !gaveUp()) {
    if ((await probe(url)) === 200) return true
    await sleep(everyMs)
  }
  return false
}

/** Signs in as staff over HTTP and returns the Cookie header of the session. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('jh_session='))
  if (!cookie) throw new Error('sign-in answered without a session cookie')
  return cookie.split(';')[0]!
}
