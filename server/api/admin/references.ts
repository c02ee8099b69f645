// Checks that keep content consistent: an item may point only at items that exist, and an item
// others point at cannot be deleted from under them.
import type { ContentItems, ContentKind, FieldError } from '../../../content/model.ts'
import type { ContentStore } from '../../store/index.ts'

export function referenceErrors<K extends ContentKind>(
  content: ContentStore,
  kind: K,
  item: ContentItems[K],
): FieldError[] {
  const errors: FieldError[] = []
  const need = (path: string, target: ContentKind, id: string | undefined) => {
    if (id !== undefined && !content.get(target, id))
      errors.push({ path, message: `there is no ${target.slice(0, -1)} ${id}` })
  }
  if (kind === 'jobs') {
    const job = item as ContentItems['jobs']
    need('employerId', 'employers', job.employerId)
    if (job.ageMin !== undefined && job.ageMax !== undefined && job.ageMin > job.ageMax) {
      errors.push({ path: 'ageMax', message: 'must not be below ageMin' })
    }
    if (job.salary.max !== undefined && job.salary.max < job.salary.min) {
      errors.push({ path: 'salary.max', message: 'must not be below salary.min' })
    }
  }
  if (kind === 'fairs') {
    const fair = item as ContentItems['fairs']
    need('venueId', 'venues', fair.venueId)
    if (Date.parse(fair.endsAt) <= Date.parse(fair.startsAt))
      errors.push({ path: 'endsAt', message: 'must be after startsAt' })
    fair.booths.forEach((booth, i) => {
      need(`booths.${i}.employerId`, 'employers', booth.employerId)
      booth.jobIds.forEach((id, j) => {
        const job = content.get('jobs', id)
        if (!job) errors.push({ path: `booths.${i}.jobIds.${j}`, message: `there is no job ${id}` })
        else if (job.employerId !== booth.employerId) {
          errors.push({ path: `booths.${i}.jobIds.${j}`, message: `job ${id} belongs to another employer` })
        }
      })
    })
    fair.sessions.forEach((s, i) => {
      if (Date.parse(s.endsAt) <= Date.parse(s.startsAt))
        errors.push({ path: `sessions.${i}.endsAt`, message: 'must be after startsAt' })
    })
  }
  return errors
}

/** Why `id` cannot be deleted, or undefined when nothing depends on it. */
export function deleteBlocker(content: ContentStore, kind: ContentKind, id: string): string | undefined {
  if (kind === 'employers') {
    const jobs = content.list('jobs').filter((j) => j.employerId === id).length
    if (jobs > 0)
      return `this employer still has ${jobs} job(s); delete them or give them another employer first`
  }
  if (kind === 'venues') {
    const fairs = content.list('fairs').filter((f) => f.venueId === id).length
    if (fairs > 0) return `${fairs} fair(s) take place at this venue; move them first`
  }
  return undefined
}

/** The township an item belongs to, for township operators' scope. */
export function townshipOf(
  content: ContentStore,
  kind: ContentKind,
  item: ContentItems[ContentKind],
): string | undefined {
  if (kind === 'fairs') {
    const fair = item as ContentItems['fairs']
    return fair.township ?? (fair.venueId ? content.get('venues', fair.venueId)?.township : undefined)
  }
  return (item as { township?: string }).township
}
