// What differs between the content kinds, as data: the schema a form is checked against, the form's
// fields, the table's columns and filters, and which status switches exist. ContentList and
// ContentForm are the same for every kind and read everything from here.
import type { ComponentChild } from 'preact'
import type { TSchema } from 'typebox'
import { t, lang, type MessageKey } from '../../client/i18n/index.ts'
import { formatSalary } from '../../client/format.ts'
import {
  BENEFITS,
  CATEGORIES,
  EDUCATION,
  FAIR_KINDS,
  SALARY_UNITS,
  TAGS,
  VENUE_KINDS,
  type Label,
} from '../../content/catalog.ts'
import {
  AnnouncementInput,
  EmployerInput,
  FairInput,
  JobInput,
  VenueInput,
  type ContentKind,
  type Salary,
} from '../../content/model.ts'
import { shortDateTime, toDateInput } from '../dates.ts'
import { employerName, labelOf, optionsOf, refs, venueName } from '../refs.ts'
import { scope } from '../session.ts'

export type Item = Record<string, unknown> & { id: string; updatedAt: string; status?: string }
export type Option = { value: string; label: string }

export type FieldSpec =
  | {
      path: string
      label: MessageKey
      type: 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'checkbox' | 'url'
      span?: 1 | 2 | 4
      hint?: MessageKey
    }
  | { path: string; label: MessageKey; type: 'select' | 'checks'; options: () => Option[]; span?: 1 | 2 | 4 }
  | { path: string; label: MessageKey; type: 'booths' | 'sessions'; span: 4 }

export interface FilterSpec {
  param: 'category' | 'kind' | 'township' | 'status'
  label: MessageKey
  options: () => Option[]
}

export interface Column {
  label: MessageKey
  render: (item: Item) => ComponentChild
  num?: boolean
  /** Long text that may wrap onto a second line. */
  wrap?: boolean
}

export interface KindSpec {
  kind: ContentKind
  /** The plural, for the navigation and the list's heading. */
  title: MessageKey
  /** "新建岗位", "编辑岗位". */
  create: MessageKey
  edit: MessageKey
  input: TSchema
  sections: { title: MessageKey; fields: FieldSpec[] }[]
  columns: Column[]
  filters: FilterSpec[]
  statuses: string[]
  /** The status that puts an item on the devices and the one that takes it off. */
  toggle?: { on: string; off: string }
  /** Jobs can be marked filled. */
  filled?: boolean
  name: (item: Item) => string
  blank: () => Record<string, unknown>
}

const vocabulary = (v: Record<string, Label>) => () => optionsOf(v)
const statusOptions = (statuses: string[]) => () =>
  statuses.map((s) => ({ value: s, label: t(`admin.status.${s}` as MessageKey) }))
/** An operator picks among their own townships; county staff among all. */
const townshipOptions = () =>
  (scope.value ?? refs.value.townships).map((name) => ({ value: name, label: name }))
const employerOptions = () => refs.value.employers.map((e) => ({ value: e.id, label: e.name }))
const venueOptions = () => refs.value.venues.map((v) => ({ value: v.id, label: v.name }))
const firstTownship = () => scope.value?.[0]

export function StatusBadge({ status }: { status: string | undefined }) {
  if (!status) return null
  const tone =
    status === 'published' || status === 'active'
      ? 'ok'
      : status === 'draft' || status === 'pending'
        ? 'warn'
        : status === 'filled'
          ? 'muted'
          : 'bad'
  return <span class={`badge badge--${tone}`}>{t(`admin.status.${status}` as MessageKey)}</span>
}

const str = (item: Item, key: string) => (item[key] as string | undefined) ?? ''
const day = (item: Item, key: string) => toDateInput(item[key] as string | undefined)

