// The devices' snapshot serialized and compressed once per revision: when a thousand devices come
// back after a restart, they all get the same bytes, and the hub does the work once.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { ContentStore } from '../store/index.ts'

export interface EncodedSnapshot {
  rev: number
  etag: string
  identity: Buffer
  gzip: Buffer
  br?: Buffer
}

export function createSnapshotCache(content: ContentStore) {
  let cached: EncodedSnapshot | undefined
  return {
    get(): EncodedSnapshot {
      const snapshot = content.snapshot()
      if (cached?.rev === snapshot.rev) return cached
      const identity = Buffer.from(JSON.stringify(snapshot))
      cached = {
        rev: snapshot.rev,
        etag: `"rev-${snapshot.rev}"`,
        identity,
        gzip: gzipSync(identity, { level: 6 }),
      }
      return cached
    },
    /** Brotli is slower to make, so it is made only when a device asks for it, then kept. */
    brotli(encoded: EncodedSnapshot): Buffer {
      encoded.br ??= brotliCompressSync(encoded.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      return encoded.br
    },
  }
}
