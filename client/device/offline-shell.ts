// Registers the service worker that keeps the kiosk's and screen's page and assets for offline boots.
// Browsers allow service workers only in secure contexts: https, localhost, or an origin Chromium is
// told to trust (see the README's kiosk set-up). Elsewhere the face still works, just not after a
// reboot without network.
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // A new build means a new script URL, so the browser installs the new shell and drops the old one.
  navigator.serviceWorker.register(`/sw.js?build=${import.meta.env.PUBLIC_BUILD_ID}`).catch(() => {
    // Not a secure context, or storage refused: run without the offline shell.
  })
}