const jobs: KindSpec = {
  kind: 'jobs',
  title: 'admin.nav.jobs',
  create: 'admin.jobs.create',
  edit: 'admin.jobs.edit',
  input: JobInput,
  statuses: ['draft', 'pending', 'published', 'filled', 'expired'],
  toggle: { on: 'published', off: 'draft' },
  filled: true,
  name: (item) => str(item, 'title'),
  blank: () => ({
    title: '',
    benefits: [],
    tags: [],
    salary: { unit: 'month' },
    status: 'draft',
    ...(firstTownship() ? { township: firstTownship() } : {}),
  }),
  sections: [
    {
      title: 'admin.section.basics',
      fields: [
        { path: 'title', label: 'admin.f.title', type: 'text', span: 2 },
        { path: 'employerId', label: 'admin.f.employer', type: 'select', options: employerOptions, span: 2 },
        { path: 'category', label: 'admin.f.category', type: 'select', options: vocabulary(CATEGORIES) },
        { path: 'township', label: 'admin.f.township', type: 'select', options: townshipOptions },
        { path: 'headcount', label: 'admin.f.headcount', type: 'number' },
        {
          path: 'status',
          label: 'admin.f.status',
          type: 'select',
          options: statusOptions(['draft', 'pending', 'published', 'filled', 'expired']),
        },
      ],
    },
    {
      title: 'admin.section.pay',
      fields: [
        { path: 'salary.min', label: 'admin.f.salaryMin', type: 'number' },
        { path: 'salary.max', label: 'admin.f.salaryMax', type: 'number' },
        {
          path: 'salary.unit',
          label: 'admin.f.salaryUnit',
          type: 'select',
          options: vocabulary(SALARY_UNITS),
        },
        { path: 'salary.note', label: 'admin.f.salaryNote', type: 'text', hint: 'admin.f.salaryNoteHint' },
      ],
    },
    {
      title: 'admin.section.requirements',
      fields: [
        { path: 'ageMin', label: 'admin.f.ageMin', type: 'number' },
        { path: 'ageMax', label: 'admin.f.ageMax', type: 'number' },
        { path: 'education', label: 'admin.f.education', type: 'select', options: vocabulary(EDUCATION) },
        { path: 'hours', label: 'admin.f.hours', type: 'text' },
        { path: 'duties', label: 'admin.f.duties', type: 'textarea', span: 2 },
        { path: 'requirements', label: 'admin.f.requirements', type: 'textarea', span: 2 },
        {
          path: 'benefits',
          label: 'admin.f.benefits',
          type: 'checks',
          options: vocabulary(BENEFITS),
          span: 4,
        },
        { path: 'tags', label: 'admin.f.tags', type: 'checks', options: vocabulary(TAGS), span: 4 },
      ],
    },
    {
      title: 'admin.section.contact',
      fields: [
        { path: 'address', label: 'admin.f.workAddress', type: 'text', span: 2 },
        { path: 'contactPhone', label: 'admin.f.contactPhone', type: 'text', hint: 'admin.f.phoneHint' },
        { path: 'validUntil', label: 'admin.f.validUntil', type: 'date', hint: 'admin.f.validUntilHint' },
      ],
    },
  ],
  filters: [
    { param: 'category', label: 'admin.f.category', options: vocabulary(CATEGORIES) },
    { param: 'township', label: 'admin.f.township', options: townshipOptions },
    {
      param: 'status',
      label: 'admin.f.status',
      options: statusOptions(['draft', 'pending', 'published', 'filled', 'expired']),
    },
  ],
  columns: [
    {
      label: 'admin.f.employer',
      render: (item) => employerName(item.employerId as string) || '—',
      wrap: true,
    },
    { label: 'admin.f.category', render: (item) => labelOf(CATEGORIES, item.category as string) },
    { label: 'admin.f.township', render: (item) => str(item, 'township') },
    {
      label: 'admin.f.salary',
      // The table shows the figures; the note (often a sentence) is on the job's page.
      render: (item) => formatSalary({ ...(item.salary as Salary), note: undefined }, lang.value),
      wrap: true,
    },
    { label: 'admin.f.headcount', render: (item) => String(item.headcount ?? ''), num: true },
    { label: 'admin.f.status', render: (item) => <StatusBadge status={item.status} /> },
    { label: 'admin.f.validUntil', render: (item) => day(item, 'validUntil') || '—' },
  ],
}

