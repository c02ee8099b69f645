// Registering interest, in small steps with one thing to do on each: (what work, from home) → phone on
// the keypad → about you, all optional, by tapping → the privacy notice and consent → the answer.
// Sent over the device socket; when the hub is away it is queued on the kiosk and sent once later.
import { useEffect, useRef, useState } from 'preact/hooks'
import { maskPhone } from '../../client/format.ts'
import { t } from '../../client/i18n/index.ts'
import type { RegisterResult } from '../../client/device/index.ts'
import type { DeviceRegistration } from '../../server/realtime/events.ts'
import { openJobs, upcomingFairs } from '../state/jobs.ts'
import { clearDraft, draft, endSession, link, type RegisterTarget } from '../state/store.ts'
import { AboutYou } from './AboutYou.tsx'
import { Consent } from './Consent.tsx'
import { Done } from './Done.tsx'
import { Keypad, MOBILE } from './Keypad.tsx'
import { WhatWork } from './WhatWork.tsx'
import './register.css'

type Step = 'work' | 'phone' | 'about' | 'consent' | 'sending' | 'done'

/** A clientId without crypto.randomUUID, which browsers give only to secure contexts (not plain http). */
function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return 'k' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** For "register as a job seeker": up to three open jobs of the kinds wanted, closest first. */
export function leadsFor(wants: string[]): string[] {
  const pool = openJobs.value.filter((s) => wants.length === 0 || wants.includes(s.job.category))
  return [...pool]
    .sort((a, b) => (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9) || b.posted - a.posted)
    .slice(0, 3)
    .map((s) => s.job.id)
}

export function Register({ target }: { target: RegisterTarget }) {
  const [step, setStep] = useState<Step>('seeker' in target ? 'work' : 'phone')
  const [result, setResult] = useState<{ outcome: RegisterResult; masked: string } | null>(null)
  // One id per submission: pressing "agree" twice, or the ack getting lost, never registers twice.
  const clientId = useRef(newClientId())
  const d = draft.value
  // Leaving the registration by back or home takes the typed number with it.
  useEffect(() => () => clearDraft(), [])

  function payload(): DeviceRegistration {
    const body: DeviceRegistration = { clientId: clientId.current, phone: d.phone, consent: true }
    if ('jobId' in target) body.jobIds = [target.jobId]
    else if ('fairId' in target) body.fairId = target.fairId
    else {
      body.jobIds = leadsFor(d.wants)
      if (d.wants.length > 0) body.wants = d.wants
      if (d.training) body.training = true
      // Nothing open of that kind: the next fair is still worth a call from staff.
      if (body.jobIds.length === 0 && upcomingFairs.value[0]) body.fairId = upcomingFairs.value[0].id
    }
    if (d.gender) body.gender = d.gender
    if (d.ageBand) body.ageBand = d.ageBand as DeviceRegistration['ageBand']
    if (d.township) body.township = d.township
    return body
  }

  async function submit() {
    const l = link.value
    if (!l) return
    setStep('sending')
    const masked = maskPhone(d.phone)
    const outcome = await l.register(payload())
    if (outcome.status === 'rejected') {
      // Let them correct the number; nothing was stored.
      setResult({ outcome, masked })
      setStep('done')
      return
    }
    // The number has done its job: from here on only the masked form is kept on screen.
    clearDraft()
    setResult({ outcome, masked })
    setStep('done')
  }

  if (step === 'work') return <WhatWork onNext={() => setStep('phone')} />
  if (step === 'phone')
    return (
      <div class="register">
        <h1 class="view__title">{t('kiosk.phoneTitle')}</h1>
        <p class="register__why">{t('kiosk.phoneWhy')}</p>
        <Keypad value={d.phone} onChange={(phone) => (draft.value = { ...d, phone })} />
        <button
          type="button"
          class="btn btn--primary btn--wide"
          disabled={!MOBILE.test(d.phone)}
          onClick={() => setStep('about')}
        >
          {t('kiosk.next')}
        </button>
      </div>
    )
  if (step === 'about') return <AboutYou onNext={() => setStep('consent')} />
  if (step === 'consent') return <Consent target={target} onAgree={submit} />
  if (step === 'sending')
    return (
      <p class="register__sending" role="status">
        {t('kiosk.sending')}
      </p>
    )
  return (
    <Done
      result={result!}
      onRetry={() => {
        clientId.current = newClientId()
        setStep('phone')
      }}
      onFinish={() => endSession()}
    />
  )
}
