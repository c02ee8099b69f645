// The content model: TypeBox schemas and their static types for every entity the hub stores or sends.
// This file is the one source of truth: the HTTP routes, the socket handlers, the import and the store
// (on load) all validate against these schemas, and the faces import the types with `import type`.
//
// Each entity has its *fields* (what staff or a device may send) and its stored form (fields plus the
// id and timestamps the hub assigns). `XInput` is what POST accepts, `XPatch` what PATCH accepts.
import Type, { type Static, type TSchema } from 'typebox'
import {
  AGE_BANDS,
  BENEFITS,
  CATEGORIES,
  EDUCATION,
  FAIR_KINDS,
  REGISTRATION_STATUSES,
  SALARY_UNITS,
  TAGS,
  VENUE_KINDS,
  keysOf,
} from './catalog.ts'

const closed = { additionalProperties: false } as const

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
export const Timestamp = Type.String({ format: 'date-time' })
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength })
export const Name = Text(120, 1)
const Township = Text(40, 1)
/** A public office or hotline number: digits, spaces, dashes, parentheses, an optional extension. */
export const OfficePhone = Type.String({ minLength: 5, maxLength: 40, pattern: '^[0-9+() -]+(转[0-9]+)?$' })
/** A mainland China mobile number, digits only. */
export const MobilePhone = Type.String({ pattern: '^1[3-9][0-9]{9}$' })

export const Location = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  closed,
)
export type Location = Static<typeof Location>

const Meta = { id: Id, createdAt: Timestamp, updatedAt: Timestamp }

/** Builds the stored, input and patch schemas of one entity from its fields. */
function entity<F extends Record<string, TSchema>>(fields: F) {
  return {
    Stored: Type.Object({ ...Meta, ...fields }),
    Input: Type.Object(fields, closed),
    Patch: Type.Partial(Type.Object(fields, closed)),
  }
}

// ---- Employer ----
const employerFields = {
  name: Name,
  shortName: Type.Optional(Text(40, 1)),
  industry: Type.Optional(Text(60)),
  township: Type.Optional(Township),
  address: Type.Optional(Text(200)),
  contactOffice: Type.Optional(OfficePhone),
  description: Type.Optional(Text(2000)),
  status: Type.Optional(Type.Enum(['active', 'hidden'])),
}
const employer = entity(employerFields)
export const Employer = employer.Stored
export const EmployerInput = employer.Input
export const EmployerPatch = employer.Patch
export type Employer = Static<typeof Employer>
export type EmployerInput = Static<typeof EmployerInput>

// ---- Job ----
export const Salary = Type.Object(
  {
    min: Type.Number({ minimum: 0, maximum: 1_000_000 }),
    max: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
    unit: Type.Enum(keysOf(SALARY_UNITS)),
    /** Free words for piece rates or extras, e.g. "按件计酬，熟手8000+" */
    note: Type.Optional(Text(100)),
  },
  closed,
)
export type Salary = Static<typeof Salary>
/** `pending`: published by a township operator whose township needs an editor's approval; devices never see it. */
export const JobStatus = Type.Enum(['draft', 'pending', 'published', 'filled', 'expired'])
export type JobStatus = Static<typeof JobStatus>

const jobFields = {
  employerId: Id,
  title: Name,
  category: Type.Enum(keysOf(CATEGORIES)),
  township: Township,
  address: Type.Optional(Text(200)),
  location: Type.Optional(Location),
  salary: Salary,
  headcount: Type.Integer({ minimum: 1, maximum: 100_000 }),
  ageMin: Type.Optional(Type.Integer({ minimum: 16, maximum: 80 })),
  ageMax: Type.Optional(Type.Integer({ minimum: 16, maximum: 80 })),
  education: Type.Optional(Type.Enum(keysOf(EDUCATION))),
  hours: Type.Optional(Text(100)),
  duties: Type.Optional(Text(2000)),
  requirements: Type.Optional(Text(2000)),
  benefits: Type.Array(Type.Enum(keysOf(BENEFITS)), { maxItems: 20, uniqueItems: true }),
  tags: Type.Array(Type.Enum(keysOf(TAGS)), { maxItems: 20, uniqueItems: true }),
  contactPhone: Type.Optional(OfficePhone),
  status: JobStatus,
  validUntil: Type.Optional(Timestamp),
}
const job = entity(jobFields)
export const Job = job.Stored
export const JobInput = job.Input
export const JobPatch = job.Patch
export type Job = Static<typeof Job>
export type JobInput = Static<typeof JobInput>

