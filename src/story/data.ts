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
  }
}
