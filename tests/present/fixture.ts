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

/** Make a temporary project; returns its folder. */
export async function makeProject(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'storydeck-townhall-'))
  await mkdir(path.join(root, 'stories'))
  await writeFile(path.join(root, 'stories', 'live.md'), STORY)
  await writeFile(path.join(root, 'stories', 'other.md'), STORY.replace('Live test talk', 'Other'))
  return root
}
