/**
 * Readability formulas: LIX for the Scandinavian languages, Flesch reading
 * ease for English and Flesch–Amstad for German.
 */
import { syllable } from 'syllable'
import type { Lang } from '../types.ts'

/** Which formula a language uses. */
export type Formula = 'lix' | 'flesch' | 'amstad'

/** Counts a formula needs. */
export interface TextCounts {
  words: number
  sentences: number
  /** Words of more than six letters (LIX). */
  longWords: number
  syllables: number
}

/**
 * What a score means, in plain words (the words themselves, in six
 * languages, are `band…` in `src/messages/catalogue/coach.ts`): `veryHard`
 * is "very hard, like academic writing".
 */
export type Band = 'veryEasy' | 'easyFiction' | 'easyChildren' | 'medium' | 'plain' | 'fairlyHard' | 'hard' | 'veryHard'

/** A score, what it means, and whether it is acceptable. */
export interface Readability {
  formula: Formula
  score: number
  /** What the score means. */
  band: Band
  hard: boolean
}

/** LIX above this is hard. */
export const MAX_LIX = 50
/** Flesch (and Flesch–Amstad) below this is hard. */
export const MIN_FLESCH = 40

/** The formula used for a language. */
export function formulaFor(lang: Lang): Formula {
  return lang === 'en' ? 'flesch' : lang === 'de' ? 'amstad' : 'lix'
}

/**
 * Syllables of a word: the `syllable` package for English, vowel groups for
 * the other languages (diphthongs such as `ei`, `au`, `eu` are one group).
 */
export function countSyllables(word: string, lang: Lang): number {
  if (lang === 'en') return englishSyllables(word)
  return Math.max(1, word.toLowerCase().match(/[aeiouyäöüåæøéèáà]+/gu)?.length ?? 0)
}

/**
 * Note: `syllable` turns each word into its singular first (through a long
 * list of regular expressions), a few microseconds a word; most words of a
 * text come again, so each word's count is kept. Bounded, so a long run
 * cannot grow it without end.
 */
const SYLLABLE_WORDS = 20_000
const syllables = new Map<string, number>()

function englishSyllables(word: string): number {
  let count = syllables.get(word)
  if (count === undefined) {
    count = Math.max(1, syllable(word))
    if (syllables.size >= SYLLABLE_WORDS) syllables.clear()
    syllables.set(word, count)
  }
  return count
}

/** Letters in a word (LIX counts words of more than six letters). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0
}

/** Score counts with the formula of `lang`. */
export function readability(counts: TextCounts, lang: Lang): Readability {
  const formula = formulaFor(lang)
  const words = Math.max(1, counts.words)
  const perSentence = words / Math.max(1, counts.sentences)
  if (formula === 'lix') {
    const score = Math.round(perSentence + (100 * counts.longWords) / words)
    return { formula, score, band: lixBand(score), hard: score > MAX_LIX }
  }
  const perWord = counts.syllables / words
  const raw = formula === 'flesch' ? 206.835 - 1.015 * perSentence - 84.6 * perWord : 180 - perSentence - 58.5 * perWord
  // Note: the formulas run past 0 and 100 on extreme text; the scale readers know is 0–100.
  const score = Math.max(0, Math.min(100, Math.round(raw)))
  return { formula, score, band: fleschBand(score), hard: score < MIN_FLESCH }
}

function lixBand(score: number): Band {
  if (score < 25) return 'veryEasy'
  if (score < 35) return 'easyFiction'
  if (score < 45) return 'medium'
  if (score < 55) return 'hard'
  return 'veryHard'
}

function fleschBand(score: number): Band {
  if (score >= 80) return 'easyChildren'
  if (score >= 60) return 'plain'
  if (score >= 50) return 'fairlyHard'
  if (score >= 30) return 'hard'
  return 'veryHard'
}
