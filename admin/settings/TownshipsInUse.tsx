// Asked before saving a township list that drops townships still in use: which content, operators and
// approval setting still name each one, and a plain choice between going back and saving anyway.
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { CONTENT_KINDS } from '../../content/model.ts'
import type { TownshipUse } from '../../server/services/township-use.ts'
import { Dialog } from '../shell/Dialog.tsx'

const KIND_COUNT: Record<(typeof CONTENT_KINDS)[number], MessageKey> = {
  jobs: 'admin.bureau.use.jobs',
  employers: 'admin.bureau.use.employers',
  fairs: 'admin.bureau.use.fairs',
  venues: 'admin.bureau.use.venues',
  announcements: 'admin.bureau.use.announcements',
}

/** "12 个岗位，2 个场地，经办员 li.si，需要发布审核" */
export function describeUse(use: TownshipUse): string {
  const parts = CONTENT_KINDS.filter((kind) => use.content[kind]).map((kind) =>
    t(KIND_COUNT[kind], { n: use.content[kind]! }),
  )
  if (use.operators.length > 0)
    parts.push(t('admin.bureau.use.operators', { names: use.operators.join(t('admin.bureau.sep')) }))
  if (use.approval) parts.push(t('admin.bureau.use.approval'))
  return parts.join(t('admin.bureau.sep'))
}

interface Props {
  uses: TownshipUse[]
  onBack: () => void
  onConfirm: () => void
}

export function TownshipsInUse({ uses, onBack, onConfirm }: Props) {
  return (
    <Dialog title={t('admin.bureau.removeTitle', { n: uses.length })} onClose={onBack}>
      <p class="admin-dialog__lead">{t('admin.bureau.removeIntro')}</p>
      <ul class="townships-in-use">
        {uses.map((use) => (
          <li key={use.township}>
            <strong>{use.township}</strong>
            <span>{describeUse(use)}</span>
          </li>
        ))}
      </ul>
      <p class="townships-in-use__after">{t('admin.bureau.removeAfter')}</p>
      <div class="admin-form-actions">
        {/* Going back is the safe answer, so it has the focus when the question appears. */}
        <button type="button" class="btn" onClick={onBack} autoFocus>
          {t('admin.bureau.removeBack')}
        </button>
        <button type="button" class="btn btn--danger" onClick={onConfirm}>
          {t('admin.bureau.removeConfirm', { n: uses.length })}
        </button>
      </div>
    </Dialog>
  )
}
