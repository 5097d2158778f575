/**
 * Words of the story health page (`storydeck lint --format html`), per
 * language.
 */
import type { Lang } from '../types.ts'

/** Every text the health page prints. */
export interface HealthLabels {
  /** Page title. */
  title: string
  /** Short explanation under the title. */
  intro: string
  /** "Work here first". */
  workFirst: string
  /** "Nothing urgent: every section reads well." */
  allGood: string
  /** "Readability" heading of a section's bar. */
  readability: string
  /** "LIX, lower is easier; aim for {target} or lower." and the Flesch variants. */
  lixTarget: string
  fleschTarget: string
  amstadTarget: string
  /** "Too few words to score." */
  tooShort: string
  /** "Longest sentences". */
  longest: string
  /** "{n} words". */
  words: string
  /** "limit {n}". */
  limit: string
  /** "Headlines". */
  headlines: string
  /** "Findings". */
  findings: string
  /** "No findings." */
  none: string
  /** "Before the first section". */
  general: string
  /** Severity names. */
  error: string
  warning: string
  info: string
  /** "line". */
  line: string
}

const en: HealthLabels = {
  title: 'How the story reads',
  intro:
    'Each section: how easy it is to read against the target, its longest sentences and what the coach found. Start where it says “Work here first”.',
  workFirst: 'Work here first',
  allGood: 'Nothing urgent: every section reads well.',
  readability: 'Readability',
  lixTarget: 'LIX, lower is easier: aim for {target} or lower',
  fleschTarget: 'Flesch reading ease, higher is easier: aim for {target} or higher',
  amstadTarget: 'Flesch–Amstad, higher is easier: aim for {target} or higher',
  tooShort: 'Too few words to score.',
  longest: 'Longest sentences',
  words: '{n} words',
  limit: 'limit {n}',
  headlines: 'Headlines',
  findings: 'Findings',
  none: 'No findings.',
  general: 'Whole story',
  error: 'error',
  warning: 'warning',
  info: 'hint',
  line: 'line',
}

const da: HealthLabels = {
  title: 'Sådan læses historien',
  intro:
    'For hvert afsnit: hvor let det er at læse i forhold til målet, de længste sætninger og hvad coachen fandt. Begynd der, hvor der står “Start her”.',
  workFirst: 'Start her',
  allGood: 'Intet haster: alle afsnit læses godt.',
  readability: 'Læsbarhed',
  lixTarget: 'LIX, lavere er lettere: sigt efter {target} eller lavere',
  fleschTarget: 'Flesch, højere er lettere: sigt efter {target} eller højere',
  amstadTarget: 'Flesch–Amstad, højere er lettere: sigt efter {target} eller højere',
  tooShort: 'For få ord til en vurdering.',
  longest: 'Længste sætninger',
  words: '{n} ord',
  limit: 'grænse {n}',
  headlines: 'Overskrifter',
  findings: 'Fund',
  none: 'Ingen fund.',
  general: 'Hele historien',
  error: 'fejl',
  warning: 'advarsel',
  info: 'tip',
  line: 'linje',
}

const nb: HealthLabels = {
  title: 'Slik leses historien',
  intro:
    'For hver del: hvor lett den er å lese sammenlignet med målet, de lengste setningene og hva coachen fant. Begynn der det står «Start her».',
  workFirst: 'Start her',
  allGood: 'Ingenting haster: alle delene leses godt.',
  readability: 'Lesbarhet',
  lixTarget: 'LIX, lavere er lettere: sikt mot {target} eller lavere',
  fleschTarget: 'Flesch, høyere er lettere: sikt mot {target} eller høyere',
  amstadTarget: 'Flesch–Amstad, høyere er lettere: sikt mot {target} eller høyere',
  tooShort: 'For få ord til å måle.',
  longest: 'Lengste setninger',
  words: '{n} ord',
  limit: 'grense {n}',
  headlines: 'Hovedsetninger',
  findings: 'Funn',
  none: 'Ingen funn.',
  general: 'Hele historien',
  error: 'feil',
  warning: 'advarsel',
  info: 'tips',
  line: 'linje',
}

const nn: HealthLabels = {
  title: 'Slik blir historia lesen',
  intro:
    'For kvar del: kor lett ho er å lese samanlikna med målet, dei lengste setningane og kva coachen fann. Byrj der det står «Start her».',
  workFirst: 'Start her',
  allGood: 'Ingenting hastar: alle delane er lette å lese.',
  readability: 'Lesbarheit',
  lixTarget: 'LIX, lågare er lettare: sikt mot {target} eller lågare',
  fleschTarget: 'Flesch, høgare er lettare: sikt mot {target} eller høgare',
  amstadTarget: 'Flesch–Amstad, høgare er lettare: sikt mot {target} eller høgare',
  tooShort: 'For få ord til å måle.',
  longest: 'Lengste setningar',
  words: '{n} ord',
  limit: 'grense {n}',
  headlines: 'Hovudsetningar',
  findings: 'Funn',
  none: 'Ingen funn.',
  general: 'Heile historia',
  error: 'feil',
  warning: 'åtvaring',
  info: 'tips',
  line: 'linje',
}

const sv: HealthLabels = {
  title: 'Så läses berättelsen',
  intro:
    'För varje avsnitt: hur lätt det är att läsa jämfört med målet, de längsta meningarna och vad coachen hittade. Börja där det står ”Börja här”.',
  workFirst: 'Börja här',
  allGood: 'Inget brådskar: alla avsnitt är lätta att läsa.',
  readability: 'Läsbarhet',
  lixTarget: 'LIX, lägre är lättare: sikta på {target} eller lägre',
  fleschTarget: 'Flesch, högre är lättare: sikta på {target} eller högre',
  amstadTarget: 'Flesch–Amstad, högre är lättare: sikta på {target} eller högre',
  tooShort: 'För få ord för att mäta.',
  longest: 'Längsta meningarna',
  words: '{n} ord',
  limit: 'gräns {n}',
  headlines: 'Rubrikmeningar',
  findings: 'Fynd',
  none: 'Inga fynd.',
  general: 'Hela berättelsen',
  error: 'fel',
  warning: 'varning',
  info: 'tips',
  line: 'rad',
}

const de: HealthLabels = {
  title: 'Wie sich die Geschichte liest',
  intro:
    'Für jeden Abschnitt: wie leicht er sich liest, gemessen am Ziel, die längsten Sätze und was der Coach gefunden hat. Beginnen Sie dort, wo „Hier zuerst“ steht.',
  workFirst: 'Hier zuerst',
  allGood: 'Nichts Dringendes: Alle Abschnitte lesen sich gut.',
  readability: 'Lesbarkeit',
  lixTarget: 'LIX, niedriger ist leichter: Ziel {target} oder weniger',
  fleschTarget: 'Flesch, höher ist leichter: Ziel {target} oder mehr',
  amstadTarget: 'Flesch–Amstad, höher ist leichter: Ziel {target} oder mehr',
  tooShort: 'Zu wenige Wörter für eine Messung.',
  longest: 'Längste Sätze',
  words: '{n} Wörter',
  limit: 'Grenze {n}',
  headlines: 'Kernsätze',
  findings: 'Hinweise des Coachs',
  none: 'Keine Hinweise.',
  general: 'Ganze Geschichte',
  error: 'Fehler',
  warning: 'Warnung',
  info: 'Hinweis',
  line: 'Zeile',
}

/** The health page's words, per language. */
export const HEALTH_LABELS: Readonly<Record<Lang, Readonly<HealthLabels>>> = Object.freeze({ en, da, nb, nn, sv, de })