const employers: KindSpec = {
  kind: 'employers',
  title: 'admin.nav.employers',
  create: 'admin.employers.create',
  edit: 'admin.employers.edit',
  input: EmployerInput,
  statuses: ['active', 'hidden'],
  toggle: { on: 'active', off: 'hidden' },
  name: (item) => str(item, 'name'),
  blank: () => ({ name: '', status: 'active', ...(firstTownship() ? { township: firstTownship() } : {}) }),
  sections: [
    {
      title: 'admin.section.basics',
      fields: [
        { path: 'name', label: 'admin.f.employerName', type: 'text', span: 2 },
        { path: 'shortName', label: 'admin.f.shortName', type: 'text' },
        { path: 'industry', label: 'admin.f.industry', type: 'text' },
        { path: 'township', label: 'admin.f.township', type: 'select', options: townshipOptions },
        { path: 'contactOffice', label: 'admin.f.contactOffice', type: 'text', hint: 'admin.f.phoneHint' },
        {
          path: 'status',
          label: 'admin.f.status',
          type: 'select',
          options: statusOptions(['active', 'hidden']),
        },
        { path: 'address', label: 'admin.f.address', type: 'text', span: 4 },
        { path: 'description', label: 'admin.f.description', type: 'textarea', span: 4 },
      ],
    },
  ],
  filters: [
    { param: 'township', label: 'admin.f.township', options: townshipOptions },
    { param: 'status', label: 'admin.f.status', options: statusOptions(['active', 'hidden']) },
  ],
  columns: [
    { label: 'admin.f.industry', render: (item) => str(item, 'industry') },
    { label: 'admin.f.township', render: (item) => str(item, 'township') },
    { label: 'admin.f.contactOffice', render: (item) => str(item, 'contactOffice') },
    { label: 'admin.f.status', render: (item) => <StatusBadge status={item.status ?? 'active'} /> },
  ],
}

const venues: KindSpec = {
  kind: 'venues',
  title: 'admin.nav.venues',
  create: 'admin.venues.create',
  edit: 'admin.venues.edit',
  input: VenueInput,
  statuses: [],
  name: (item) => str(item, 'name'),
  blank: () => ({ name: '', ...(firstTownship() ? { township: firstTownship() } : {}) }),
  sections: [
    {
      title: 'admin.section.basics',
      fields: [
        { path: 'name', label: 'admin.f.venueName', type: 'text', span: 2 },
        { path: 'kind', label: 'admin.f.venueKind', type: 'select', options: vocabulary(VENUE_KINDS) },
        { path: 'township', label: 'admin.f.township', type: 'select', options: townshipOptions },
        { path: 'address', label: 'admin.f.address', type: 'text', span: 2 },
        { path: 'location.lat', label: 'admin.f.lat', type: 'number' },
        { path: 'location.lng', label: 'admin.f.lng', type: 'number' },
        { path: 'directions', label: 'admin.f.directions', type: 'textarea', span: 4 },
      ],
    },
  ],
  filters: [
    { param: 'kind', label: 'admin.f.venueKind', options: vocabulary(VENUE_KINDS) },
    { param: 'township', label: 'admin.f.township', options: townshipOptions },
  ],
  columns: [
    { label: 'admin.f.venueKind', render: (item) => labelOf(VENUE_KINDS, item.kind as string) },
    { label: 'admin.f.township', render: (item) => str(item, 'township') },
    { label: 'admin.f.address', render: (item) => str(item, 'address'), wrap: true },
  ],
}

