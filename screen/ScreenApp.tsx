// The big screen: starts the device link, then shows the frame (venue and clock on top, the hotline
// and the age of the data below) around the scene the schedule says is on. It steps down by itself:
// live content; saved content with its time when the hub is away; a static card with the hotline
// when there is nothing at all. Staff's broadcasts and "identify" go on top of whatever is showing.
import './messages.ts'
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks'
import { registerOfflineShell, startDeviceLink } from '../client/device/index.ts'
import { lang, restoreLang, setLang, t } from '../client/i18n/index.ts'
import { useMinuteClock } from '../client/useMinuteClock.ts'
import { boardRows, notices, scanTarget, screenFair, spotlights, upcomingFairs } from './content.ts'
import { HotlineCard, PairingCard } from './frame/Cards.tsx'
import { Footer } from './frame/Footer.tsx'
import { Header } from './frame/Header.tsx'
import { BroadcastBanner, EmergencyOverlay, IdentifyOverlay } from './frame/Overlays.tsx'
import { useLayout, type Layout } from './frame/useLayout.ts'
import { useRotation } from './frame/useRotation.ts'
import type { SceneName } from './schedule.ts'
import { FairsScene } from './scenes/FairsScene.tsx'
import { JobsScene } from './scenes/JobsScene.tsx'
import { PoliciesScene } from './scenes/PoliciesScene.tsx'
import { ScanScene } from './scenes/ScanScene.tsx'
import { SpotlightScene } from './scenes/SpotlightScene.tsx'
import type { SceneProps } from './scenes/types.ts'
import { WelcomeScene } from './scenes/WelcomeScene.tsx'
import { link, soakMs } from './state.ts'
import './ScreenApp.css'

const APP = 'screen/1'
const SCENES: Record<SceneName, (props: SceneProps) => preact.JSX.Element | null> = {
  jobs: JobsScene,
  fairs: FairsScene,
  spotlight: SpotlightScene,
  scan: ScanScene,
  policies: PoliciesScene,
}

interface Props {
  /** Until the hub's settings arrive: the national human-resources hotline. */
  hotline: string
}

function Rotation({ layout, now }: { layout: Layout; now: number }) {
  const l = link.value!
  const snapshot = l.snapshot.value!
  const device = l.device.value
  const fair = useMemo(() => screenFair(snapshot, device, now), [snapshot, device, now])
  const available = useCallback(
    (scene: SceneName) => {
      switch (scene) {
        case 'jobs':
          return boardRows(snapshot, fair, now).length > 0
        case 'fairs':
          return upcomingFairs(snapshot, now).length > 0
        case 'spotlight':
          return spotlights(snapshot, fair, now).length > 0
        case 'policies':
          return notices(snapshot, now).length > 0
        case 'scan':
          return scanTarget(snapshot, fair, now) !== undefined || !!device
      }
    },
    [snapshot, fair, device, now],
  )
  const play = useRotation(device?.config.scenes, available, useMemo(soakMs, []))
  useEffect(() => {
    if (play) l.track('scene', 'scene', play.slot.scene)
  }, [play?.n])
  if (!play) return null
  const Scene = SCENES[play.slot.scene]
  return (
    <div class="screen__scene" data-scene={play.slot.scene} key={play.n}>
      <Scene
        snapshot={snapshot}
        device={device}
        fair={fair}
        now={now}
        durationMs={play.durationMs}
        layout={layout}
      />
    </div>
  )
}

/** How long a screen with nothing saved says "coming shortly" before it owns up and shows the hotline. */
const FIRST_CONTENT_MS = 10_000

export default function ScreenApp({ hotline: fallbackHotline }: Props) {
  const now = useMinuteClock()
  const [waitedLong, setWaitedLong] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), FIRST_CONTENT_MS)
    return () => clearTimeout(timer)
  }, [])
  useEffect(() => {
    restoreLang()
    const started = startDeviceLink({ kind: 'screen', app: APP })
    link.value = started
    registerOfflineShell()
    return () => started.stop()
  }, [])

  const l = link.value
  const device = l?.device.value ?? null
  const snapshot = l?.snapshot.value ?? null
  const phase = l?.phase.value
  // Nobody touches a screen: its language is what staff set for it, Chinese unless they chose English.
  const wantedLang = device ? (device.config.lang ?? 'zh-CN') : undefined
  useEffect(() => {
    if (wantedLang && wantedLang !== lang.value) setLang(wantedLang)
  }, [wantedLang])
  const { layout, rotated } = useLayout(device?.config.orientation)

  const settings = snapshot?.settings
  const hotline = settings?.hotline ?? fallbackHotline
  const venue = snapshot?.venues.find((v) => v.id === device?.venueId)
  const title = venue?.name ?? settings?.bureauName ?? t('screen.venueDefault')

  let stage
  if (phase === 'pairing') stage = <PairingCard code={l!.pairingCode.value} />
  else if (snapshot) stage = <Rotation layout={layout} now={now?.getTime() ?? Date.now()} />
  else if (!l || phase === 'starting' || !waitedLong) stage = <WelcomeScene />
  else stage = <HotlineCard hotline={hotline} />

  return (
    <div class={rotated ? 'screen screen--rotated' : 'screen'} data-layout={layout}>
      <Header title={title} now={now} />
      <BroadcastBanner />
      <main class="screen__stage">{stage}</main>
      <Footer
        hotline={hotline}
        bureau={settings?.bureauName ?? t('common.bureauDefault')}
        phase={phase}
        syncedAt={l?.syncedAt.value ?? null}
        now={now}
      />
      <EmergencyOverlay hotline={hotline} />
      <IdentifyOverlay />
    </div>
  )
}
