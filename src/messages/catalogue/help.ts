/**
 * The CLI's help and usage texts: `storydeck --help`, `storydeck <command>
 * --help`, and the lines for wrong usage. Usage syntax (`[--out dist]`,
 * flag names, `<story>`) stays as typed; only the words around it are
 * translated. `{name}` values as in `../text.ts`.
 */
import { defineLines } from '../entry.ts'

/** The frame of every help text, and the option every command takes. */
export const helpLines = defineLines({
  tagline: {
    en: 'storydeck {version}: turn a vision story into a town-hall deck, a one-page poster and coaching.',
    da: 'storydeck {version}: gør en visionsfortælling til en præsentation til fællesmødet, en plakat på én side og sparring på teksten.',
    nb: 'storydeck {version}: gjør en visjonsfortelling om til en presentasjon for allmøtet, en plakat på én side og råd om teksten.',
    nn: 'storydeck {version}: gjer ei visjonsforteljing om til ein presentasjon for allmøtet, ein plakat på éi side og råd om teksten.',
    sv: 'storydeck {version}: gör en visionsberättelse till en presentation för stormötet, en affisch på en sida och råd om texten.',
    de: 'storydeck {version}: macht aus einer Visionsgeschichte eine Präsentation für die Mitarbeiterversammlung, ein einseitiges Plakat und Hinweise zum Text.',
  },
  usage: {
    en: 'Usage: {usage}',
    da: 'Brug: {usage}',
    nb: 'Bruk: {usage}',
    nn: 'Bruk: {usage}',
    sv: 'Användning: {usage}',
    de: 'Aufruf: {usage}',
  },
  commands: {
    en: 'Commands:',
    da: 'Kommandoer:',
    nb: 'Kommandoer:',
    nn: 'Kommandoar:',
    sv: 'Kommandon:',
    de: 'Befehle:',
  },
  options: { en: 'Options:', da: 'Tilvalg:', nb: 'Valg:', nn: 'Val:', sv: 'Flaggor:', de: 'Optionen:' },
  everyCommand: {
    en: 'Options for every command:',
    da: 'Tilvalg til alle kommandoer:',
    nb: 'Valg for alle kommandoer:',
    nn: 'Val for alle kommandoane:',
    sv: 'Flaggor för alla kommandon:',
    de: 'Optionen für alle Befehle:',
  },
  messages: {
    en: 'language of messages and help: en, da, nb, nn, sv or de (default: `messages` in storydeck.config.json, else each story’s own language; help in English)',
    da: 'sprog for meddelelser og hjælp: en, da, nb, nn, sv eller de (standard: `messages` i storydeck.config.json, ellers hver fortællings eget sprog; hjælpen på engelsk)',
    nb: 'språk for meldinger og hjelp: en, da, nb, nn, sv eller de (standard: `messages` i storydeck.config.json, ellers språket i hver fortelling; hjelpen på engelsk)',
    nn: 'språk for meldingar og hjelp: en, da, nb, nn, sv eller de (standard: `messages` i storydeck.config.json, elles språket i kvar forteljing; hjelpa på engelsk)',
    sv: 'språk för meddelanden och hjälp: en, da, nb, nn, sv eller de (standard: `messages` i storydeck.config.json, annars varje berättelses eget språk; hjälpen på engelska)',
    de: 'Sprache der Meldungen und der Hilfe: en, da, nb, nn, sv oder de (Standard: `messages` in storydeck.config.json, sonst die Sprache der jeweiligen Geschichte; Hilfe auf Englisch)',
  },
  messagesVariable: {
    en: 'the same, for every command while the variable is set',
    da: 'det samme, for alle kommandoer, så længe variablen er sat',
    nb: 'det samme, for alle kommandoer så lenge variabelen er satt',
    nn: 'det same, for alle kommandoar så lenge variabelen er sett',
    sv: 'samma sak, för alla kommandon så länge variabeln är satt',
    de: 'dasselbe für alle Befehle, solange die Variable gesetzt ist',
  },
  more: {
    en: 'Run `storydeck <command> --help` for the options of a command.',
    da: 'Kør `storydeck <command> --help` for at se tilvalgene til en kommando.',
    nb: 'Kjør `storydeck <command> --help` for å se valgene for en kommando.',
    nn: 'Køyr `storydeck <command> --help` for å sjå vala for ein kommando.',
    sv: 'Kör `storydeck <command> --help` för att se flaggorna för ett kommando.',
    de: 'Mit `storydeck <command> --help` sehen Sie die Optionen eines Befehls.',
  },
})