const announcementKinds = () => [
  { value: 'policy', label: t('admin.annKind.policy') },
  { value: 'notice', label: t('admin.annKind.notice') },
]
const announcements: KindSpec = {
  kind: 'announcements',
  title: 'admin.nav.announcements',
  create: 'admin.announcements.create',
  edit: 'admin.announcements.edit',
  input: AnnouncementInput,
  statuses: ['draft', 'pending', 'published'],
  toggle: { on: 'published', off: 'draft' },
  name: (item) => str(item, 'title'),
  blank: () => ({ title: '', body: '', kind: 'notice', status: 'draft' }),
  sections: [
    {
      title: 'admin.section.basics',
      fields: [
        { path: 'title', label: 'admin.f.title', type: 'text', span: 2 },
        { path: 'kind', label: 'admin.f.annKind', type: 'select', options: announcementKinds },
        {
          path: 'status',
          label: 'admin.f.status',
          type: 'select',
          options: statusOptions(['draft', 'pending', 'published']),
        },
        { path: 'township', label: 'admin.f.townshipOptional', type: 'select', options: townshipOptions },
        { path: 'validUntil', label: 'admin.f.validUntil', type: 'date', hint: 'admin.f.validUntilHint' },
        { path: 'pinned', label: 'admin.f.pinned', type: 'checkbox' },
        { path: 'body', label: 'admin.f.body', type: 'textarea', span: 4 },
      ],
    },
  ],
  filters: [
    { param: 'kind', label: 'admin.f.annKind', options: announcementKinds },
    { param: 'status', label: 'admin.f.status', options: statusOptions(['draft', 'pending', 'published']) },
  ],
  columns: [
    { label: 'admin.f.annKind', render: (item) => t(`admin.annKind.${item.kind as 'policy' | 'notice'}`) },
    { label: 'admin.f.township', render: (item) => str(item, 'township') || t('admin.county') },
    { label: 'admin.f.pinned', render: (item) => (item.pinned ? t('admin.yes') : '') },
    { label: 'admin.f.status', render: (item) => <StatusBadge status={item.status} /> },
    { label: 'admin.f.validUntil', render: (item) => day(item, 'validUntil') || '—' },
  ],
}

const fairs: KindSpec = {
  kind: 'fairs',
  title: 'admin.nav.fairs',
  create: 'admin.fairs.create',
  edit: 'admin.fairs.edit',
  input: FairInput,
  statuses: ['draft', 'pending', 'published', 'cancelled'],
  toggle: { on: 'published', off: 'draft' },
  name: (item) => str(item, 'title'),
  blank: () => ({ title: '', kind: 'general', booths: [], sessions: [], status: 'draft' }),
  sections: [
    {
      title: 'admin.section.basics',
      fields: [
        { path: 'title', label: 'admin.f.title', type: 'text', span: 2 },
        { path: 'kind', label: 'admin.f.fairKind', type: 'select', options: vocabulary(FAIR_KINDS) },
        {
          path: 'status',
          label: 'admin.f.status',
          type: 'select',
          options: statusOptions(['draft', 'pending', 'published', 'cancelled']),
        },
        { path: 'startsAt', label: 'admin.f.startsAt', type: 'datetime' },
        { path: 'endsAt', label: 'admin.f.endsAt', type: 'datetime' },
        { path: 'venueId', label: 'admin.f.venue', type: 'select', options: venueOptions },
        { path: 'township', label: 'admin.f.townshipOptional', type: 'select', options: townshipOptions },
        { path: 'address', label: 'admin.f.address', type: 'text', span: 2 },
        { path: 'liveUrl', label: 'admin.f.liveUrl', type: 'url', span: 2 },
        { path: 'description', label: 'admin.f.description', type: 'textarea', span: 4 },
      ],
    },
    {
      title: 'admin.section.booths',
      fields: [{ path: 'booths', label: 'admin.f.booths', type: 'booths', span: 4 }],
    },
    {
      title: 'admin.section.sessions',
      fields: [{ path: 'sessions', label: 'admin.f.sessions', type: 'sessions', span: 4 }],
    },
  ],
  filters: [
    { param: 'kind', label: 'admin.f.fairKind', options: vocabulary(FAIR_KINDS) },
    { param: 'township', label: 'admin.f.township', options: townshipOptions },
    {
      param: 'status',
      label: 'admin.f.status',
      options: statusOptions(['draft', 'pending', 'published', 'cancelled']),
    },
  ],
  columns: [
    { label: 'admin.f.fairKind', render: (item) => labelOf(FAIR_KINDS, item.kind as string) },
    { label: 'admin.f.startsAt', render: (item) => shortDateTime(item.startsAt as string) },
    { label: 'admin.f.venue', render: (item) => venueName(item.venueId as string) || str(item, 'address') },
    { label: 'admin.f.booths', render: (item) => String((item.booths as unknown[]).length), num: true },
    { label: 'admin.f.status', render: (item) => <StatusBadge status={item.status} /> },
  ],
}

export const KINDS: Record<ContentKind, KindSpec> = { jobs, employers, venues, announcements, fairs }
