/**
 * The words of the `storydeck new` template in every language: section
 * headings (ones the parser recognises, see `story/kinds.ts`), the note word,
 * and one short hint per section that the author replaces.
 */
import type { Lang } from '../types.ts'

/** Texts of one language's template. */
export interface TemplateTexts {
  title: string
  organisation: string
  author: string
  lead: string
  from: readonly [heading: string, hint: string]
  fromMore: string
  /** Speaker-notes word, written before a colon (`Note:`). */
  noteWord: string
  note: string
  to: readonly [heading: string, hint: string]
  because: readonly [heading: string, hint: string]
  picture: readonly [heading: string, hint: string]
  roles: readonly [heading: string, hint: string]
  role: readonly [heading: string, hint: string]
  steps: readonly [heading: string, hint: string]
  step: readonly [heading: string, hint: string]
  questions: readonly [heading: string, question: string]
}

/** Template texts per language. */
export const TEMPLATE_TEXTS: Readonly<Record<Lang, TemplateTexts>> = {
  en: {
    title: 'Our vision story',
    organisation: 'Your organisation',
    author: 'Your name',
    lead: 'One or two sentences that open the story: why we meet today.',
    from: ['From', 'Where we are today, in one sentence everyone recognises.'],
    fromMore: 'Add a real example from today below the headline.',
    noteWord: 'Note',
    note: 'Speaker notes start with “Note:” and only show in the speaker view.',
    to: ['To', 'Where we will be, in one courageous sentence.'],
    because: ['Because', 'Why it matters to the people we serve, in one sentence.'],
    picture: ['The picture', 'Describe one ordinary day when we have arrived.'],
    roles: ['What it means for you', 'One `##` heading per team, each with what changes for them.'],
    role: ['Your first team', 'What changes in their daily work.'],
    steps: ['The way there', 'One `##` heading per step, starting with its time.'],
    step: ['2027 — The first step', 'What happens first and who does it.'],
    questions: ['Questions', 'What would you stop doing first?'],
  },
  da: {
    title: 'Vores visionshistorie',
    organisation: 'Jeres organisation',
    author: 'Dit navn',
    lead: 'En eller to sætninger, der åbner historien: hvorfor vi mødes i dag.',
    from: ['Fra', 'Hvor vi er i dag, i én sætning alle kan genkende.'],
    fromMore: 'Tilføj et rigtigt eksempel fra i dag under overskriften.',
    noteWord: 'Noter',
    note: 'Talenoter starter med “Noter:” og vises kun i talervisningen.',
    to: ['Til', 'Hvor vi vil være, i én modig sætning.'],
    because: ['Fordi', 'Hvorfor det betyder noget for dem, vi er her for, i én sætning.'],
    picture: ['Billedet', 'Beskriv en helt almindelig dag, når vi er nået frem.'],
    roles: ['Hvad det betyder for dig', 'Én `##`-overskrift per team, hver med det, der ændrer sig for dem.'],
    role: ['Jeres første team', 'Hvad der ændrer sig i deres hverdag.'],
    steps: ['Vejen dertil', 'Én `##`-overskrift per skridt, der starter med tidspunktet.'],
    step: ['2027 — Det første skridt', 'Hvad der sker først, og hvem der gør det.'],
    questions: ['Spørgsmål', 'Hvad ville du holde op med først?'],
  },
  nb: {
    title: 'Vår visjonshistorie',
    organisation: 'Organisasjonen deres',
    author: 'Navnet ditt',
    lead: 'En eller to setninger som åpner historien: hvorfor vi møtes i dag.',
    from: ['Fra', 'Hvor vi er i dag, i én setning alle kjenner igjen.'],
    fromMore: 'Legg til et ekte eksempel fra i dag under overskriften.',
    noteWord: 'Notater',
    note: 'Talenotater starter med «Notater:» og vises bare i foredragsvisningen.',
    to: ['Til', 'Hvor vi skal være, i én modig setning.'],
    because: ['Fordi', 'Hvorfor det betyr noe for dem vi er til for, i én setning.'],
    picture: ['Bildet', 'Beskriv en helt vanlig dag når vi er framme.'],
    roles: ['Hva det betyr for deg', 'Én `##`-overskrift per team, hver med det som endrer seg for dem.'],
    role: ['Det første teamet', 'Hva som endrer seg i hverdagen deres.'],
    steps: ['Veien dit', 'Én `##`-overskrift per steg, som starter med tidspunktet.'],
    step: ['2027 — Det første steget', 'Hva som skjer først, og hvem som gjør det.'],
    questions: ['Spørsmål', 'Hva ville du sluttet med først?'],
  },
  nn: {
    title: 'Visjonssoga vår',
    organisation: 'Organisasjonen dykkar',
    author: 'Namnet ditt',
    lead: 'Ei eller to setningar som opnar soga: kvifor vi møtest i dag.',
    from: ['Frå', 'Kvar vi er i dag, i éi setning alle kjenner att.'],
    fromMore: 'Legg til eit ekte døme frå i dag under overskrifta.',
    noteWord: 'Notatar',
    note: 'Talenotatar byrjar med «Notatar:» og blir berre viste i foredragsvisinga.',
    to: ['Til', 'Kvar vi skal vere, i éi modig setning.'],
    because: ['Fordi', 'Kvifor det betyr noko for dei vi er til for, i éi setning.'],
    picture: ['Bildet', 'Skildre ein heilt vanleg dag når vi er framme.'],
    roles: ['Kva det betyr for deg', 'Éi `##`-overskrift per team, kvar med det som endrar seg for dei.'],
    role: ['Det første teamet', 'Kva som endrar seg i kvardagen deira.'],
    steps: ['Vegen dit', 'Éi `##`-overskrift per steg, som byrjar med tidspunktet.'],
    step: ['2027 — Det første steget', 'Kva som skjer først, og kven som gjer det.'],
    questions: ['Spørsmål', 'Kva ville du slutta med først?'],
  },
  sv: {
    title: 'Vår visionsberättelse',
    organisation: 'Er organisation',
    author: 'Ditt namn',
    lead: 'En eller två meningar som öppnar berättelsen: varför vi ses i dag.',
    from: ['Från', 'Var vi är i dag, i en mening som alla känner igen.'],
    fromMore: 'Lägg till ett verkligt exempel från i dag under rubriken.',
    noteWord: 'Anteckningar',
    note: 'Talaranteckningar börjar med ”Anteckningar:” och visas bara i talarvyn.',
    to: ['Till', 'Var vi ska vara, i en modig mening.'],
    because: ['Därför att', 'Varför det betyder något för dem vi finns till för, i en mening.'],
    picture: ['Bilden', 'Beskriv en helt vanlig dag när vi har kommit fram.'],
    roles: ['Vad det betyder för dig', 'En `##`-rubrik per team, var och en med det som ändras för dem.'],
    role: ['Ert första team', 'Vad som ändras i deras vardag.'],
    steps: ['Vägen dit', 'En `##`-rubrik per steg, som börjar med tidpunkten.'],
    step: ['2027 — Det första steget', 'Vad som händer först och vem som gör det.'],
    questions: ['Frågor', 'Vad skulle du sluta med först?'],
  },
  de: {
    title: 'Unsere Visionsgeschichte',
    organisation: 'Ihre Organisation',
    author: 'Ihr Name',
    lead: 'Ein oder zwei Sätze, die die Geschichte eröffnen: warum wir uns heute treffen.',
    from: ['Von', 'Wo wir heute stehen, in einem Satz, den alle wiedererkennen.'],
    fromMore: 'Fügen Sie unter der Überschrift ein echtes Beispiel von heute hinzu.',
    noteWord: 'Notizen',
    note: 'Sprechernotizen beginnen mit „Notizen:“ und erscheinen nur in der Referentenansicht.',
    to: ['Zu', 'Wo wir sein werden, in einem mutigen Satz.'],
    because: ['Weil', 'Warum es für die Menschen zählt, für die wir da sind, in einem Satz.'],
    picture: ['Das Bild', 'Beschreiben Sie einen ganz normalen Tag, wenn wir angekommen sind.'],
    roles: ['Was es für dich bedeutet', 'Eine `##`-Überschrift pro Team, jeweils mit dem, was sich für es ändert.'],
    role: ['Ihr erstes Team', 'Was sich in seinem Arbeitsalltag ändert.'],
    steps: ['Der Weg dorthin', 'Eine `##`-Überschrift pro Schritt, die mit dem Zeitpunkt beginnt.'],
    step: ['2027 — Der erste Schritt', 'Was zuerst geschieht und wer es tut.'],
    questions: ['Fragen', 'Womit würden Sie zuerst aufhören?'],
  },
}

/** The example texts of the template, in every language, that an author is meant to replace. */
export interface TemplateExamples {
  /** Frontmatter values as the template writes them (`title` only when no title was given). */
  keys: Readonly<Record<'title' | 'organisation' | 'author', ReadonlySet<string>>>
  /**
   * Paragraphs (notes included) and `##` headings, as Markdown without the
   * heading's `#`s. The template's question is left out: it is a fair question
   * to keep.
   */
  blocks: ReadonlySet<string>
}

/** {@link TemplateExamples} of every language. */
export const TEMPLATE_EXAMPLES: Readonly<TemplateExamples> = (() => {
  const all = Object.values(TEMPLATE_TEXTS)
  return {
    keys: {
      title: new Set(all.map((t) => t.title)),
      organisation: new Set(all.map((t) => t.organisation)),
      author: new Set(all.map((t) => t.author)),
    },
    blocks: new Set(
      all.flatMap((t) => [
        t.lead,
        t.from[1],
        t.fromMore,
        `${t.noteWord}: ${t.note}`,
        t.to[1],
        t.because[1],
        t.picture[1],
        t.roles[1],
        ...t.role,
        t.steps[1],
        ...t.step,
      ]),
    ),
  }
})()
