// Reading a QR code back from a PNG, as a phone camera would: the tests check what a code encodes.
import jsQRModule from 'jsqr'
import { PNG } from 'pngjs'

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null
// jsqr is a CommonJS bundle: Node's ESM loader puts the function on `.default`, Vitest unwraps it.
const jsQR: Decode =
  (jsQRModule as unknown as { default?: Decode }).default ?? (jsQRModule as unknown as Decode)

/** The text a QR code in this PNG encodes, or undefined when none is found. */
export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}
