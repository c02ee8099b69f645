// The left navigation, grouped the way staff think of their work: content, devices, ledger, system.
import { t } from '../../client/i18n/index.ts'
import { href } from '../router.ts'
import type { PageDef } from './pages.tsx'

export function Nav({ pages, current }: { pages: PageDef[]; current: string }) {
  const groups = [...new Set(pages.map((p) => p.group))]
  return (
    <nav class="admin-nav" aria-label={t('admin.navLabel')}>
      {groups.map((group) => (
        <div class="admin-nav__group" key={group}>
          <p class="admin-nav__heading" id={`nav-${group}`}>
            {t(group)}
          </p>
          <ul aria-labelledby={`nav-${group}`}>
            {pages
              .filter((p) => p.group === group)
              .map((p) => (
                <li key={p.key}>
                  <a
                    class="admin-nav__link"
                    href={href(p.key)}
                    {...(p.key === current ? { 'aria-current': 'page' as const } : {})}
                  >
                    {t(p.label)}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
