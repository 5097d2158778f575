/**
 * A small, clean story per language, and a way to swap one part of it for a
 * rule's not-ok case. Layout (body from line 6): `# From` 6, headline 8,
 * `# To` 10, headline 12, `# Because` 14, headline 16, roles heading 18,
 * `##` role 20, role text 21, then any extra text from line 23.
 */
import type { Lang } from '../../src/types.ts'
import { LANGS } from '../../src/types.ts'

/** The parts of a base story. */
export interface Base {
  from: string
  fromText: string
  to: string
  toText: string
  because: string
  becauseText: string
  roles: string
  role: string
  roleText: string
}

export const BASE: Readonly<Record<Lang, Base>> = {
  en: {
    from: 'From',
    fromText: 'Every claim waits in the same queue.',
    to: 'To',
    toText: 'Customers get an answer to simple claims within a day.',
    because: 'Because',
    becauseText: 'People in trouble need a person.',
    roles: 'What it means for you',
    role: 'Claims handlers',
    roleText: 'More time with the customers who need you.',
  },
  da: {
    from: 'Fra',
    fromText: 'Alle skader venter i den samme kø.',
    to: 'Til',
    toText: 'Kunderne får svar på enkle skader inden for en dag.',
    because: 'Fordi',
    becauseText: 'Mennesker i knibe har brug for et menneske.',
    roles: 'Hvad det betyder for dig',
    role: 'Skadebehandlere',
    roleText: 'Mere tid til de kunder, der har brug for dig.',
  },
  nb: {
    from: 'Fra',
    fromText: 'Alle skader venter i den samme køen.',
    to: 'Til',
    toText: 'Kundene får svar på enkle skader innen en dag.',
    because: 'Fordi',
    becauseText: 'Folk i trøbbel trenger et menneske.',
    roles: 'Hva det betyr for deg',
    role: 'Skadebehandlere',
    roleText: 'Mer tid til kundene som trenger deg.',
  },
  nn: {
    from: 'Frå',
    fromText: 'Alle skadar ventar i den same køen.',
    to: 'Til',
    toText: 'Kundane får svar på enkle skadar innan ein dag.',
    because: 'Fordi',
    becauseText: 'Folk i trøbbel treng eit menneske.',
    roles: 'Kva det betyr for deg',
    role: 'Skadehandsamarar',
    roleText: 'Meir tid til kundane som treng deg.',
  },
  sv: {
    from: 'Från',
    fromText: 'Alla skador väntar i samma kö.',
    to: 'Till',
    toText: 'Kunderna får svar på enkla skador inom en dag.',
    because: 'Därför att',
    becauseText: 'Människor i knipa behöver en människa.',
    roles: 'Vad det betyder för dig',
    role: 'Skadehandläggare',
    roleText: 'Mer tid för kunderna som behöver dig.',
  },
  de: {
    from: 'Von',
    fromText: 'Jeder Schaden wartet in derselben Schlange.',
    to: 'Zu',
    toText: 'Kunden bekommen bei einfachen Schäden innerhalb eines Tages eine Antwort.',
    because: 'Weil',
    becauseText: 'Menschen in Not brauchen einen Menschen.',
    roles: 'Was es für dich bedeutet',
    role: 'Sachbearbeitung',
    roleText: 'Mehr Zeit für die Kunden, die dich brauchen.',
  },
}

/** Compose a story in `lang`, with parts replaced and extra Markdown appended. */
export function compose(
  lang: Lang,
  change: Partial<Base> & { extra?: string; frontmatter?: string; withoutRoles?: boolean } = {},
): string {
  const part = { ...BASE[lang], ...change }
  const roles = change.withoutRoles ? [] : [`# ${part.roles}`, '', `## ${part.role}`, part.roleText, '']
  return [
    '---',
    'title: Test',
    `lang: ${lang}`,
    ...(change.frontmatter ? [change.frontmatter] : []),
    '---',
    '',
    `# ${part.from}`,
    '',
    part.fromText,
    '',
    `# ${part.to}`,
    '',
    part.toText,
    '',
    `# ${part.because}`,
    '',
    part.becauseText,
    '',
    ...roles,
    ...(change.extra ? [change.extra.trim(), ''] : []),
  ].join('\n')
}

export { LANGS }
