/**
 * Typed `file.data` shared between stages (vfile's DataMap augmentation).
 */
import type { Root } from 'mdast'
import type { Story } from '../types.ts'

declare module 'vfile' {
  interface DataMap {
    /** The whole file as mdast, frontmatter included. */
    tree: Root
    /** The parsed story, when the frontmatter was usable. */
    story: Story
    /**
     * The frontmatter has errors: the story's values with errors were left out,
     * so it is neither coached (its language may be a guess) nor built.
     */
    frontmatterErrors: true
  }
}
