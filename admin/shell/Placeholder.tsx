// What a page that is not built yet shows, so the navigation can already name everything staff will get.
import { t } from '../../client/i18n/index.ts'

export function Placeholder() {
  return <p class="panel muted">{t('admin.notYet')}</p>
}
