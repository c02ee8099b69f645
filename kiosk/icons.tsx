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