/** Wrong usage, and the last-resort line for a failure of storydeck itself. */
export const usageLines = defineLines({
  unknownCommand: {
    en: 'storydeck: unknown command `{name}`. Commands: {commands}.',
    da: 'storydeck: kommandoen `{name}` findes ikke. Kommandoer: {commands}.',
    nb: 'storydeck: kommandoen `{name}` finnes ikke. Kommandoer: {commands}.',
    nn: 'storydeck: kommandoen `{name}` finst ikkje. Kommandoar: {commands}.',
    sv: 'storydeck: kommandot `{name}` finns inte. Kommandon: {commands}.',
    de: 'storydeck: Den Befehl `{name}` gibt es nicht. Befehle: {commands}.',
  },
  didYouMean: {
    en: 'Did you mean `{name}`?',
    da: 'Mente du `{name}`?',
    nb: 'Mente du `{name}`?',
    nn: 'Meinte du `{name}`?',
    sv: 'Menade du `{name}`?',
    de: 'Meinten Sie `{name}`?',
  },
  failure: {
    en: 'storydeck {command}: unexpected failure: {message}\nPlease report this, with the command you ran.',
    da: 'storydeck {command}: der opstod en uventet fejl i storydeck: {message}\nRapportér den gerne, og skriv den kommando, du kørte.',
    nb: 'storydeck {command}: det oppstod en uventet feil i storydeck: {message}\nMeld gjerne fra om dette, sammen med kommandoen du kjørte.',
    nn: 'storydeck {command}: det oppstod ein uventa feil i storydeck: {message}\nMeld gjerne frå om dette, saman med kommandoen du køyrde.',
    sv: 'storydeck {command}: ett oväntat fel uppstod i storydeck: {message}\nRapportera gärna felet, tillsammans med kommandot du körde.',
    de: 'storydeck {command}: Unerwarteter Fehler in storydeck: {message}\nBitte melden Sie ihn und nennen Sie dabei den Befehl, den Sie ausgeführt haben.',
  },
  messagesValue: {
    en: 'storydeck: `{value}` is not a language storydeck speaks. {from} takes one of these: {langs}.',
    da: 'storydeck: `{value}` er ikke et sprog, storydeck kan. {from} skal være et af disse: {langs}.',
    nb: 'storydeck: `{value}` er ikke et språk storydeck kan. {from} må være ett av disse: {langs}.',
    nn: 'storydeck: `{value}` er ikkje eit språk storydeck kan. {from} må vere eitt av desse: {langs}.',
    sv: 'storydeck: `{value}` är inget språk som storydeck kan. {from} ska vara ett av dessa: {langs}.',
    de: 'storydeck: `{value}` ist keine Sprache, die storydeck beherrscht. {from} erwartet eine dieser Sprachen: {langs}.',
  },
  messagesMissing: {
    en: 'storydeck: `--messages` needs a language: {langs}.',
    da: 'storydeck: `--messages` skal have et sprog: {langs}.',
    nb: 'storydeck: `--messages` må ha et språk: {langs}.',
    nn: 'storydeck: `--messages` må ha eit språk: {langs}.',
    sv: 'storydeck: `--messages` behöver ett språk: {langs}.',
    de: 'storydeck: `--messages` braucht eine Sprache: {langs}.',
  },
  unknownOption: {
    en: "Unknown option '{option}'. The options of this command are listed below.",
    da: "Ukendt tilvalg '{option}'. Kommandoens tilvalg står herunder.",
    nb: "Ukjent valg '{option}'. Valgene for kommandoen står nedenfor.",
    nn: "Ukjend val '{option}'. Vala for kommandoen står nedanfor.",
    sv: "Okänd flagga '{option}'. Kommandots flaggor står nedan.",
    de: "Unbekannte Option '{option}'. Die Optionen des Befehls stehen unten.",
  },
  missingValue: {
    en: "Option '{option}' needs a value",
    da: "Tilvalget '{option}' skal have en værdi",
    nb: "Valget '{option}' må ha en verdi",
    nn: "Valet '{option}' må ha ein verdi",
    sv: "Flaggan '{option}' behöver ett värde",
    de: "Die Option '{option}' braucht einen Wert",
  },
  noValue: {
    en: "Option '{option}' takes no value",
    da: "Tilvalget '{option}' tager ingen værdi",
    nb: "Valget '{option}' tar ingen verdi",
    nn: "Valet '{option}' tek ingen verdi",
    sv: "Flaggan '{option}' tar inget värde",
    de: "Die Option '{option}' nimmt keinen Wert an",
  },
  ambiguous: {
    en: "Option '{option}' needs a value, not another option; for a value that starts with a dash, write {example}",
    da: "Tilvalget '{option}' skal have en værdi, ikke endnu et tilvalg; skriv {example} for en værdi, der begynder med en bindestreg",
    nb: "Valget '{option}' må ha en verdi, ikke enda et valg; skriv {example} for en verdi som begynner med bindestrek",
    nn: "Valet '{option}' må ha ein verdi, ikkje endå eit val; skriv {example} for ein verdi som byrjar med bindestrek",
    sv: "Flaggan '{option}' behöver ett värde, inte en till flagga; skriv {example} för ett värde som börjar med bindestreck",
    de: "Die Option '{option}' braucht einen Wert, keine weitere Option; einen Wert, der mit einem Bindestrich beginnt, schreiben Sie als {example}",
  },
  wholeNumber: {
    en: "Option '--{name}' takes a whole number, not '{value}'",
    da: "Tilvalget '--{name}' skal være et helt tal, ikke '{value}'",
    nb: "Valget '--{name}' må være et heltall, ikke '{value}'",
    nn: "Valet '--{name}' må vere eit heiltal, ikkje '{value}'",
    sv: "Flaggan '--{name}' ska vara ett heltal, inte '{value}'",
    de: "Die Option '--{name}' erwartet eine ganze Zahl, nicht '{value}'",
  },
})

