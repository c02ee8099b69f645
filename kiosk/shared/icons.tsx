// Line icons for the kiosk, drawn inline so they cost no request and take the text colour.
// Decorative only: the text beside each one says what it means.
import type { ComponentChildren } from 'preact'

function Icon({ children }: { children: ComponentChildren }) {
  return (
    <svg class="kiosk-icon" viewBox="0 0 48 48" aria-hidden="true">
      {children}
    </svg>
  )
}

export const JobIcon = () => (
  <Icon>
    <rect x="6" y="14" width="36" height="26" rx="4" />
    <path d="M17 14v-4a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v4M6 25h36M21 25v4h6v-4" />
  </Icon>
)

export const FairIcon = () => (
  <Icon>
    <path d="M8 40V18l16-10 16 10v22M4 40h40M18 40V28h12v12M14 22h20" />
  </Icon>
)

export const PolicyIcon = () => (
  <Icon>
    <path d="M12 4h17l9 9v31H12zM29 4v9h9M18 22h14M18 29h14M18 36h9" />
  </Icon>
)

export const TouchIcon = () => (
  <Icon>
    <path d="M19 26V9a3 3 0 0 1 6 0v13l9.5 2.2a4 4 0 0 1 3 4.6L36 38l-2 6H19l-7-10a3 3 0 0 1 4.6-3.8L19 33" />
    <path d="M13 12a9 9 0 0 1 18 0" />
  </Icon>
)

export const BackIcon = () => (
  <Icon>
    <path d="M28 10 14 24l14 14M15 24h25" />
  </Icon>
)

export const HomeIcon = () => (
  <Icon>
    <path d="M6 22 24 7l18 15M11 18v22h10V29h6v11h10V18" />
  </Icon>
)

export const NearIcon = () => (
  <Icon>
    <path d="M24 44s-13-13-13-24a13 13 0 0 1 26 0c0 11-13 24-13 24z" />
    <circle cx="24" cy="20" r="5" />
  </Icon>
)

export const GigIcon = () => (
  <Icon>
    <path d="M30 8 18 20l10 10 12-12zM20 22 6 36l6 6 14-14M34 30l8 8" />
  </Icon>
)

export const RegisterIcon = () => (
  <Icon>
    <rect x="10" y="4" width="28" height="40" rx="4" />
    <path d="M18 12h12M17 27l5 5 9-10" />
  </Icon>
)

export const FilterIcon = () => (
  <Icon>
    <path d="M6 10h36L28 26v14l-8-4V26z" />
  </Icon>
)

export const SpeakerIcon = () => (
  <Icon>
    <path d="M8 18h8l10-9v30l-10-9H8zM32 17a10 10 0 0 1 0 14M37 11a18 18 0 0 1 0 26" />
  </Icon>
)

export const TextIcon = () => (
  <Icon>
    <path d="M6 38 16 10l10 28M9 29h14M30 38l6-16 6 16M32 33h8" />
  </Icon>
)

export const ContrastIcon = () => (
  <Icon>
    <circle cx="24" cy="24" r="17" />
    <path d="M24 7v34a17 17 0 0 0 0-34z" fill="currentColor" />
  </Icon>
)

export const PrevIcon = () => (
  <Icon>
    <path d="M30 8 14 24l16 16" />
  </Icon>
)

export const NextIcon = () => (
  <Icon>
    <path d="M18 8l16 16-16 16" />
  </Icon>
)