// ---- Venue ----
const venueFields = {
  name: Name,
  kind: Type.Enum(keysOf(VENUE_KINDS)),
  township: Township,
  address: Type.Optional(Text(200)),
  directions: Type.Optional(Text(500)),
  location: Type.Optional(Location),
}
const venue = entity(venueFields)
export const Venue = venue.Stored
export const VenueInput = venue.Input
export const VenuePatch = venue.Patch
export type Venue = Static<typeof Venue>

// ---- Fair ----
export const Booth = Type.Object(
  { number: Text(20, 1), employerId: Id, jobIds: Type.Array(Id, { maxItems: 200, uniqueItems: true }) },
  closed,
)
export type Booth = Static<typeof Booth>
export const FairSession = Type.Object(
  { title: Name, startsAt: Timestamp, endsAt: Timestamp, place: Type.Optional(Text(100)) },
  closed,
)
export type FairSession = Static<typeof FairSession>

const fairFields = {
  title: Name,
  kind: Type.Enum(keysOf(FAIR_KINDS)),
  venueId: Type.Optional(Id),
  township: Type.Optional(Township),
  address: Type.Optional(Text(200)),
  startsAt: Timestamp,
  endsAt: Timestamp,
  description: Type.Optional(Text(2000)),
  /** Where to watch a live-stream fair, shown as text (and a QR code on the faces). */
  liveUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  booths: Type.Array(Booth, { maxItems: 500 }),
  sessions: Type.Array(FairSession, { maxItems: 100 }),
  status: Type.Enum(['draft', 'pending', 'published', 'cancelled']),
}
const fair = entity(fairFields)
export const Fair = fair.Stored
export const FairInput = fair.Input
export const FairPatch = fair.Patch
export type Fair = Static<typeof Fair>

// ---- Announcement (policies and notices) ----
const announcementFields = {
  title: Name,
  body: Text(5000, 1),
  kind: Type.Enum(['policy', 'notice']),
  township: Type.Optional(Township),
  pinned: Type.Optional(Type.Boolean()),
  status: Type.Enum(['draft', 'pending', 'published']),
  validUntil: Type.Optional(Timestamp),
}
const announcement = entity(announcementFields)
export const Announcement = announcement.Stored
export const AnnouncementInput = announcement.Input
export const AnnouncementPatch = announcement.Patch
export type Announcement = Static<typeof Announcement>

// ---- Broadcast (urgent notices pushed on top of every face) ----
export const BroadcastLevel = Type.Enum(['info', 'warning', 'emergency'])
export const BroadcastTarget = Type.Object(
  {
    all: Type.Optional(Type.Boolean()),
    venueIds: Type.Optional(Type.Array(Id, { maxItems: 500 })),
    deviceIds: Type.Optional(Type.Array(Id, { maxItems: 5000 })),
  },
  closed,
)
export type BroadcastTarget = Static<typeof BroadcastTarget>
export const BroadcastInput = Type.Object(
  { text: Text(500, 1), level: BroadcastLevel, target: BroadcastTarget, until: Timestamp },
  closed,
)
export type BroadcastInput = Static<typeof BroadcastInput>
export const Broadcast = Type.Object({
  ...Meta,
  text: Text(500, 1),
  level: BroadcastLevel,
  target: BroadcastTarget,
  until: Timestamp,
  createdBy: Type.Optional(Text(60)),
  endedAt: Type.Optional(Timestamp),
})
export type Broadcast = Static<typeof Broadcast>

