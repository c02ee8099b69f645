// The township list as staff paste it from Excel: one name per line, cleaned up, each problem
// traceable to the line it is on.
import { describe, expect, it } from 'vitest'
import { repeatedLines, townshipLines } from '../../admin/settings/township-lines.ts'

describe('township lines', () => {
  it('reads a column pasted from Excel: CRLF, blank rows, spaces, full-width spaces, a trailing newline', () => {
    const lines = townshipLines('城关镇\r\n\r\n  白沙镇 \r\n\u3000青山铺镇\u3000\r\n\t\r\n')
    expect(lines).toEqual([
      { name: '城关镇', line: 1 },
      { name: '白沙镇', line: 3 },
      { name: '青山铺镇', line: 4 },
    ])
  })

  it('keeps the first cell when a row of two columns is pasted', () => {
    expect(townshipLines('城关镇\t430121\n白沙镇\t430122')).toEqual([
      { name: '城关镇', line: 1 },
      { name: '白沙镇', line: 2 },
    ])
  })

  it('names each repeat with the line it repeats', () => {
    const lines = townshipLines('城关镇\n白沙镇\n\n城关镇\n白沙镇 \n城关镇')
    expect(repeatedLines(lines).map(({ index, first }) => [lines[index]!.line, first])).toEqual([
      [4, 1],
      [5, 2],
      [6, 1],
    ])
  })

  it('gives nothing for an empty box', () => {
    expect(townshipLines('')).toEqual([])
    expect(townshipLines('\n \n')).toEqual([])
  })
})
