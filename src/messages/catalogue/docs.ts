/**
 * The words of the generated messages documentation (`docs/messages/<lang>.md`).
 */
import { defineLines } from '../entry.ts'

/** Lines of the messages documentation pages. */
export const docsLines = defineLines({
  title: {
    en: 'storydeck’s messages',
    da: 'storydecks meddelelser',
    nb: 'Meldingene fra storydeck',
    nn: 'Meldingane frå storydeck',
    sv: 'Meddelanden från storydeck',
    de: 'Die Meldungen von storydeck',
  },
  generated: {
    en: 'Made from the message catalogue (`src/messages/`) by `npm run docs`; do not edit by hand.',
    da: 'Lavet ud fra meddelelseskataloget (`src/messages/`) med `npm run docs`; ret ikke i hånden.',
    nb: 'Laget fra meldingskatalogen (`src/messages/`) med `npm run docs`; ikke rediger for hånd.',
    nn: 'Laga frå meldingskatalogen (`src/messages/`) med `npm run docs`; ikkje rediger for hand.',
    sv: 'Skapad ur meddelandekatalogen (`src/messages/`) med `npm run docs`; redigera inte för hand.',
    de: 'Aus dem Meldungskatalog (`src/messages/`) mit `npm run docs` erzeugt; bitte nicht von Hand ändern.',
  },
  intro: {
    en: 'When storydeck checks, builds or coaches a story, it tells you what it noticed: where in the file (`stories/vision.md:12:5` is line 12, column 5), how serious it is, what is wrong and what to do. Each message ends with its name in brackets, such as `[frontmatter/type]`, and a link to its paragraph on this page.',
    da: 'Når storydeck tjekker, bygger eller coacher en fortælling, fortæller den dig, hvad den har bemærket: hvor i filen (`stories/vision.md:12:5` er linje 12, kolonne 5), hvor alvorligt det er, hvad der er galt, og hvad du skal gøre. Hver meddelelse slutter med sit navn i kantede parenteser, fx `[frontmatter/type]`, og et link til sit afsnit på denne side.',
    nb: 'Når storydeck sjekker, bygger eller coacher en fortelling, forteller den deg hva den har lagt merke til: hvor i filen (`stories/vision.md:12:5` er linje 12, kolonne 5), hvor alvorlig det er, hva som er galt, og hva du bør gjøre. Hver melding slutter med navnet sitt i hakeparentes, for eksempel `[frontmatter/type]`, og en lenke til avsnittet sitt på denne siden.',
    nn: 'Når storydeck sjekkar, byggjer eller coachar ei forteljing, fortel han deg kva han har merka seg: kvar i fila (`stories/vision.md:12:5` er linje 12, kolonne 5), kor alvorleg det er, kva som er gale, og kva du bør gjere. Kvar melding sluttar med namnet sitt i hakeparentes, til dømes `[frontmatter/type]`, og ei lenkje til avsnittet sitt på denne sida.',
    sv: 'När storydeck kontrollerar, bygger eller coachar en berättelse berättar den vad den har lagt märke till: var i filen (`stories/vision.md:12:5` är rad 12, kolumn 5), hur allvarligt det är, vad som är fel och vad du ska göra. Varje meddelande slutar med sitt namn inom hakparentes, till exempel `[frontmatter/type]`, och en länk till sitt stycke på den här sidan.',
    de: 'Wenn storydeck eine Geschichte prüft, erstellt oder coacht, sagt es Ihnen, was ihm aufgefallen ist: wo in der Datei (`stories/vision.md:12:5` ist Zeile 12, Spalte 5), wie ernst es ist, was nicht stimmt und was zu tun ist. Jede Meldung endet mit ihrem Namen in eckigen Klammern, etwa `[frontmatter/type]`, und einem Link auf ihren Abschnitt auf dieser Seite.',
  },
  severities: {
    en: '**error**: the story is not built until you fix it; **warning**: it is built, but readers will stumble; **hint**: worth a look, never stops anything.',
    da: '**fejl**: fortællingen bygges ikke, før du retter det; **advarsel**: den bygges, men læserne vil snuble; **tip**: værd at kigge på, stopper aldrig noget.',
    nb: '**feil**: fortellingen bygges ikke før du retter det; **advarsel**: den bygges, men leserne kommer til å snuble; **tips**: verdt å se på, stopper aldri noe.',
    nn: '**feil**: forteljinga vert ikkje bygd før du rettar det; **åtvaring**: ho vert bygd, men lesarane kjem til å snåve; **tips**: verdt å sjå på, stoppar aldri noko.',
    sv: '**fel**: berättelsen byggs inte förrän du har rättat det; **varning**: den byggs, men läsarna kommer att snubbla; **tips**: värt en titt, stoppar aldrig något.',
    de: '**Fehler**: Die Geschichte wird erst erstellt, wenn Sie ihn beheben; **Warnung**: Sie wird erstellt, aber Leser werden stolpern; **Hinweis**: einen Blick wert, hält nie etwas auf.',
  },
  language: {
    en: 'Messages come in the story’s language (its `lang:`). To choose one language for every message, run a command with `--messages de`, set the environment variable `STORYDECK_MESSAGES=de`, or put `"messages": "de"` in `storydeck.config.json`.',
    da: 'Meddelelserne kommer på fortællingens sprog (dens `lang:`). Vil du have ét sprog til alle meddelelser, så kør kommandoen med `--messages da`, sæt miljøvariablen `STORYDECK_MESSAGES=da`, eller skriv `"messages": "da"` i `storydeck.config.json`.',
    nb: 'Meldingene kommer på fortellingens språk (dens `lang:`). Vil du ha ett språk for alle meldinger, kjør kommandoen med `--messages nb`, sett miljøvariabelen `STORYDECK_MESSAGES=nb`, eller skriv `"messages": "nb"` i `storydeck.config.json`.',
    nn: 'Meldingane kjem på språket til forteljinga (`lang:`). Vil du ha eitt språk for alle meldingane, køyr kommandoen med `--messages nn`, set miljøvariabelen `STORYDECK_MESSAGES=nn`, eller skriv `"messages": "nn"` i `storydeck.config.json`.',
    sv: 'Meddelandena kommer på berättelsens språk (dess `lang:`). Vill du ha ett språk för alla meddelanden kör du kommandot med `--messages sv`, sätter miljövariabeln `STORYDECK_MESSAGES=sv` eller skriver `"messages": "sv"` i `storydeck.config.json`.',
    de: 'Meldungen erscheinen in der Sprache der Geschichte (ihr `lang:`). Für eine Sprache bei allen Meldungen rufen Sie den Befehl mit `--messages de` auf, setzen die Umgebungsvariable `STORYDECK_MESSAGES=de` oder schreiben `"messages": "de"` in `storydeck.config.json`.',
  },
  otherLanguages: {
    en: 'This page in other languages:',
    da: 'Denne side på andre sprog:',
    nb: 'Denne siden på andre språk:',
    nn: 'Denne sida på andre språk:',
    sv: 'Den här sidan på andra språk:',
    de: 'Diese Seite in anderen Sprachen:',
  },
  severity: { en: 'Severity', da: 'Alvor', nb: 'Alvorlighet', nn: 'Alvor', sv: 'Allvarlighet', de: 'Schwere' },
  says: {
    en: 'What it says',
    da: 'Hvad der står',
    nb: 'Hva den sier',
    nn: 'Kva ho seier',
    sv: 'Vad det står',
    de: 'Was sie sagt',
  },
  fix: {
    en: 'What to do',
    da: 'Hvad du gør',
    nb: 'Hva du gjør',
    nn: 'Kva du gjer',
    sv: 'Vad du gör',
    de: 'Was zu tun ist',
  },
  values: {
    en: 'Words in ‹angle quotes› are filled in from your story.',
    da: 'Ord i ‹vinkelanførselstegn› udfyldes ud fra din fortælling.',
    nb: 'Ord i ‹vinkelanførselstegn› fylles ut fra fortellingen din.',
    nn: 'Ord i ‹vinkelhermeteikn› vert fylte ut frå forteljinga di.',
    sv: 'Ord inom ‹vinkelcitattecken› fylls i från din berättelse.',
    de: 'Wörter in ‹Winkelanführungszeichen› werden aus Ihrer Geschichte eingesetzt.',
  },
})

