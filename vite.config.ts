// The project's own Vite config: `npx vite` serves the stories with live
// reload, `npx vite build` writes the same dist/ as `storydeck build`.
// (`storydeck dev` does not read this file; it adds the plugin itself.)
import { defineConfig } from 'vite'
import { storydeck } from './src/vite/plugin.ts'

export default defineConfig({
  plugins: [storydeck({ stories: 'stories' })],
})