// ---- Device (kiosk or screen) ----
export const SceneName = Type.Enum(['jobs', 'fairs', 'spotlight', 'scan', 'policies'])
export const SceneSlot = Type.Object(
  {
    scene: SceneName,
    seconds: Type.Integer({ minimum: 5, maximum: 600 }),
    /** Daily window in local time, "HH:MM"; absent means all day. */
    from: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })),
    to: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })),
  },
  closed,
)
export const DeviceConfig = Type.Object(
  {
    orientation: Type.Optional(Type.Enum(['auto', 'landscape', 'portrait'])),
    scenes: Type.Optional(Type.Array(SceneSlot, { maxItems: 50 })),
    /** The fair a screen at a fair shows and attributes its QR codes to. */
    fairId: Type.Optional(Id),
    lang: Type.Optional(Type.Enum(['zh-CN', 'en'])),
  },
  closed,
)
export type DeviceConfig = Static<typeof DeviceConfig>
export const DeviceKind = Type.Enum(['kiosk', 'screen'])
export const DeviceInput = Type.Object(
  { name: Name, kind: DeviceKind, venueId: Type.Optional(Id), config: Type.Optional(DeviceConfig) },
  closed,
)
export type DeviceInput = Static<typeof DeviceInput>
/** `venueId: null` takes the device off its venue: as in JSON Merge Patch, null removes a field, and a
 * field left out stays as it is. */
export const DevicePatch = Type.Partial(
  Type.Object({ ...DeviceInput.properties, venueId: Type.Union([Id, Type.Null()]) }, closed),
)
export type DevicePatch = Static<typeof DevicePatch>
export const Device = Type.Object({
  ...Meta,
  name: Name,
  kind: DeviceKind,
  venueId: Type.Optional(Id),
  config: DeviceConfig,
  /** sha256 of the device's secret token; the token itself is shown once and never stored. */
  tokenHash: Type.String(),
  revokedAt: Type.Optional(Timestamp),
  /** When the hub last heard from the device, kept across restarts (live status is in memory). */
  lastSeenAt: Type.Optional(Timestamp),
})
export type Device = Static<typeof Device>
/** What the API shows of a device: never the token hash. */
export type PublicDevice = Omit<Device, 'tokenHash'>

// ---- Registration (a job seeker's interest in jobs or a fair) ----
export const RegistrationSource = Type.Object(
  {
    channel: Type.Enum(['kiosk', 'phone', 'poster']),
    device: Type.Optional(Id),
    poster: Type.Optional(Id),
  },
  closed,
)
export type RegistrationSource = Static<typeof RegistrationSource>
const registrationFields = {
  clientId: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
  phone: MobilePhone,
  consent: Type.Literal(true),
  jobIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
  fairId: Type.Optional(Id),
  name: Type.Optional(Text(40)),
  gender: Type.Optional(Type.Enum(['male', 'female'])),
  ageBand: Type.Optional(Type.Enum([...AGE_BANDS])),
  township: Type.Optional(Township),
  wants: Type.Optional(Type.Array(Type.Enum(keysOf(CATEGORIES)), { maxItems: 20, uniqueItems: true })),
  /** Would like the bureau's free skills training (its ledger records the wish; staff call about courses). */
  training: Type.Optional(Type.Boolean()),
  note: Type.Optional(Text(300)),
  source: Type.Optional(RegistrationSource),
}
export const RegistrationInput = Type.Object(registrationFields, closed)
export type RegistrationInput = Static<typeof RegistrationInput>
export const RegistrationStatus = Type.Enum(keysOf(REGISTRATION_STATUSES))
export type RegistrationStatus = Static<typeof RegistrationStatus>
export const FollowUpNote = Type.Object({ at: Timestamp, by: Text(60), text: Text(1000, 1) }, closed)
export const Registration = Type.Object({
  ...Meta,
  ...registrationFields,
  /** Short code the person keeps to look up or withdraw the registration. */
  code: Type.String({ pattern: '^[0-9]{6}$' }),
  jobIds: Type.Array(Id),
  source: RegistrationSource,
  status: RegistrationStatus,
  notes: Type.Array(FollowUpNote),
})
export type Registration = Static<typeof Registration>
export const RegistrationPatch = Type.Object(
  { status: Type.Optional(RegistrationStatus), note: Type.Optional(Text(1000, 1)) },
  closed,
)
export type RegistrationPatch = Static<typeof RegistrationPatch>