/** Options several commands describe the same way. */
export const flagLines = defineLines({
  quiet: {
    en: 'only report stories with problems',
    da: 'vis kun fortællinger med problemer',
    nb: 'vis bare fortellinger med problemer',
    nn: 'vis berre forteljingar med problem',
    sv: 'visa bara berättelser med problem',
    de: 'meldet nur Geschichten mit Problemen',
  },
  silent: {
    en: 'only report errors',
    da: 'vis kun fejl',
    nb: 'vis bare feil',
    nn: 'vis berre feil',
    sv: 'visa bara fel',
    de: 'meldet nur Fehler',
  },
  images: {
    en: 'also write one picture per slide (slide-01.png, …) and the poster as poster.png',
    da: 'gem også ét billede pr. dias (slide-01.png, …) og plakaten som poster.png',
    nb: 'lagre også ett bilde per lysbilde (slide-01.png, …) og plakaten som poster.png',
    nn: 'lagra òg eitt bilete per lysbilete (slide-01.png, …) og plakaten som poster.png',
    sv: 'spara även varje bild som en egen bildfil (slide-01.png, …) och affischen som poster.png',
    de: 'speichert zusätzlich ein Bild pro Folie (slide-01.png, …) und das Plakat als poster.png',
  },
  imageWidth: {
    en: 'width of those pictures (default: 1280)',
    da: 'billedernes bredde i pixels (standard: 1280)',
    nb: 'bredden på bildene i piksler (standard: 1280)',
    nn: 'breidda på bileta i pikslar (standard: 1280)',
    sv: 'bildfilernas bredd i pixlar (standard: 1280)',
    de: 'Breite dieser Bilder in Pixeln (Standard: 1280)',
  },
})

