// One content kind's pages: #/jobs is the list, #/jobs/new a new item (#/jobs/new?from=ID copies
// one), #/jobs/ID the item's form.
import { useEffect } from 'preact/hooks'
import type { ContentKind } from '../../content/model.ts'
import type { Route } from '../router.ts'
import { loadRefs } from '../refs.ts'
import { KINDS } from './kinds.tsx'
import { ContentList } from './ContentList.tsx'
import { ContentForm } from './ContentForm.tsx'

export function ContentPage({ kind, route }: { kind: ContentKind; route: Route }) {
  useEffect(() => void loadRefs(), [])
  const spec = KINDS[kind]
  const id = route.path[1]
  if (!id) return <ContentList spec={spec} query={route.query} />
  const from = route.query.get('from') ?? undefined
  // The key makes a new form (fresh state) when moving from one item to another.
  return id === 'new' ? (
    <ContentForm key={`new-${from ?? ''}`} spec={spec} {...(from ? { copyOf: from } : {})} />
  ) : (
    <ContentForm key={id} spec={spec} id={id} />
  )
}
