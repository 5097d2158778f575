/**
 * One planned slide -> shapes and text boxes on a PowerPoint slide, in the
 * deck's order and with its words: statements big, roles as a grid of
 * cards, steps as a timeline of shapes, images placed beside the text.
 */
import type { PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { PptxSlide } from './pptxgen.ts'
import { formatDate, type Labels } from '../i18n/labels.ts'
import { roleGridColumns, slideLabel, type SlidePlan } from '../render/deck-plan.ts'
import type { ThemeColours } from '../themes/theme.ts'
import type { Slide, SpineKind, Story } from '../types.ts'
import { blockRuns, inlineRuns, plainRuns, type Run, type RunStyle } from './text.ts'

/** Slide size in inches (16:9, PowerPoint's widescreen). */
export const SLIDE = Object.freeze({ width: 13.333, height: 7.5 })

const MARGIN = 0.7
const CONTENT_TOP = 1.75
const BOTTOM = SLIDE.height - 0.7

/** An image ready to place: bytes as a data URL and its pixel size. */
export interface PlacedImage {
  /** `image/png;base64,…` as pptxgenjs takes it. */
  data: string
  width: number
  height: number
}

/** What every layout needs besides its plan. */
export interface LayoutContext {
  story: Story
  labels: Labels
  /** Colours as `rrggbb` (no `#`). */
  colours: Readonly<Record<keyof ThemeColours, string>>
  fonts: { body: string; heading: string }
  lang: string
  /** Story image URL -> image, when it can be placed. */
  images: ReadonlyMap<string, PlacedImage>
  /** Kickers move right when the logo sits top-left. */
  kickerX: number
}

const SPINE: readonly SpineKind[] = ['from', 'to', 'because']

/** Draw one planned slide. */
export function drawSlide(slide: PptxSlide, plan: SlidePlan, context: LayoutContext): void {
  switch (plan.type) {
    case 'title':
      return drawTitle(slide, context)
    case 'statement':
      return drawStatement(slide, plan.spine, plan.section.headline?.node.children ?? [], context)
    case 'content': {
      const kicker = plan.section.kind === 'chapter' ? plan.section.title : context.labels.kinds[plan.section.kind]
      return drawContent(slide, kicker, plan.slide, context)
    }
    case 'roles':
      return drawRoles(slide, plan.slides, context)
    case 'timeline':
      return drawTimeline(slide, plan.slides, context)
    case 'closing':
      return drawClosing(slide, context)
  }
}

function style(context: LayoutContext, size: number, colour: string, heading = false): RunStyle {
  return {
    lang: context.lang,
    fontSize: size,
    color: colour,
    fontFace: heading ? context.fonts.heading : context.fonts.body,
  }
}

function kicker(slide: PptxSlide, text: string, context: LayoutContext): void {
  if (text === '') return
  slide.addText(plainRuns(text.toUpperCase(), { ...style(context, 16, context.colours.accent), bold: true }), {
    x: context.kickerX,
    y: 0.45,
    w: SLIDE.width - context.kickerX - 2.4,
    h: 0.45,
    margin: 0,
    charSpacing: 1,
  })
}

function drawTitle(slide: PptxSlide, context: LayoutContext): void {
  const { meta } = context.story
  const { colours } = context
  const width = SLIDE.width - 2 * MARGIN
  if (meta.organisation) kicker(slide, meta.organisation, context)
  slide.addShape('rect', {
    x: MARGIN,
    y: 1.55,
    w: 1.2,
    h: 0.08,
    fill: { color: colours.accent },
    line: { color: colours.accent, width: 0 },
  })
  slide.addText(
    plainRuns(meta.title, { ...style(context, meta.title.length > 48 ? 36 : 48, colours.primary, true), bold: true }),
    {
      x: MARGIN,
      y: 1.8,
      w: width,
      h: 1.9,
      margin: 0,
      valign: 'top',
      fit: 'shrink',
    },
  )
  let y = 3.8
  if (meta.subtitle) {
    slide.addText(plainRuns(meta.subtitle, style(context, 26, colours.muted)), {
      x: MARGIN,
      y,
      w: width,
      h: 0.6,
      margin: 0,
      fit: 'shrink',
    })
    y += 0.75
  }
  if (context.story.lead.length > 0) {
    slide.addText(blockRuns(context.story.lead, style(context, 20, colours.text)), {
      x: MARGIN,
      y,
      w: width * 0.8,
      h: 5.9 - y,
      margin: 0,
      valign: 'top',
      fit: 'shrink',
    })
  }
  const byline = [
    [meta.author, meta.role].filter(Boolean).join(', '),
    meta.date === undefined ? '' : formatDate(meta.date, meta.lang),
  ].filter(Boolean)
  if (byline.length > 0) {
    const runs = byline.map(
      (line, index): Run => ({
        text: line,
        options: {
          lang: context.lang,
          fontSize: 16,
          color: colours.muted,
          fontFace: context.fonts.body,
          breakLine: index < byline.length - 1,
        },
      }),
    )
    slide.addText(runs, {
      x: MARGIN,
      y: 6.0,
      w: width,
      h: 0.8,
      margin: 0,
      valign: 'bottom',
    })
  }
}

function drawStatement(
  slide: PptxSlide,
  spine: SpineKind,
  headline: readonly PhrasingContent[],
  context: LayoutContext,
): void {
  const { colours, labels } = context
  const trail: Run[] = SPINE.flatMap((kind, index) => [
    ...(index > 0 ? [{ text: '   →   ', options: { lang: context.lang, fontSize: 16, color: colours.muted } }] : []),
    {
      text: labels.kinds[kind],
      options: {
        lang: context.lang,
        fontSize: 16,
        bold: kind === spine,
        color: kind === spine ? colours.accent : colours.muted,
      },
    },
  ])
  slide.addText(trail, { x: context.kickerX, y: 0.45, w: 8, h: 0.45, margin: 0, fontFace: context.fonts.body })
  slide.addText(plainRuns(labels.kinds[spine], { ...style(context, 28, colours.accent, true), bold: true }), {
    x: MARGIN,
    y: 1.6,
    w: 6,
    h: 0.6,
    margin: 0,
  })
  const words = inlineRuns(headline, { ...style(context, 0, colours.primary, true), bold: true })
  const length = words.reduce((sum, run) => sum + (run.text ?? '').length, 0)
  const size = length <= 90 ? 44 : length <= 160 ? 38 : length <= 260 ? 32 : 26
  slide.addText(
    words.map((run) => ({ ...run, options: { ...run.options, fontSize: size } })),
    {
      x: MARGIN,
      y: 2.35,
      w: SLIDE.width - 2 * MARGIN - 0.6,
      h: BOTTOM - 2.35,
      margin: 0,
      valign: 'top',
      fit: 'shrink',
      lineSpacingMultiple: 1.05,
    },
  )
}

function drawContent(slide: PptxSlide, label: string, content: Slide, context: LayoutContext): void {
  const { colours } = context
  kicker(slide, label, context)
  const heading = slideLabel(content)
  let top = 1.1
  if (heading !== '') {
    slide.addText(
      plainRuns(heading, { ...style(context, heading.length > 60 ? 28 : 34, colours.primary, true), bold: true }),
      {
        x: MARGIN,
        y: 1.0,
        w: SLIDE.width - 2 * MARGIN,
        h: 0.95,
        margin: 0,
        valign: 'top',
        fit: 'shrink',
      },
    )
    top = CONTENT_TOP + 0.25
  }
  const images = collectImages(content.body).flatMap((url) => {
    const image = context.images.get(url)
    return image === undefined ? [] : [image]
  })
  const text = content.body.reduce((sum, node) => sum + (node.type === 'image' ? 0 : toString(node).length), 0)
  const runs = blockRuns(content.body, style(context, bodySize(text, images.length > 0, heading === ''), colours.text))
  const hasText = runs.some((run) => (run.text ?? '').trim() !== '')
  const textWidth = images.length > 0 ? (hasText ? 6.9 : 0) : SLIDE.width - 2 * MARGIN
  if (hasText) {
    slide.addText(runs, {
      x: MARGIN,
      y: top,
      w: textWidth,
      h: BOTTOM - top,
      margin: 0,
      valign: 'top',
      fit: 'shrink',
      paraSpaceAfter: 8,
    })
  }
  if (images.length > 0) {
    const left = hasText ? MARGIN + textWidth + 0.4 : MARGIN
    placeImages(slide, images, { x: left, y: top, w: SLIDE.width - MARGIN - left, h: BOTTOM - top }, !hasText)
  }
}

function drawRoles(slide: PptxSlide, roles: readonly Slide[], context: LayoutContext): void {
  const { colours } = context
  kicker(slide, context.labels.kinds.roles, context)
  const columns = roleGridColumns(roles.length)
  const rows = Math.ceil(roles.length / columns)
  const gap = 0.3
  const top = 1.2
  const width = (SLIDE.width - 2 * MARGIN - gap * (columns - 1)) / columns
  // Note: one row of cards is kept to a card's height, not stretched down the slide.
  const height = rows === 1 ? Math.min(3.6, BOTTOM - top) : (BOTTOM - top - gap * (rows - 1)) / rows
  const longest = Math.max(...roles.map((role) => role.body.reduce((sum, node) => sum + toString(node).length, 0)))
  const size = rows > 1 ? (longest > 200 ? 15 : 18) : longest > 260 ? 16 : 20
  roles.forEach((role, index) => {
    const x = MARGIN + (index % columns) * (width + gap)
    const y = top + Math.floor(index / columns) * (height + gap)
    const name = plainRuns(slideLabel(role), { ...style(context, size + 5, colours.primary, true), bold: true })
    const body = blockRuns(role.body, style(context, size, colours.text))
    slide.addText([...name.map((run) => ({ ...run, options: { ...run.options, paraSpaceAfter: 6 } })), ...body], {
      shape: 'roundRect',
      rectRadius: 0.12,
      x,
      y,
      w: width,
      h: height,
      fill: { color: colours.surface },
      line: { color: colours.surface, width: 0 },
      margin: 14,
      valign: 'top',
      fit: 'shrink',
    })
    slide.addShape('rect', {
      x,
      y: y + 0.18,
      w: 0.07,
      h: 0.5,
      fill: { color: colours.accent },
      line: { color: colours.accent, width: 0 },
    })
  })
}

function drawTimeline(slide: PptxSlide, steps: readonly Slide[], context: LayoutContext): void {
  const { colours } = context
  kicker(slide, context.labels.kinds.steps, context)
  const count = Math.max(steps.length, 1)
  const gap = 0.35
  const width = (SLIDE.width - 2 * MARGIN - gap * (count - 1)) / count
  const lineY = 2.35
  slide.addShape('line', {
    x: MARGIN,
    y: lineY,
    w: SLIDE.width - 2 * MARGIN,
    h: 0,
    line: { color: colours.accent, width: 3 },
  })
  const longest = Math.max(...steps.map((step) => step.body.reduce((sum, node) => sum + toString(node).length, 0)))
  const size = count >= 4 ? (longest > 150 ? 14 : 16) : longest > 250 ? 16 : 19
  steps.forEach((step, index) => {
    const x = MARGIN + index * (width + gap)
    slide.addText(plainRuns(step.time ?? '', { ...style(context, 22, colours.accent, true), bold: true }), {
      x,
      y: 1.3,
      w: width,
      h: 0.7,
      margin: 0,
      valign: 'bottom',
      fit: 'shrink',
    })
    slide.addShape('ellipse', {
      x,
      y: lineY - 0.14,
      w: 0.28,
      h: 0.28,
      fill: { color: colours.accent },
      line: { color: colours.background, width: 2 },
    })
    const title =
      step.title === undefined
        ? []
        : plainRuns(step.title, { ...style(context, size + 3, colours.primary, true), bold: true })
    const body = blockRuns(step.body, style(context, size, colours.text))
    slide.addText([...title.map((run) => ({ ...run, options: { ...run.options, paraSpaceAfter: 6 } })), ...body], {
      x,
      y: lineY + 0.4,
      w: width,
      h: BOTTOM - lineY - 0.4,
      margin: 0,
      valign: 'top',
      fit: 'shrink',
    })
  })
}

function drawClosing(slide: PptxSlide, context: LayoutContext): void {
  const { story, labels, colours } = context
  kicker(slide, story.meta.organisation ?? '', context)
  slide.addText(plainRuns(story.meta.title, { ...style(context, 32, colours.primary, true), bold: true }), {
    x: MARGIN,
    y: 1.0,
    w: SLIDE.width - 2 * MARGIN,
    h: 0.9,
    margin: 0,
    fit: 'shrink',
  })
  const columns = SPINE.flatMap((kind) => {
    const headline = story.spine[kind]?.headline
    return headline ? [{ label: labels.kinds[kind], text: headline.text }] : []
  })
  const glossary = Object.entries(story.meta.glossary)
  const gap = 0.35
  const width = (SLIDE.width - 2 * MARGIN - gap * (columns.length - 1)) / Math.max(columns.length, 1)
  const bottom = glossary.length > 0 ? 5.6 : BOTTOM
  const longest = Math.max(0, ...columns.map((column) => column.text.length))
  const size = longest > 180 ? 16 : longest > 100 ? 19 : 22
  columns.forEach((column, index) => {
    const x = MARGIN + index * (width + gap)
    slide.addShape('rect', {
      x,
      y: 2.2,
      w: width,
      h: 0.07,
      fill: { color: colours.accent },
      line: { color: colours.accent, width: 0 },
    })
    slide.addText(
      [
        {
          text: column.label.toUpperCase(),
          options: {
            lang: context.lang,
            fontSize: 16,
            bold: true,
            color: colours.accent,
            fontFace: context.fonts.body,
            breakLine: true,
            paraSpaceAfter: 8,
          },
        },
        ...plainRuns(column.text, style(context, size, colours.text, true)).map((run) => ({
          ...run,
          options: { ...run.options, breakLine: false },
        })),
      ],
      { x, y: 2.4, w: width, h: bottom - 2.5, margin: 0, valign: 'top', fit: 'shrink' },
    )
  })
  if (glossary.length > 0) {
    const runs: Run[] = [
      { text: `${labels.glossary}: `, options: { lang: context.lang, bold: true, color: colours.muted, fontSize: 13 } },
    ]
    glossary.forEach(([term, meaning], index) => {
      runs.push({ text: term, options: { lang: context.lang, bold: true, color: colours.text, fontSize: 13 } })
      runs.push({
        text: ` ${meaning}${index < glossary.length - 1 ? ' · ' : ''}`,
        options: { lang: context.lang, color: colours.text, fontSize: 13 },
      })
    })
    slide.addText(runs, {
      x: MARGIN,
      y: 5.8,
      w: SLIDE.width - 2 * MARGIN,
      h: BOTTOM - 5.8,
      margin: 0,
      valign: 'top',
      fontFace: context.fonts.body,
      fit: 'shrink',
    })
  }
}

/** Lay images out in a box, side by side (or stacked when the box is tall), each scaled to fit. */
function placeImages(
  slide: PptxSlide,
  images: readonly PlacedImage[],
  box: { x: number; y: number; w: number; h: number },
  sideBySide: boolean,
): void {
  const gap = 0.25
  const count = images.length
  images.forEach((image, index) => {
    const cell = sideBySide
      ? {
          x: box.x + index * ((box.w - gap * (count - 1)) / count + gap),
          y: box.y,
          w: (box.w - gap * (count - 1)) / count,
          h: box.h,
        }
      : {
          x: box.x,
          y: box.y + index * ((box.h - gap * (count - 1)) / count + gap),
          w: box.w,
          h: (box.h - gap * (count - 1)) / count,
        }
    const scale = Math.min(cell.w / image.width, cell.h / image.height)
    const w = image.width * scale
    const h = image.height * scale
    slide.addImage({ data: image.data, x: cell.x + (cell.w - w) / 2, y: cell.y, w, h })
  })
}

function collectImages(nodes: readonly RootContent[]): string[] {
  const urls: string[] = []
  const walk = (node: RootContent): void => {
    if (node.type === 'image') urls.push(node.url)
    else if ('children' in node) for (const child of node.children as RootContent[]) walk(child)
  }
  for (const node of nodes) walk(node)
  return urls
}

/** Body text size by amount of text: a short paragraph alone on a slide is set large, as on the deck. */
function bodySize(characters: number, withImage: boolean, alone: boolean): number {
  const budget = withImage ? characters * 1.8 : characters
  if (alone && budget <= 240) return 32
  if (budget <= 250) return 26
  if (budget <= 500) return 22
  if (budget <= 900) return 18
  return 15
}
