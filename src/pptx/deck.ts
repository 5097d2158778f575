/**
 * Story -> an editable PowerPoint (`deck.pptx`) built from the story model
 * and the deck's slide plan: real text boxes, shapes for the role grid and
 * the timeline, placed images, speaker notes in the notes pane, theme
 * colours and the logo on the slide master. Pure: bytes in, bytes out.
 */
import { normaliseHex } from '../colour/hex.ts'
import { labelsFor } from '../i18n/labels.ts'
import { planDeck, type NoteGroup } from '../render/deck-plan.ts'
import type { ThemeColours } from '../themes/theme.ts'
import type { Story } from '../types.ts'
import { drawSlide, SLIDE, type PlacedImage } from './layouts.ts'
import { stabilisePackage } from './package.ts'
import { Presentation } from './pptxgen.ts'
import { CULTURES, notesText } from './text.ts'

/** Options of {@link renderPptx}. */
export interface PptxOptions {
  /** Final colours (theme with the brand applied), `#rrggbb`. */
  colours: Readonly<ThemeColours>
  /** CSS font lists of the theme (or brand); the first family of each is used. */
  fonts: { body: string; heading: string }
  /** Where the logo sits (the theme's choice). Default `top-right`. */
  logoPlacement?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'
  /** Story image URL (as written) -> image. Images missing here are left out. */
  images: ReadonlyMap<string, PlacedImage>
  /** The brand logo, placed on the slide master. */
  logo?: PlacedImage
}

const MASTER = 'STORYDECK'

/**
 * Render a story's PowerPoint.
 *
 * @returns the `.pptx` bytes; the same story and options give the same bytes.
 */
export async function renderPptx(story: Story, options: Readonly<PptxOptions>): Promise<Uint8Array> {
  const pptx = new Presentation()
  const lang = CULTURES[story.meta.lang] ?? 'en-GB'
  const colours = Object.fromEntries(
    Object.entries(options.colours).map(([name, value]) => [name, hex(value)]),
  ) as Record<keyof ThemeColours, string>
  const fonts = { body: firstFamily(options.fonts.body), heading: firstFamily(options.fonts.heading) }
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = story.meta.title
  pptx.subject = story.meta.subtitle ?? ''
  pptx.author = story.meta.author ?? ''
  pptx.company = story.meta.organisation ?? ''
  pptx.theme = { headFontFace: fonts.heading, bodyFontFace: fonts.body }

  const placement = options.logoPlacement ?? 'top-right'
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: colours.background },
    objects:
      options.logo === undefined
        ? []
        : [
            {
              image: {
                ...logoBox(options.logo, placement),
                data: options.logo.data,
                altText: story.meta.organisation ?? '',
              },
            },
          ],
    slideNumber: {
      x: SLIDE.width - 1.2,
      y: SLIDE.height - 0.55,
      w: 0.8,
      h: 0.35,
      fontSize: 11,
      color: colours.muted,
      fontFace: fonts.body,
      align: 'right',
    },
  })

  const context = {
    story,
    labels: labelsFor(story.meta.lang),
    colours,
    fonts,
    lang,
    images: options.images,
    kickerX: options.logo !== undefined && placement === 'top-left' ? 2.4 : 0.7,
  }
  for (const plan of planDeck(story)) {
    const slide = pptx.addSlide({ masterName: MASTER })
    drawSlide(slide, plan, context)
    const notes = notesFor(plan.notes)
    if (notes !== '') slide.addNotes(notes)
  }
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Uint8Array
  return stabilisePackage(written, { lang, date: story.meta.date })
}

/** Notes groups -> plain text; labelled groups (a role, a step) start with their label. */
function notesFor(groups: readonly NoteGroup[]): string {
  return groups
    .map((group) => [group.label ? `${group.label}:` : '', notesText(group.nodes)].filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n')
}

/** A logo at most 1.6 × 0.6 in, kept in proportion, in its corner. */
function logoBox(
  logo: PlacedImage,
  placement: NonNullable<PptxOptions['logoPlacement']>,
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(1.6 / logo.width, 0.6 / logo.height)
  const w = logo.width * scale
  const h = logo.height * scale
  const x = placement.endsWith('left') ? 0.35 : SLIDE.width - 0.35 - w
  const y = placement.startsWith('top') ? 0.3 : SLIDE.height - 0.3 - h
  return { x, y, w, h }
}

/** `'Segoe UI', Arial, sans-serif` -> `Segoe UI`. */
export function firstFamily(list: string): string {
  const first =
    list
      .split(',')[0]
      ?.trim()
      .replace(/^['"]|['"]$/g, '') ?? ''
  return first === '' || /^(sans-serif|serif|system-ui|monospace)$/i.test(first) ? 'Arial' : first
}

/** `#rgb` / `#rrggbb` -> `rrggbb`, as PowerPoint writes colours. */
function hex(colour: string): string {
  return normaliseHex(colour).slice(1)
}