/** `storydeck build`. */
export const buildHelp = defineLines({
  summary: {
    en: 'Build decks, posters and the story index into dist/.',
    da: 'Byg præsentationer, plakater og oversigten over fortællinger i dist/.',
    nb: 'Bygg presentasjoner, plakater og oversikten over fortellinger i dist/.',
    nn: 'Bygg presentasjonar, plakatar og oversikta over forteljingar i dist/.',
    sv: 'Bygg presentationer, affischer och översikten över berättelser i dist/.',
    de: 'Erstellt Präsentationen, Plakate und die Übersicht der Geschichten in dist/.',
  },
  out: {
    en: 'output folder (default: dist)',
    da: 'mappe til resultatet (standard: dist)',
    nb: 'mappe for resultatet (standard: dist)',
    nn: 'mappe for resultatet (standard: dist)',
    sv: 'mapp för resultatet (standard: dist)',
    de: 'Ausgabeordner (Standard: dist)',
  },
  pdf: {
    en: 'also print deck.pdf (one page per slide), poster.pdf and handout.pdf (each slide beside its notes, or three to an A4 page) with the system Chromium; an unchanged story keeps its PDFs',
    da: 'lav også deck.pdf (én side pr. dias), poster.pdf og handout.pdf (hvert dias ved siden af noterne, eller tre pr. A4-side) med systemets Chromium; en uændret fortælling beholder sine PDF’er',
    nb: 'lag også deck.pdf (én side per lysbilde), poster.pdf og handout.pdf (hvert lysbilde ved siden av notatene, eller tre per A4-side) med systemets Chromium; en uendret fortelling beholder PDF-ene sine',
    nn: 'lag òg deck.pdf (éi side per lysbilete), poster.pdf og handout.pdf (kvart lysbilete ved sida av notata, eller tre per A4-side) med Chromium på maskina; ei uendra forteljing held på PDF-ane sine',
    sv: 'skapa även deck.pdf (en sida per bild), poster.pdf och handout.pdf (varje bild bredvid sina anteckningar, eller tre per A4-sida) med systemets Chromium; en oförändrad berättelse behåller sina PDF:er',
    de: 'erzeugt zusätzlich deck.pdf (eine Seite pro Folie), poster.pdf und handout.pdf (jede Folie neben ihren Notizen oder drei pro A4-Seite) mit dem Chromium des Systems; eine unveränderte Geschichte behält ihre PDFs',
  },
  singleFile: {
    en: 'also write <story>.html and <story>.poster.html: one file each, everything inlined, to mail around',
    da: 'skriv også <story>.html og <story>.poster.html: én fil hver med alt indbygget, til at sende med mail',
    nb: 'skriv også <story>.html og <story>.poster.html: én fil hver med alt innebygd, til å sende på e-post',
    nn: 'skriv òg <story>.html og <story>.poster.html: éi fil kvar med alt innebygd, til å sende på e-post',
    sv: 'skriv även <story>.html och <story>.poster.html: en fil vardera med allt inbäddat, för att skicka med e-post',
    de: 'schreibt zusätzlich <story>.html und <story>.poster.html: je eine Datei mit allem eingebettet, zum Versenden per E-Mail',
  },
  pptx: {
    en: 'also write deck.pptx: an editable PowerPoint with the speaker notes',
    da: 'skriv også deck.pptx: en redigerbar PowerPoint med talernoterne',
    nb: 'skriv også deck.pptx: en redigerbar PowerPoint med talernotatene',
    nn: 'skriv òg deck.pptx: ein redigerbar PowerPoint med talarnotata',
    sv: 'skriv även deck.pptx: en redigerbar PowerPoint med talarmanuset',
    de: 'schreibt zusätzlich deck.pptx: eine bearbeitbare PowerPoint-Datei mit den Sprechernotizen',
  },
  force: {
    en: 'build every story again (and print its PDFs again), even those unchanged since the last build',
    da: 'byg alle fortællinger igen (og lav deres PDF’er igen), også dem, der ikke er ændret siden sidst',
    nb: 'bygg alle fortellingene på nytt (og lag PDF-ene på nytt), også dem som ikke er endret siden sist',
    nn: 'bygg alle forteljingane på nytt (og lag PDF-ane på nytt), òg dei som ikkje er endra sidan sist',
    sv: 'bygg om alla berättelser (och skapa deras PDF:er igen), även de som inte har ändrats sedan förra gången',
    de: 'erstellt alle Geschichten neu (samt ihren PDFs), auch die seit dem letzten Mal unveränderten',
  },
})

