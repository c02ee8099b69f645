// Lets TypeScript (tsc and astro check alike) accept what Vite handles in the faces' code:
// `import './x.css'` in a component, import.meta.env.
/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Set by astro.config.mjs for every build; see dist/build.json. */
  readonly PUBLIC_BUILD_ID: string
}
