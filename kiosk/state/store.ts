// The kiosk's shared state in one place: where the visitor is (a stack of views), their display
// preferences, and what they are typing into the registration. Everything one visitor leaves behind is
// wiped by endSession(), so the next person at the kiosk starts clean.
import { computed, effect, signal } from '@preact/signals'
import type { Category } from '../../content/catalog.ts'
import type { DeviceLink } from '../../client/device/index.ts'
import { lang, setLang } from '../../client/i18n/index.ts'

/** What a job list shows; chosen by the home tile and adjusted with the filter panel. */
export interface JobFilters {
  category?: Category
  township?: string
  /** Monthly-equivalent pay at least this much (day and hour rates are converted). */
  minMonthly?: number
  benefits: string[]
  olderFriendly: boolean
  /** Day work: category 零工 or the 零工/日结 tag. */
  gig: boolean
  /** Jobs near the kiosk: within 3 km, widened to 10 km when that finds too few. */
  near: boolean
  sort: 'newest' | 'salary' | 'distance'
}

export const NO_FILTERS: JobFilters = {
  benefits: [],
  olderFriendly: false,
  gig: false,
  near: false,
  sort: 'newest',
}

/** What a registration is for: jobs, a fair, or (from home) the kinds of work wanted. */
export type RegisterTarget = { jobId: string } | { fairId: string } | { seeker: true }

export type View =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'jobs'; filters: JobFilters; title: 'category' | 'gig' | 'near' | 'all' }
  | { name: 'job'; id: string }
  | { name: 'register'; target: RegisterTarget }
  | { name: 'fairs' }
  | { name: 'fair'; id: string }
  | { name: 'policies' }

export const stack = signal<View[]>([{ name: 'attract' }])
export const view = computed(() => stack.value[stack.value.length - 1]!)

export function go(next: View): void {
  stack.value = [...stack.value, next]
}
/** One step back; from home, back to the attract loop. */
export function back(): void {
  stack.value = stack.value.length > 1 ? stack.value.slice(0, -1) : [{ name: 'attract' }]
}
export function goHome(): void {
  stack.value = [{ name: 'attract' }, { name: 'home' }]
}
/** Replaces the current view's state (a job list's filters) without adding a step to go back through. */
export function replace(next: View): void {
  stack.value = [...stack.value.slice(0, -1), next]
}

// ---- display preferences: one tap away on every screen, applied to <html> so every rule follows ----
export const largeText = signal(false)
export const contrast = signal(false)

if (typeof document !== 'undefined') {
  effect(() => {
    const root = document.documentElement
    root.dataset.text = largeText.value ? 'large' : 'normal'
    if (contrast.value) root.dataset.theme = 'contrast'
    else delete root.dataset.theme
  })
}

/** Portrait or landscape panel: decides how many cards fit on one page. */
export const landscape = signal(false)
if (typeof window !== 'undefined') {
  const query = window.matchMedia('(orientation: landscape)')
  landscape.value = query.matches
  query.addEventListener('change', () => (landscape.value = query.matches))
}

// ---- the registration being entered: the only personal data the kiosk ever holds ----
export interface Draft {
  phone: string
  gender?: 'male' | 'female'
  ageBand?: string
  township?: string
  wants: Category[]
  /** Would like the bureau's free skills training. */
  training?: boolean
}
const emptyDraft = (): Draft => ({ phone: '', wants: [] })
export const draft = signal<Draft>(emptyDraft())
export function clearDraft(): void {
  draft.value = emptyDraft()
}

// ---- the device link, started once by the app ----
export const link = signal<DeviceLink | null>(null)

/**
 * Ends a visitor's session: back to the attract loop with nothing they entered or chose left behind.
 * Language and display modes go back to the kiosk's defaults: the next person did not choose them.
 */
export function endSession(defaultLang: 'zh-CN' | 'en' = 'zh-CN'): void {
  clearDraft()
  stack.value = [{ name: 'attract' }]
  largeText.value = false
  contrast.value = false
  if (lang.value !== defaultLang) setLang(defaultLang)
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
  // A visit is a natural batch: what it looked at (QR codes shown, jobs viewed) reaches the admin's
  // funnel as the visitor leaves, not up to a minute later.
  link.value?.sendUsage()
}

/** Cards on one page of a list: fewer, taller ones in large-text mode; two columns in landscape. */
export const pageSize = computed(() =>
  landscape.value ? (largeText.value ? 2 : 4) : largeText.value ? 3 : 4,
)
