// The line every scene starts with: what it is, in the highlight colour, and an optional note on the
// right (page, count), so a passer-by knows at a glance what kind of list they are looking at.
import type { ComponentChildren } from 'preact'
import './scenes.css'

export function SceneTitle({ id, title, note }: { id: string; title: string; note?: ComponentChildren }) {
  return (
    <div class="scene-title">
      <h2 id={id} class="scene-title__text">
        {title}
      </h2>
      {note && <p class="scene-title__note">{note}</p>}
    </div>
  )
}
