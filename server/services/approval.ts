// Optional approval: in the townships an admin lists in the settings, what a township operator
// publishes waits as `pending` until an editor or admin publishes it, so it reaches no device unchecked.
import type { ContentKind, Settings, User } from '../../content/model.ts'

/** The kinds whose `published` status puts an item on devices; employers and venues have no review. */
const REVIEWED: ReadonlySet<ContentKind> = new Set(['jobs', 'fairs', 'announcements'])

/** The status to store: `pending` instead of `published` when this user's change needs approval. */
export function statusAfterApproval(
  settings: Pick<Settings, 'approvalTownships'>,
  user: Pick<User, 'role'>,
  kind: ContentKind,
  status: unknown,
  township: string | undefined,
): unknown {
  if (status !== 'published' || user.role !== 'operator' || !REVIEWED.has(kind)) return status
  // An item with no township of its own cannot be outside an operator's townships (the scope check
  // refuses it), so `undefined` only reaches here for kinds without one.
  return township !== undefined && (settings.approvalTownships ?? []).includes(township) ? 'pending' : status
}
