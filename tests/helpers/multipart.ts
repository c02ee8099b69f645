// Real multipart/form-data bodies for `app.inject`, built the way a browser builds them (FormData),
// and a GB18030 encoder for CSV files as Excel on Chinese Windows saves them.

/** A body uploading `file` in the form field `name` (default "file"), and its content-type header. */
export async function uploadBody(
  file: string | Uint8Array,
  filename: string,
  options: { type?: string; field?: string } = {},
): Promise<{ payload: Buffer; headers: { 'content-type': string } }> {
  const form = new FormData()
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file
  form.append(
    options.field ?? 'file',
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.type ?? 'text/csv' }),
    filename,
  )
  const response = new Response(form)
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type')! },
  }
}

let gbk: Map<string, number[]> | undefined

/** `text` in GB18030 (GBK for every character a job table uses). Node encodes only UTF-8 itself, so
 * the table is built once by decoding every two-byte sequence. */
export function encodeGb18030(text: string): Buffer {
  if (!gbk) {
    gbk = new Map()
    const decoder = new TextDecoder('gb18030')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const char = decoder.decode(new Uint8Array([lead, trail]))
        if (char.length === 1 && char !== '\uFFFD' && !gbk.has(char)) gbk.set(char, [lead, trail])
      }
    }
  }
  const bytes: number[] = []
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0))
    else {
      const code = gbk.get(char)
      if (!code) throw new Error(`no GBK code for ${char}`)
      bytes.push(...code)
    }
  }
  return Buffer.from(bytes)
}