/** `storydeck publish`. */
export const publishHelp = defineLines({
  summary: {
    en: 'Build the site for the intranet into site/: no speaker notes, no drafts, PDFs, link previews.',
    da: 'Byg webstedet til intranettet i site/: uden talernoter og kladder, med PDF’er og forhåndsvisninger af links.',
    nb: 'Bygg nettstedet for intranettet i site/: uten talernotater og utkast, med PDF-er og forhåndsvisninger av lenker.',
    nn: 'Bygg nettstaden for intranettet i site/: utan talarnotat og utkast, med PDF-ar og førehandsvisingar av lenker.',
    sv: 'Bygg webbplatsen för intranätet i site/: utan talarmanus och utkast, med PDF:er och förhandsvisningar av länkar.',
    de: 'Erstellt die Website fürs Intranet in site/: ohne Sprechernotizen und Entwürfe, mit PDFs und Link-Vorschauen.',
  },
  out: {
    en: 'output folder to upload (default: site)',
    da: 'mappen, der skal lægges op (standard: site)',
    nb: 'mappen som skal lastes opp (standard: site)',
    nn: 'mappa som skal lastast opp (standard: site)',
    sv: 'mappen som ska laddas upp (standard: site)',
    de: 'Ausgabeordner zum Hochladen (Standard: site)',
  },
  noPdf: {
    en: 'do not print deck.pdf, poster.pdf and handout.pdf (printed by default, with the system Chromium)',
    da: 'lav ikke deck.pdf, poster.pdf og handout.pdf (laves ellers altid med systemets Chromium)',
    nb: 'ikke lag deck.pdf, poster.pdf og handout.pdf (lages ellers alltid med systemets Chromium)',
    nn: 'ikkje lag deck.pdf, poster.pdf og handout.pdf (vert elles alltid laga med Chromium på maskina)',
    sv: 'skapa inte deck.pdf, poster.pdf och handout.pdf (skapas annars alltid med systemets Chromium)',
    de: 'erzeugt deck.pdf, poster.pdf und handout.pdf nicht (sonst immer, mit dem Chromium des Systems)',
  },
  singleFile: {
    en: 'also write <story>.html and <story>.poster.html: one file each, everything inlined',
    da: 'skriv også <story>.html og <story>.poster.html: én fil hver med alt indbygget',
    nb: 'skriv også <story>.html og <story>.poster.html: én fil hver med alt innebygd',
    nn: 'skriv òg <story>.html og <story>.poster.html: éi fil kvar med alt innebygd',
    sv: 'skriv även <story>.html och <story>.poster.html: en fil vardera med allt inbäddat',
    de: 'schreibt zusätzlich <story>.html und <story>.poster.html: je eine Datei mit allem eingebettet',
  },
  pptx: {
    en: 'also write deck.pptx: an editable PowerPoint (without speaker notes)',
    da: 'skriv også deck.pptx: en redigerbar PowerPoint (uden talernoter)',
    nb: 'skriv også deck.pptx: en redigerbar PowerPoint (uten talernotater)',
    nn: 'skriv òg deck.pptx: ein redigerbar PowerPoint (utan talarnotat)',
    sv: 'skriv även deck.pptx: en redigerbar PowerPoint (utan talarmanus)',
    de: 'schreibt zusätzlich deck.pptx: eine bearbeitbare PowerPoint-Datei (ohne Sprechernotizen)',
  },
  force: {
    en: 'build and print every story again, even those unchanged since the last publish',
    da: 'byg alle fortællinger og lav deres PDF’er igen, også dem, der ikke er ændret siden sidste udgivelse',
    nb: 'bygg alle fortellingene og lag PDF-ene på nytt, også dem som ikke er endret siden forrige publisering',
    nn: 'bygg alle forteljingane og lag PDF-ane på nytt, òg dei som ikkje er endra sidan førre publisering',
    sv: 'bygg om alla berättelser och skapa PDF:erna igen, även de som inte har ändrats sedan förra publiceringen',
    de: 'erstellt alle Geschichten und ihre PDFs neu, auch die seit der letzten Veröffentlichung unveränderten',
  },
})

/** `storydeck check`. */
export const checkHelp = defineLines({
  summary: {
    en: 'Check stories for errors and write nothing.',
    da: 'Tjek fortællinger for fejl uden at skrive filer.',
    nb: 'Sjekk fortellinger for feil uten å skrive filer.',
    nn: 'Sjekk forteljingar for feil utan å skrive filer.',
    sv: 'Leta efter fel i berättelser utan att skriva några filer.',
    de: 'Prüft Geschichten auf Fehler und schreibt nichts.',
  },
})

