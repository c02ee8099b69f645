// Uploading a spreadsheet to the import route with XMLHttpRequest rather than fetch: only XHR reports
// how much of the body has gone up, and a 10 MB table on a township office's line takes a while.
import { ApiError } from '../api.ts'
import { sessionExpired } from '../session.ts'
import type { FieldError } from '../../content/model.ts'

export interface CellIssue {
  column: string
  cell?: string
  message: string
}

export interface PreviewRow {
  row: number
  ok: boolean
  employer: { name: string; existing: boolean; id?: string }
  cells: Record<string, string>
  errors: CellIssue[]
  warnings: CellIssue[]
}

export interface Preview {
  rows: PreviewRow[]
  summary: { total: number; ok: number; bad: number; employersToCreate: number; newEmployers: string[] }
  columns: string[]
  ignoredColumns: string[]
  skippedRows: { row: number; text: string }[]
}

export interface ImportResult {
  created: number
  employersCreated: number
  employers: { id: string; name: string }[]
  rev: number
}

/** A refused import carries the whole preview, so the page can show what to fix. */
export class ImportError extends ApiError {
  readonly preview: Preview | undefined
  constructor(status: number, message: string, fields: FieldError[], preview?: Preview) {
    super(status, message, fields)
    this.preview = preview
  }
}

/** Sends `file` as the multipart field `file`; `onProgress` gets 0..1 as the body goes up. */
export function uploadTable<T>(url: string, file: File, onProgress: (done: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.responseType = 'json'
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onerror = () => reject(new ImportError(0, 'offline', []))
    xhr.onload = () => {
      const data = (xhr.response ?? {}) as Partial<Preview> & { message?: string; fields?: FieldError[] }
      if (xhr.status === 401) sessionExpired.value = true
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T)
      const preview = Array.isArray(data.rows) ? (data as Preview) : undefined
      reject(new ImportError(xhr.status, data.message ?? xhr.statusText, data.fields ?? [], preview))
    }
    const form = new FormData()
    form.append('file', file, file.name)
    xhr.send(form)
  })
}
