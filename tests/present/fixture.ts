/**
 * A small project with one story for the town hall tests: notes and later
 * slides carry marker words, so a test can prove they never reach a phone.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Words only in speaker notes. */
export const NOTE_MARKER = 'NOTEMARKER-keep-this-private'
/** Words only on the last content slide. */
export const LATER_MARKER = 'LATERMARKER-not-yet'

export const STORY = `---
title: Live test talk
lang: en
---

We open with the title.

Note: ${NOTE_MARKER} on the title slide.

# From

Claims wait for weeks.

Note: ${NOTE_MARKER} in the from section.

# To

One person answers every claim the same day.

# Because

Customers told us so.

# The picture

## First look

Every claim has one owner.

## Second look

${LATER_MARKER} appears only here.
`

/** Words only on the last content slide of the Danish version. */
export const DANISH_LATER_MARKER = 'SENEREMARKOER-ikke-endnu'
/** The Danish version's text of the "because" slide (the fourth) and of the first picture slide (the fifth). */
export const DANISH_BECAUSE = 'Kunderne bad os om det.'
export const DANISH_PICTURE = 'Hver skade har én ejer.'

/** The Danish version of {@link STORY} (`stories/live.da.md`). */
export const DANISH_STORY = `---
title: Direkte testtale
lang: da
---

Vi begynder med titlen.

Note: ${NOTE_MARKER} på titeldiaset.

# Fra

Skader venter i ugevis.

# Til

Én person svarer på hver skade samme dag.

# Fordi

${DANISH_BECAUSE}

# Billedet

## Første blik

${DANISH_PICTURE}

## Andet blik

${DANISH_LATER_MARKER} står kun her.
`

/**
 * Make a temporary project; returns its folder.
 *
 * @param options.danish also write the Danish version `stories/live.da.md`.
 */
export async function makeProject(options: { danish?: boolean } = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'storydeck-townhall-'))
  await mkdir(path.join(root, 'stories'))
  await writeFile(path.join(root, 'stories', 'live.md'), STORY)
  if (options.danish === true) await writeFile(path.join(root, 'stories', 'live.da.md'), DANISH_STORY)
  await writeFile(path.join(root, 'stories', 'other.md'), STORY.replace('Live test talk', 'Other'))
  return root
}