/** `storydeck lint`. */
export const lintHelp = defineLines({
  summary: {
    en: 'Coach stories: buzzwords, abbreviations, readability and focus.',
    da: 'Få sparring på fortællinger: modeord, forkortelser, læsbarhed og fokus.',
    nb: 'Få råd om fortellinger: moteord, forkortelser, lesbarhet og fokus.',
    nn: 'Få råd om forteljingar: moteord, forkortingar, lesbarheit og fokus.',
    sv: 'Få råd om berättelser: modeord, förkortningar, läsbarhet och fokus.',
    de: 'Gibt Rückmeldung zu Geschichten: Worthülsen, Abkürzungen, Lesbarkeit und Fokus.',
  },
  format: {
    en: 'text for people (default), json for editors and CI (on stdout), html for a page that shows where the story is hard to read',
    da: 'text til mennesker (standard), json til editorer og CI (på stdout), html til en side, der viser, hvor fortællingen er svær at læse',
    nb: 'text for mennesker (standard), json for redigeringsprogrammer og CI (på stdout), html for en side som viser hvor fortellingen er tung å lese',
    nn: 'text for menneske (standard), json for redigeringsprogram og CI (på stdout), html for ei side som viser kvar forteljinga er tung å lese',
    sv: 'text för människor (standard), json för editorer och CI (på stdout), html för en sida som visar var berättelsen är svårläst',
    de: 'text zum Lesen (Standard), json für Editoren und CI (auf stdout), html für eine Seite, die zeigt, wo die Geschichte schwer zu lesen ist',
  },
  out: {
    en: 'with --format html: write the page to this file instead of stdout',
    da: 'med --format html: skriv siden til denne fil i stedet for stdout',
    nb: 'med --format html: skriv siden til denne filen i stedet for stdout',
    nn: 'med --format html: skriv sida til denne fila i staden for stdout',
    sv: 'med --format html: skriv sidan till den här filen i stället för stdout',
    de: 'mit --format html: schreibt die Seite in diese Datei statt auf stdout',
  },
  maxWarnings: {
    en: 'exit 1 when there are more warnings than this (default: no limit)',
    da: 'afslut med kode 1, hvis der er flere advarsler end dette (standard: ingen grænse)',
    nb: 'avslutt med kode 1 hvis det er flere advarsler enn dette (standard: ingen grense)',
    nn: 'avslutt med kode 1 om det er fleire åtvaringar enn dette (standard: inga grense)',
    sv: 'avsluta med kod 1 om det finns fler varningar än så (standard: ingen gräns)',
    de: 'endet mit Code 1, wenn es mehr Warnungen als angegeben gibt (Standard: keine Grenze)',
  },
  quiet: {
    en: 'only report stories with findings',
    da: 'vis kun fortællinger med bemærkninger',
    nb: 'vis bare fortellinger med merknader',
    nn: 'vis berre forteljingar med merknader',
    sv: 'visa bara berättelser med anmärkningar',
    de: 'meldet nur Geschichten mit Hinweisen',
  },
})

/** `storydeck dev`. */
export const devHelp = defineLines({
  summary: {
    en: 'Preview stories live: decks and posters update as you save.',
    da: 'Se fortællinger live: præsentationer og plakater opdateres, når du gemmer.',
    nb: 'Forhåndsvis fortellinger direkte: presentasjoner og plakater oppdateres når du lagrer.',
    nn: 'Førehandsvis forteljingar direkte: presentasjonar og plakatar vert oppdaterte når du lagrar.',
    sv: 'Förhandsgranska berättelser live: presentationer och affischer uppdateras när du sparar.',
    de: 'Zeigt Geschichten live: Präsentationen und Plakate aktualisieren sich beim Speichern.',
  },
  port: {
    en: 'port to listen on (default: 5173, or the next free one)',
    da: 'port til serveren (standard: 5173 eller den næste ledige)',
    nb: 'port for serveren (standard: 5173 eller den neste ledige)',
    nn: 'port for tenaren (standard: 5173 eller den neste ledige)',
    sv: 'port för servern (standard: 5173 eller nästa lediga)',
    de: 'Port des Servers (Standard: 5173 oder der nächste freie)',
  },
  host: {
    en: 'listen on every network interface, not only this computer (127.0.0.1)',
    da: 'giv adgang fra hele netværket, ikke kun fra denne computer (127.0.0.1)',
    nb: 'gi tilgang fra hele nettverket, ikke bare fra denne datamaskinen (127.0.0.1)',
    nn: 'gje tilgang frå heile nettverket, ikkje berre frå denne datamaskina (127.0.0.1)',
    sv: 'ge åtkomst från hela nätverket, inte bara från den här datorn (127.0.0.1)',
    de: 'erlaubt Zugriff aus dem ganzen Netzwerk, nicht nur von diesem Computer (127.0.0.1)',
  },
})