// ---- User (staff) ----
export const Role = Type.Enum(['admin', 'editor', 'operator', 'viewer'])
export type Role = Static<typeof Role>
const userFields = {
  username: Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' }),
  displayName: Type.Optional(Text(60)),
  role: Role,
  /** The townships a township operator may see and edit; ignored for other roles. */
  townships: Type.Array(Township, { maxItems: 100 }),
  disabled: Type.Optional(Type.Boolean()),
}
export const Password = Type.String({ minLength: 10, maxLength: 200 })
export const UserInput = Type.Object({ ...userFields, password: Password }, closed)
export type UserInput = Static<typeof UserInput>
export const UserPatch = Type.Partial(Type.Object({ ...userFields, password: Password }, closed))
export const User = Type.Object({
  ...Meta,
  ...userFields,
  passwordHash: Type.String(),
  failedLogins: Type.Optional(Type.Integer()),
  lockedUntil: Type.Optional(Timestamp),
})
export type User = Static<typeof User>
export type PublicUser = Omit<User, 'passwordHash' | 'failedLogins' | 'lockedUntil'>

// ---- Audit log ----
export const AuditEntry = Type.Object({
  id: Id,
  at: Timestamp,
  userId: Type.Optional(Id),
  username: Type.Optional(Text(60)),
  action: Text(60, 1),
  kind: Text(40),
  entityId: Type.Optional(Id),
  before: Type.Optional(Type.Unknown()),
  after: Type.Optional(Type.Unknown()),
})
export type AuditEntry = Static<typeof AuditEntry>

// ---- Settings of the bureau running this hub ----
export const Settings = Type.Object(
  {
    bureauName: Name,
    county: Name,
    hotline: OfficePhone,
    townships: Type.Array(Township, { maxItems: 500 }),
    /** Days a registration is kept before the daily purge deletes it; unset: REGISTRATION_RETENTION_DAYS. */
    registrationRetentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 36500 })),
    /** Townships whose operators' content waits as `pending` until an editor or admin publishes it. */
    approvalTownships: Type.Optional(Type.Array(Township, { maxItems: 500, uniqueItems: true })),
  },
  closed,
)
export type Settings = Static<typeof Settings>
export const SettingsPatch = Type.Partial(Settings, closed)
export type SettingsPatch = Static<typeof SettingsPatch>

/** The kinds of content that devices receive and whose every change bumps the global `rev`.
 * Broadcasts are not among them: they go only to the devices they target (see events.ts). */
export const CONTENT_KINDS = ['jobs', 'employers', 'fairs', 'venues', 'announcements'] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]
export interface ContentItems {
  jobs: Job
  employers: Employer
  fairs: Fair
  venues: Venue
  announcements: Announcement
}
export const CONTENT_SCHEMAS = {
  jobs: Job,
  employers: Employer,
  fairs: Fair,
  venues: Venue,
  announcements: Announcement,
}

/** Everything a device shows, as served by GET /api/device/content and kept current by `changes`. */
export interface Snapshot {
  rev: number
  generatedAt: string
  settings: Settings
  jobs: Job[]
  employers: Employer[]
  fairs: Fair[]
  venues: Venue[]
  announcements: Announcement[]
}

/** The error body of every failed request. */
export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  fields: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
})
export type ErrorBody = Static<typeof ErrorBody>
export type FieldError = { path: string; message: string }
