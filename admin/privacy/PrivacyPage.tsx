// Personal data (admins only): erase one person's registrations on request, and how long the hub
// keeps registrations at all.
import { t } from '../../client/i18n/index.ts'
import { ErasePanel } from './ErasePanel.tsx'
import { RetentionPanel } from './RetentionPanel.tsx'
import './PrivacyPage.css'

export function PrivacyPage() {
  return (
    <section aria-labelledby="privacy-title" class="privacy">
      <div class="page-head">
        <h1 class="page-title" id="privacy-title">
          {t('admin.nav.privacy')}
        </h1>
      </div>
      <ErasePanel />
      <RetentionPanel />
    </section>
  )
}
