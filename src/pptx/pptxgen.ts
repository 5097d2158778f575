/**
 * pptxgenjs with types that match what Node loads.
 *
 * Note: the package's ESM build has a real default export, but its type
 * file is read as CommonJS, so TypeScript sees the class under `.default`.
 * This takes whichever is there at run time and re-exports the types.
 */
import pptxgen from 'pptxgenjs'
import type * as Types from 'pptxgenjs'

/** The pptxgenjs class. */
export type PptxGenJS = Types.default
/** A slide of a presentation. */
export type PptxSlide = Types.default.Slide
/** One run of text with its options. */
export type TextProps = Types.default.TextProps
/** Options of a run of text. */
export type TextPropsOptions = Types.default.TextPropsOptions

const loaded = pptxgen as unknown as { default?: typeof pptxgen.default }

/** The pptxgenjs constructor. */
export const Presentation: typeof pptxgen.default = loaded.default ?? (pptxgen as unknown as typeof pptxgen.default)
