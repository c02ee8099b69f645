// Policies and notices in plain words: one per play, pinned ones first, the next one next time.
import { useMemo, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { notices } from '../content.ts'
import type { SceneProps } from './types.ts'
import './PoliciesScene.css'

let cursor = 0

export function PoliciesScene({ snapshot, now }: SceneProps) {
  const all = useMemo(() => notices(snapshot, now), [snapshot, now])
  const [id] = useState(() => all[cursor++ % Math.max(1, all.length)]?.id)
  const item = all.find((a) => a.id === id) ?? all[0]
  if (!item) return null
  return (
    <section class="scene policy" aria-labelledby="policy-title">
      <p class={item.kind === 'notice' ? 'chip chip--accent' : 'chip'}>
        {t(item.kind === 'notice' ? 'screen.policies.notice' : 'screen.policies.policy')}
      </p>
      <h2 id="policy-title" class="policy__title">
        {item.title}
      </h2>
      <div class="card policy__body">
        {item.body.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </section>
  )
}
