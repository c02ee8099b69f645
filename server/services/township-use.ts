// What still names each township: content, operators' scopes and the approval setting. Before staff
// take a township off the county's list, the admin shows them this, so nothing is orphaned unseen.
import { CONTENT_KINDS, type ContentKind, type Settings, type User } from '../../content/model.ts'
import type { ContentStore } from '../store/content-store.ts'

export interface TownshipUse {
  township: string
  /** Items of each content kind in this township, whatever their status. */
  content: Partial<Record<ContentKind, number>>
  /** Usernames of the township operators whose scope includes it. */
  operators: string[]
  /** Whether the operators' content there waits for approval (settings.approvalTownships). */
  approval: boolean
}

/** The use of each named township; a township nothing refers to is left out. */
export function townshipUse(
  names: readonly string[],
  content: Pick<ContentStore, 'list'>,
  users: readonly Pick<User, 'username' | 'role' | 'townships'>[],
  settings: Pick<Settings, 'approvalTownships'>,
): TownshipUse[] {
  const uses = new Map(
    names.map((township) => [
      township,
      { township, content: {}, operators: [], approval: false } as TownshipUse,
    ]),
  )
  for (const kind of CONTENT_KINDS) {
    for (const item of content.list(kind)) {
      const township = (item as { township?: string }).township
      const use = township === undefined ? undefined : uses.get(township)
      if (use) use.content[kind] = (use.content[kind] ?? 0) + 1
    }
  }
  for (const user of users) {
    if (user.role !== 'operator') continue
    for (const township of user.townships) uses.get(township)?.operators.push(user.username)
  }
  for (const township of settings.approvalTownships ?? []) {
    const use = uses.get(township)
    if (use) use.approval = true
  }
  return [...uses.values()].filter(
    (use) => Object.keys(use.content).length > 0 || use.operators.length > 0 || use.approval,
  )
}
