// Which build of the faces the hub is serving, from dist/build.json (written by astro.config.mjs).
// Devices compare it with the build they run and reload themselves after a deployment.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

let cached: { file: string; mtimeMs: number; build: string | undefined } | undefined

/** The build id, or undefined when the faces are not built (or built by an older toolchain). */
export function facesBuild(distDir: string): string | undefined {
  const file = join(distDir, 'build.json')
  let mtimeMs: number
  try {
    mtimeMs = statSync(file).mtimeMs
  } catch {
    return undefined
  }
  // Re-read only when the file changed: a rebuild while the hub runs is a deployment too.
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    let build: string | undefined
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { build?: unknown }
      build = typeof parsed.build === 'string' ? parsed.build : undefined
    } catch {
      build = undefined
    }
    cached = { file, mtimeMs, build }
  }
  return cached.build
}