/** `storydeck present`. */
export const presentHelp = defineLines({
  summary: {
    en: 'Town hall live: present a story while the audience follows on their phones and asks questions.',
    da: 'Fællesmøde live: præsentér en fortælling, mens publikum følger med på mobilen og stiller spørgsmål.',
    nb: 'Allmøte direkte: presenter en fortelling mens publikum følger med på mobilen og stiller spørsmål.',
    nn: 'Allmøte direkte: presenter ei forteljing medan publikum følgjer med på mobilen og stiller spørsmål.',
    sv: 'Stormöte live: presentera en berättelse medan publiken följer med i mobilen och ställer frågor.',
    de: 'Präsentiert eine Geschichte live bei der Mitarbeiterversammlung; das Publikum liest am Smartphone mit und stellt Fragen.',
  },
  host: {
    en: 'address to listen on (default: 127.0.0.1, this computer only); 0.0.0.0 lets phones on the same network join',
    da: 'adressen til serveren (standard: 127.0.0.1, kun denne computer); med 0.0.0.0 kan telefoner på samme netværk være med',
    nb: 'adressen til serveren (standard: 127.0.0.1, bare denne datamaskinen); med 0.0.0.0 kan telefoner på samme nettverk bli med',
    nn: 'adressa til tenaren (standard: 127.0.0.1, berre denne datamaskina); med 0.0.0.0 kan telefonar på same nettverk bli med',
    sv: 'serverns adress (standard: 127.0.0.1, bara den här datorn); med 0.0.0.0 kan telefoner i samma nätverk ansluta',
    de: 'Adresse des Servers (Standard: 127.0.0.1, nur dieser Computer); mit 0.0.0.0 können Smartphones im selben Netzwerk teilnehmen',
  },
  port: {
    en: 'port to listen on (default: 4321); phones reconnect only when you start again on the same port',
    da: 'port til serveren (standard: 4321); telefonerne kobler kun til igen, hvis du starter på samme port',
    nb: 'port for serveren (standard: 4321); telefonene kobler seg bare til igjen hvis du starter på samme port',
    nn: 'port for tenaren (standard: 4321); telefonane koplar seg berre til att om du startar på same port',
    sv: 'port för servern (standard: 4321); telefonerna återansluter bara om du startar på samma port',
    de: 'Port des Servers (Standard: 4321); Smartphones verbinden sich nur wieder, wenn Sie auf demselben Port neu starten',
  },
  noOpen: {
    en: 'do not open the deck in the browser, only print its address',
    da: 'åbn ikke præsentationen i browseren, vis kun adressen',
    nb: 'ikke åpne presentasjonen i nettleseren, bare vis adressen',
    nn: 'ikkje opne presentasjonen i nettlesaren, berre vis adressa',
    sv: 'öppna inte presentationen i webbläsaren, visa bara adressen',
    de: 'öffnet die Präsentation nicht im Browser, sondern zeigt nur ihre Adresse',
  },
})

/** `storydeck questions`. */
export const questionsHelp = defineLines({
  summary: {
    en: 'Export the questions of a town hall, ranked and grouped by session.',
    da: 'Eksportér spørgsmålene fra et fællesmøde, rangeret og grupperet efter session.',
    nb: 'Eksporter spørsmålene fra et allmøte, rangert og gruppert etter økt.',
    nn: 'Eksporter spørsmåla frå eit allmøte, rangerte og grupperte etter økt.',
    sv: 'Exportera frågorna från ett stormöte, rangordnade och grupperade per session.',
    de: 'Exportiert die Fragen einer Mitarbeiterversammlung, nach Rang und Sitzung geordnet.',
  },
  format: {
    en: 'md to read and answer (default), json for tools, csv for spreadsheets',
    da: 'md til at læse og besvare (standard), json til andre programmer, csv til regneark',
    nb: 'md for å lese og svare (standard), json for andre programmer, csv for regneark',
    nn: 'md for å lese og svare (standard), json for andre program, csv for rekneark',
    sv: 'md för att läsa och besvara (standard), json för andra program, csv för kalkylark',
    de: 'md zum Lesen und Beantworten (Standard), json für andere Programme, csv für Tabellenkalkulationen',
  },
})

