// The admin's pages: where each sits in the navigation, who may open it, and what draws it.
// Adding a page is one line here.
import type { VNode } from 'preact'
import type { MessageKey } from '../../client/i18n/index.ts'
import type { Permission } from '../../server/services/permissions.ts'
import type { Route } from '../router.ts'
import { ContentPage } from '../content/ContentPage.tsx'
import { DevicesPage } from '../devices/DevicesPage.tsx'
import { BroadcastsPage } from '../broadcasts/BroadcastsPage.tsx'
import { LedgerPage } from '../ledger/LedgerPage.tsx'
import { Dashboard } from '../dashboard/Dashboard.tsx'
import { QuarterlyPage } from '../dashboard/QuarterlyPage.tsx'
import { ImportPage } from '../import/ImportPage.tsx'
import { PrintPage } from '../print/PrintPage.tsx'
import { UsersPage } from '../users/UsersPage.tsx'
import { AuditPage } from '../audit/AuditPage.tsx'
import { PrivacyPage } from '../privacy/PrivacyPage.tsx'
import { SettingsPage } from '../settings/SettingsPage.tsx'

export interface PageDef {
  /** The first part of the hash route: #/jobs */
  key: string
  label: MessageKey
  group: MessageKey
  permission: Permission
  render: (route: Route) => VNode
}

export const PAGES: PageDef[] = [
  {
    key: 'dashboard',
    label: 'admin.nav.dashboard',
    group: 'admin.navGroup.overview',
    permission: 'read',
    render: () => <Dashboard />,
  },
  {
    key: 'quarterly',
    label: 'admin.nav.quarterly',
    group: 'admin.navGroup.overview',
    permission: 'read',
    render: (r) => <QuarterlyPage route={r} />,
  },
  {
    key: 'jobs',
    label: 'admin.nav.jobs',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <ContentPage kind="jobs" route={r} />,
  },
  {
    key: 'employers',
    label: 'admin.nav.employers',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <ContentPage kind="employers" route={r} />,
  },
  {
    key: 'fairs',
    label: 'admin.nav.fairs',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <ContentPage kind="fairs" route={r} />,
  },
  {
    key: 'venues',
    label: 'admin.nav.venues',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <ContentPage kind="venues" route={r} />,
  },
  {
    key: 'announcements',
    label: 'admin.nav.announcements',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <ContentPage kind="announcements" route={r} />,
  },
  {
    key: 'import',
    label: 'admin.nav.import',
    group: 'admin.navGroup.content',
    permission: 'content:write',
    render: () => <ImportPage />,
  },
  {
    key: 'print',
    label: 'admin.nav.print',
    group: 'admin.navGroup.content',
    permission: 'read',
    render: (r) => <PrintPage route={r} />,
  },
  {
    key: 'devices',
    label: 'admin.nav.devices',
    group: 'admin.navGroup.devices',
    permission: 'read',
    render: () => <DevicesPage />,
  },
  {
    key: 'broadcasts',
    label: 'admin.nav.broadcasts',
    group: 'admin.navGroup.devices',
    permission: 'read',
    render: () => <BroadcastsPage />,
  },
  {
    key: 'registrations',
    label: 'admin.nav.registrations',
    group: 'admin.navGroup.ledger',
    permission: 'read',
    render: (r) => <LedgerPage params={r.query} />,
  },
  {
    key: 'privacy',
    label: 'admin.nav.privacy',
    group: 'admin.navGroup.ledger',
    permission: 'registrations:delete',
    render: () => <PrivacyPage />,
  },
  {
    key: 'users',
    label: 'admin.nav.users',
    group: 'admin.navGroup.system',
    permission: 'users:manage',
    render: () => <UsersPage />,
  },
  {
    key: 'audit',
    label: 'admin.nav.audit',
    group: 'admin.navGroup.system',
    permission: 'audit:read',
    render: (r) => <AuditPage params={r.query} />,
  },
  {
    key: 'settings',
    label: 'admin.nav.settings',
    group: 'admin.navGroup.system',
    permission: 'settings:write',
    render: () => <SettingsPage />,
  },
]
