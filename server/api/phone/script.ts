// The phone pages' one script (mobile/remember.js), read once when the hub starts and inlined into
// the pages with a form: on a slow network an extra request costs more than the bytes.
import { readFileSync } from 'node:fs'

const source = readFileSync(new URL('../../../mobile/remember.js', import.meta.url), 'utf8')

/** The script without its comment lines; `</` cannot appear in it, so it is safe inside <script>. */
export const REMEMBER_SCRIPT = source
  .split('\n')
  .filter((line) => !line.trim().startsWith('//'))
  .join('\n')
  .replace(/\n\s+/g, '\n')