/** The name of each group of messages, as a heading. */
export const groupLines = defineLines({
  story: {
    en: 'The story and its files',
    da: 'Fortællingen og dens filer',
    nb: 'Fortellingen og filene',
    nn: 'Forteljinga og filene',
    sv: 'Berättelsen och dess filer',
    de: 'Die Geschichte und ihre Dateien',
  },
  frontmatter: {
    en: 'The frontmatter (the keys between the `---` lines)',
    da: 'Frontmatter (nøglerne mellem `---`-linjerne)',
    nb: 'Frontmatter (nøklene mellom `---`-linjene)',
    nn: 'Frontmatter (nøklane mellom `---`-linjene)',
    sv: 'Frontmatter (nycklarna mellan `---`-raderna)',
    de: 'Frontmatter (die Schlüssel zwischen den `---`-Zeilen)',
  },
  theme: {
    en: 'Themes, brand and accessibility',
    da: 'Temaer, brand og tilgængelighed',
    nb: 'Temaer, merkevare og tilgjengelighet',
    nn: 'Tema, merkevare og tilgjenge',
    sv: 'Teman, varumärke och tillgänglighet',
    de: 'Themes, Marke und Barrierefreiheit',
  },
  config: {
    en: 'The project settings (`storydeck.config.json`)',
    da: 'Projektets indstillinger (`storydeck.config.json`)',
    nb: 'Prosjektinnstillingene (`storydeck.config.json`)',
    nn: 'Prosjektinnstillingane (`storydeck.config.json`)',
    sv: 'Projektets inställningar (`storydeck.config.json`)',
    de: 'Die Projekteinstellungen (`storydeck.config.json`)',
  },
  coach: {
    en: 'The story coach',
    da: 'Fortællingscoachen',
    nb: 'Fortellingscoachen',
    nn: 'Forteljingscoachen',
    sv: 'Berättelsecoachen',
    de: 'Der Story-Coach',
  },
})
