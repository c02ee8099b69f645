// The county's townships as staff type or paste them: one per line, as a column copied from Excel
// arrives (CRLF line ends, a trailing newline, stray spaces, full-width spaces from Chinese input).
// Each name keeps the line it came from, so every problem can say which line to fix.

export interface TownshipLine {
  name: string
  /** 1-based line number in the text box. */
  line: number
}

/** The names in `text`, trimmed, blank lines dropped, each with its line number. */
export function townshipLines(text: string): TownshipLine[] {
  const lines: TownshipLine[] = []
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    // trim() covers the ideographic space (U+3000) too; a cell copied with its tab keeps only the name.
    const name = raw.split('\t')[0]!.trim()
    if (name) lines.push({ name, line: i + 1 })
  })
  return lines
}

/** Each repeated name, with the line it first appeared on. */
export function repeatedLines(lines: readonly TownshipLine[]): { index: number; first: number }[] {
  const seen = new Map<string, number>()
  const repeats: { index: number; first: number }[] = []
  lines.forEach(({ name, line }, index) => {
    const first = seen.get(name)
    if (first === undefined) seen.set(name, line)
    else repeats.push({ index, first })
  })
  return repeats
}
