// The phone pages' HTML, rendered on the hub so they are readable on the first byte and work with
// JavaScript off (a plain form POST). Everything interpolated is escaped here, in one place.
import { SALARY_UNITS } from '../../content/catalog.ts'
import type { Job } from '../../content/model.ts'

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function salaryText(job: Pick<Job, 'salary'>): string {
  const { min, max, unit, note } = job.salary
  const range = unit === 'piece' ? (note ?? '计件') : max && max !== min ? `${min}–${max}` : `${min}`
  return unit === 'piece' ? range : `${range} ${SALARY_UNITS[unit].zh}${note ? `（${note}）` : ''}`
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:18px/1.6 'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1a1a1a;background:#f4f6f8}
header{background:#0b5cad;color:#fff;padding:14px 16px}header h1{margin:0;font-size:22px}main{padding:12px 16px 32px;max-width:640px;margin:auto}
.card{background:#fff;border-radius:10px;padding:14px 16px;margin:0 0 14px;box-shadow:0 1px 2px #0002}.salary{color:#b3261e;font-size:22px;font-weight:700}
h2{font-size:20px;margin:0 0 6px}dl{margin:0}dt{color:#555;font-size:16px}dd{margin:0 0 8px}
label{display:block;font-weight:600;margin:12px 0 4px}input[type=text],input[type=tel],select,textarea{width:100%;font-size:18px;padding:10px;border:1px solid #777;border-radius:8px}
.choice{display:flex;gap:8px;align-items:center;font-weight:400;margin:6px 0}.choice input{width:24px;height:24px}
button{width:100%;font-size:20px;padding:14px;border:0;border-radius:10px;background:#0b5cad;color:#fff;margin-top:16px}
.error{color:#b3261e;font-size:16px;margin:4px 0 0}.notice{font-size:15px;color:#333;background:#eef3f8;padding:10px;border-radius:8px}
.code{font-size:40px;letter-spacing:6px;font-weight:700;text-align:center;margin:8px 0}`

export function page(title: string, bureau: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body><header><h1>${esc(bureau)}</h1></header><main>${body}</main></body></html>`
}