/** `storydeck new`. */
export const newHelp = defineLines({
  summary: {
    en: 'Start a new story from a template in your language.',
    da: 'Start en ny fortælling ud fra en skabelon på dit sprog.',
    nb: 'Start en ny fortelling fra en mal på ditt språk.',
    nn: 'Start ei ny forteljing frå ein mal på ditt språk.',
    sv: 'Börja på en ny berättelse utifrån en mall på ditt språk.',
    de: 'Beginnt eine neue Geschichte mit einer Vorlage in Ihrer Sprache.',
  },
  lang: {
    en: 'language of the template: en, da, nb, nn, sv or de (default: en)',
    da: 'skabelonens sprog: en, da, nb, nn, sv eller de (standard: en)',
    nb: 'språket i malen: en, da, nb, nn, sv eller de (standard: en)',
    nn: 'språket i malen: en, da, nb, nn, sv eller de (standard: en)',
    sv: 'mallens språk: en, da, nb, nn, sv eller de (standard: en)',
    de: 'Sprache der Vorlage: en, da, nb, nn, sv oder de (Standard: en)',
  },
  title: {
    en: 'the story title (default: a placeholder to replace)',
    da: 'fortællingens titel (standard: en pladsholder, du skal udskifte)',
    nb: 'tittelen på fortellingen (standard: en plassholder du bytter ut)',
    nn: 'tittelen på forteljinga (standard: ein plasshaldar du byter ut)',
    sv: 'berättelsens titel (standard: en platshållare som du byter ut)',
    de: 'Titel der Geschichte (Standard: ein Platzhalter zum Ersetzen)',
  },
  from: {
    en: 'start the --lang version of stories/<name>.md as stories/<name>.<code>.md: same structure, headings in the new language, the text marked for translation',
    da: 'start --lang-udgaven af stories/<name>.md som stories/<name>.<code>.md: samme opbygning, overskrifter på det nye sprog og teksten markeret til oversættelse',
    nb: 'start --lang-versjonen av stories/<name>.md som stories/<name>.<code>.md: samme oppbygning, overskrifter på det nye språket og teksten merket for oversettelse',
    nn: 'start --lang-versjonen av stories/<name>.md som stories/<name>.<code>.md: same oppbygnad, overskrifter på det nye språket og teksten merkt for omsetjing',
    sv: 'påbörja --lang-versionen av stories/<name>.md som stories/<name>.<code>.md: samma struktur, rubriker på det nya språket och texten markerad för översättning',
    de: 'beginnt die --lang-Fassung von stories/<name>.md als stories/<name>.<code>.md: gleicher Aufbau, Überschriften in der neuen Sprache, der Text zum Übersetzen markiert',
  },
})

/** `storydeck translations`. */
export const translationsHelp = defineLines({
  summary: {
    en: 'Record that language versions are in step with their source (after translating).',
    da: 'Notér, at sprogudgaverne er i takt med originalen (efter oversættelse).',
    nb: 'Registrer at språkversjonene er i takt med originalen (etter oversetting).',
    nn: 'Registrer at språkversjonane er i takt med originalen (etter omsetjing).',
    sv: 'Registrera att språkversionerna är i takt med originalet (efter översättning).',
    de: 'Hält fest, dass die Sprachfassungen auf dem Stand des Originals sind (nach dem Übersetzen).',
  },
  sync: {
    en: 'write the source’s current fingerprint into each version (default: every version in stories/), so the coach reports when the source changes again',
    da: 'skriv originalens nuværende fingeraftryk i hver udgave (standard: alle udgaver i stories/), så coachen siger til, når originalen ændres igen',
    nb: 'skriv originalens nåværende fingeravtrykk inn i hver versjon (standard: alle versjoner i stories/), så coachen sier fra når originalen endres igjen',
    nn: 'skriv det noverande fingeravtrykket til originalen inn i kvar versjon (standard: alle versjonar i stories/), så coachen seier frå når originalen vert endra att',
    sv: 'skriv originalets nuvarande fingeravtryck i varje version (standard: alla versioner i stories/), så att coachen säger till när originalet ändras igen',
    de: 'schreibt den aktuellen Fingerabdruck des Originals in jede Fassung (Standard: alle Fassungen in stories/), damit der Coach meldet, wenn sich das Original wieder ändert',
  },
})

/** `storydeck themes`. */
export const themesHelp = defineLines({
  summary: {
    en: "List the themes a story can use, and check the project's theme files.",
    da: 'Vis de temaer, en fortælling kan bruge, og tjek projektets temafiler.',
    nb: 'Vis temaene en fortelling kan bruke, og sjekk temafilene i prosjektet.',
    nn: 'Vis temaa ei forteljing kan bruke, og sjekk temafilene i prosjektet.',
    sv: 'Visa vilka teman en berättelse kan använda och kontrollera projektets temafiler.',
    de: 'Listet die Themes auf, die eine Geschichte nutzen kann, und prüft die Theme-Dateien des Projekts.',
  },
  silent: {
    en: 'do not report warnings and errors in theme files',
    da: 'vis ikke advarsler og fejl i temafiler',
    nb: 'ikke vis advarsler og feil i temafiler',
    nn: 'ikkje vis åtvaringar og feil i temafiler',
    sv: 'visa inte varningar och fel i temafiler',
    de: 'meldet keine Warnungen und Fehler in Theme-Dateien',
  },
})
