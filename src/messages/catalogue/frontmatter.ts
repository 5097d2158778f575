/**
 * Messages of the `frontmatter` group: the `key: value` lines between the
 * `---` lines at the top of a story. Each: rule id, severity, and in en, da,
 * nb, nn, sv, de a title, the text (second person, plain words, `{name}`
 * values) and the fix. See `../entry.ts`.
 */
import { defineLines, defineMessages } from '../entry.ts'

/** What a frontmatter value must be, for `{expected}` (see `wrongValue`, `alias`). */
export const EXPECTED = defineLines({
  text: { en: 'text', da: 'tekst', nb: 'tekst', nn: 'tekst', sv: 'text', de: 'einen Text' },
  date: {
    en: 'a date like `2027-03-01`',
    da: 'en dato som `2027-03-01`',
    nb: 'en dato som `2027-03-01`',
    nn: 'ein dato som `2027-03-01`',
    sv: 'ett datum som `2027-03-01`',
    de: 'ein Datum wie `2027-03-01`',
  },
  lang: {
    en: 'a language code: `en`, `da`, `nb`, `nn`, `sv` or `de`',
    da: 'en sprogkode: `en`, `da`, `nb`, `nn`, `sv` eller `de`',
    nb: 'en språkkode: `en`, `da`, `nb`, `nn`, `sv` eller `de`',
    nn: 'ein språkkode: `en`, `da`, `nb`, `nn`, `sv` eller `de`',
    sv: 'en språkkod: `en`, `da`, `nb`, `nn`, `sv` eller `de`',
    de: 'einen Sprachcode: `en`, `da`, `nb`, `nn`, `sv` oder `de`',
  },
  paperSize: {
    en: 'a paper size like `A3`',
    da: 'et papirformat som `A3`',
    nb: 'et papirformat som `A3`',
    nn: 'eit papirformat som `A3`',
    sv: 'ett pappersformat som `A3`',
    de: 'ein Papierformat wie `A3`',
  },
  orientation: {
    en: '`portrait` or `landscape`',
    da: '`portrait` (stående) eller `landscape` (liggende)',
    nb: '`portrait` (stående) eller `landscape` (liggende)',
    nn: '`portrait` (ståande) eller `landscape` (liggjande)',
    sv: '`portrait` (stående) eller `landscape` (liggande)',
    de: '`portrait` (Hochformat) oder `landscape` (Querformat)',
  },
  link: {
    en: 'a web address',
    da: 'en webadresse',
    nb: 'en nettadresse',
    nn: 'ei nettadresse',
    sv: 'en webbadress',
    de: 'eine Webadresse',
  },
  setting: {
    en: '`off`, `hint`, `warn` or `error`',
    da: '`off`, `hint`, `warn` eller `error`',
    nb: '`off`, `hint`, `warn` eller `error`',
    nn: '`off`, `hint`, `warn` eller `error`',
    sv: '`off`, `hint`, `warn` eller `error`',
    de: '`off`, `hint`, `warn` oder `error`',
  },
})

/** What was found instead, for `{found}` (a value found is shown as written). */
export const FOUND = defineLines({
  group: {
    en: 'a group of indented keys',
    da: 'en gruppe af indrykkede nøgler',
    nb: 'en gruppe innrykkede nøkler',
    nn: 'ei gruppe innrykte nøklar',
    sv: 'en grupp indragna nycklar',
    de: 'eine Gruppe eingerückter Angaben',
  },
  list: {
    en: 'a list',
    da: 'en liste',
    nb: 'en liste',
    nn: 'ei liste',
    sv: 'en lista',
    de: 'eine Liste',
  },
  nothing: {
    en: 'nothing',
    da: 'ingenting',
    nb: 'ingenting',
    nn: 'ingenting',
    sv: 'ingenting',
    de: 'nichts',
  },
})

export const frontmatter = defineMessages('frontmatter', {
  unclosed: {
    id: 'frontmatter/unclosed',
    severity: 'error',
    texts: {
      en: {
        title: 'The frontmatter is not closed',
        text: 'Your story starts with `---`, but the line of three dashes that closes the frontmatter is missing.',
        fix: 'Add a line `---` after the last `key: value` line, before the story’s first heading.',
      },
      da: {
        title: 'Toppen af filen er ikke lukket',
        text: 'Din fortælling begynder med `---`, men linjen med tre bindestreger, der afslutter toppen af filen, mangler.',
        fix: 'Tilføj en linje `---` efter den sidste `nøgle: værdi`-linje og før fortællingens første overskrift.',
      },
      nb: {
        title: 'Toppen av filen er ikke lukket',
        text: 'Fortellingen din begynner med `---`, men linjen med tre bindestreker som avslutter toppen av filen, mangler.',
        fix: 'Legg til en linje `---` etter den siste `nøkkel: verdi`-linjen, før fortellingens første overskrift.',
      },
      nn: {
        title: 'Toppen av fila er ikkje lukka',
        text: 'Forteljinga di byrjar med `---`, men lina med tre bindestrekar som avsluttar toppen av fila, manglar.',
        fix: 'Legg til ei line `---` etter den siste `nøkkel: verdi`-lina, før den første overskrifta i forteljinga.',
      },
      sv: {
        title: 'Filens inledning är inte avslutad',
        text: 'Din berättelse börjar med `---`, men raden med tre bindestreck som avslutar inledningen saknas.',
        fix: 'Lägg till en rad `---` efter den sista `nyckel: värde`-raden, före berättelsens första rubrik.',
      },
      de: {
        title: 'Der Kopf der Datei ist nicht abgeschlossen',
        text: 'Ihre Geschichte beginnt mit `---`, aber die Zeile mit drei Strichen, die den Kopf der Datei abschließt, fehlt.',
        fix: 'Fügen Sie nach der letzten Zeile `Angabe: Wert` und vor der ersten Überschrift eine Zeile `---` ein.',
      },
    },
  },
  yaml: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'The frontmatter cannot be read',
        text: 'storydeck cannot read the frontmatter here (the reader says: “{detail}”).',
        fix: 'Check this line: each line is `key: value`, nested keys are indented with spaces, and quotation marks and brackets are closed.',
      },
      da: {
        title: 'Toppen af filen kan ikke læses',
        text: 'storydeck kan ikke læse toppen af filen her (læseren siger: “{detail}”).',
        fix: 'Tjek linjen: hver linje er `nøgle: værdi`, nøgler under andre er rykket ind med mellemrum, og anførselstegn og parenteser er lukket.',
      },
      nb: {
        title: 'Toppen av filen kan ikke leses',
        text: 'storydeck kan ikke lese toppen av filen her (leseren sier: «{detail}»).',
        fix: 'Sjekk linjen: hver linje er `nøkkel: verdi`, nøkler under andre er rykket inn med mellomrom, og anførselstegn og parenteser er lukket.',
      },
      nn: {
        title: 'Toppen av fila kan ikkje lesast',
        text: 'storydeck kan ikkje lese toppen av fila her (lesaren seier: «{detail}»).',
        fix: 'Sjekk lina: kvar line er `nøkkel: verdi`, nøklar under andre er rykte inn med mellomrom, og hermeteikn og parentesar er lukka.',
      },
      sv: {
        title: 'Filens inledning kan inte läsas',
        text: 'storydeck kan inte läsa inledningen här (läsaren säger: ”{detail}”).',
        fix: 'Kontrollera raden: varje rad är `nyckel: värde`, nycklar under andra är indragna med mellanslag, och citattecken och parenteser är stängda.',
      },
      de: {
        title: 'Der Kopf der Datei ist nicht lesbar',
        text: 'storydeck kann den Kopf der Datei hier nicht lesen (die Meldung des Lesers: „{detail}“).',
        fix: 'Prüfen Sie die Zeile: Jede Zeile lautet `Angabe: Wert`, untergeordnete Angaben sind mit Leerzeichen eingerückt, und Anführungszeichen und Klammern sind geschlossen.',
      },
    },
  },
  duplicateKey: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A key appears twice',
        text: '`{key}` appears twice in the frontmatter; it was already set on line {line}.',
        fix: 'Keep one `{key}:` line and delete the other.',
      },
      da: {
        title: 'En nøgle står der to gange',
        text: '`{key}` står to gange i toppen af filen; den er allerede angivet i linje {line}.',
        fix: 'Behold én linje med `{key}:`, og slet den anden.',
      },
      nb: {
        title: 'En nøkkel står to ganger',
        text: '`{key}` står to ganger øverst i filen; den er allerede angitt på linje {line}.',
        fix: 'Behold én linje med `{key}:`, og slett den andre.',
      },
      nn: {
        title: 'Ein nøkkel står to gonger',
        text: '`{key}` står to gonger øvst i fila; han er alt sett på line {line}.',
        fix: 'Behald éi line med `{key}:`, og slett den andre.',
      },
      sv: {
        title: 'En nyckel förekommer två gånger',
        text: '`{key}` står två gånger överst i filen; den anges redan på rad {line}.',
        fix: 'Behåll en rad med `{key}:` och ta bort den andra.',
      },
      de: {
        title: 'Eine Angabe steht doppelt',
        text: '`{key}` steht zweimal im Kopf der Datei; die Angabe steht bereits in Zeile {line}.',
        fix: 'Behalten Sie eine Zeile `{key}:` und löschen Sie die andere.',
      },
    },
  },
  tab: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A tab indents a line',
        text: 'This line of the frontmatter is indented with a tab; only spaces work there.',
        fix: 'Replace the tab at the start of the line with two spaces.',
      },
      da: {
        title: 'En linje er rykket ind med tabulator',
        text: 'Denne linje i toppen af filen er rykket ind med en tabulator; der virker kun mellemrum.',
        fix: 'Erstat tabulatoren i starten af linjen med to mellemrum.',
      },
      nb: {
        title: 'En linje er rykket inn med tabulator',
        text: 'Denne linjen øverst i filen er rykket inn med en tabulator; der fungerer bare mellomrom.',
        fix: 'Bytt ut tabulatoren først på linjen med to mellomrom.',
      },
      nn: {
        title: 'Ei line er rykt inn med tabulator',
        text: 'Denne lina øvst i fila er rykt inn med ein tabulator; der verkar berre mellomrom.',
        fix: 'Byt ut tabulatoren fremst på lina med to mellomrom.',
      },
      sv: {
        title: 'En rad är indragen med tabb',
        text: 'Den här raden överst i filen är indragen med en tabb; där fungerar bara mellanslag.',
        fix: 'Ersätt tabben i början av raden med två mellanslag.',
      },
      de: {
        title: 'Eine Zeile ist mit Tabulator eingerückt',
        text: 'Diese Zeile im Kopf der Datei ist mit einem Tabulator eingerückt; dort funktionieren nur Leerzeichen.',
        fix: 'Ersetzen Sie den Tabulator am Zeilenanfang durch zwei Leerzeichen.',
      },
    },
  },
  indent: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A line is indented wrongly',
        text: 'The indentation of this frontmatter line does not fit the lines around it.',
        fix: 'Start top-level keys at the left edge, and indent the keys under them by the same number of spaces. Close a list in brackets with `]`.',
      },
      da: {
        title: 'En linje er rykket forkert ind',
        text: 'Indrykningen af denne linje i toppen af filen passer ikke til linjerne omkring den.',
        fix: 'Start nøglerne på øverste niveau helt ude til venstre, og ryk nøglerne under dem lige langt ind. Luk en liste i kantede parenteser med `]`.',
      },
      nb: {
        title: 'En linje har feil innrykk',
        text: 'Innrykket på denne linjen øverst i filen passer ikke med linjene rundt.',
        fix: 'Start nøklene på øverste nivå helt til venstre, og rykk inn nøklene under dem like mye. Lukk en liste i hakeparenteser med `]`.',
      },
      nn: {
        title: 'Ei line har feil innrykk',
        text: 'Innrykket på denne lina øvst i fila passar ikkje med linene rundt.',
        fix: 'Start nøklane på øvste nivå heilt til venstre, og rykk inn nøklane under dei like mykje. Lukk ei liste i hakeparentesar med `]`.',
      },
      sv: {
        title: 'En rad har fel indrag',
        text: 'Indraget på den här raden överst i filen stämmer inte med raderna runt omkring.',
        fix: 'Börja nycklarna på översta nivån längst till vänster och dra in nycklarna under dem lika mycket. Avsluta en lista inom hakparenteser med `]`.',
      },
      de: {
        title: 'Eine Zeile ist falsch eingerückt',
        text: 'Die Einrückung dieser Zeile im Kopf der Datei passt nicht zu den Zeilen um sie herum.',
        fix: 'Beginnen Sie Angaben der obersten Ebene am linken Rand und rücken Sie die Angaben darunter gleich weit ein. Schließen Sie eine Liste in eckigen Klammern mit `]`.',
      },
    },
  },
  quote: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A quotation mark is not closed',
        text: 'A value in the frontmatter opens a quotation mark that is never closed.',
        fix: 'Add the closing quotation mark at the end of the value, or remove the opening one.',
      },
      da: {
        title: 'Et anførselstegn er ikke lukket',
        text: 'En værdi i toppen af filen åbner et anførselstegn, der aldrig bliver lukket.',
        fix: 'Tilføj det afsluttende anførselstegn i slutningen af værdien, eller fjern det første.',
      },
      nb: {
        title: 'Et anførselstegn er ikke lukket',
        text: 'En verdi øverst i filen åpner et anførselstegn som aldri blir lukket.',
        fix: 'Legg til det avsluttende anførselstegnet på slutten av verdien, eller fjern det første.',
      },
      nn: {
        title: 'Eit hermeteikn er ikkje lukka',
        text: 'Ein verdi øvst i fila opnar eit hermeteikn som aldri vert lukka.',
        fix: 'Legg til det avsluttande hermeteiknet på slutten av verdien, eller fjern det første.',
      },
      sv: {
        title: 'Ett citattecken är inte avslutat',
        text: 'Ett värde överst i filen öppnar ett citattecken som aldrig stängs.',
        fix: 'Lägg till det avslutande citattecknet i slutet av värdet, eller ta bort det första.',
      },
      de: {
        title: 'Ein Anführungszeichen ist nicht geschlossen',
        text: 'Ein Wert im Kopf der Datei öffnet ein Anführungszeichen, das nie geschlossen wird.',
        fix: 'Setzen Sie das schließende Anführungszeichen ans Ende des Werts oder entfernen Sie das öffnende.',
      },
    },
  },
  line: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A line is not `key: value`',
        text: 'This frontmatter line is not of the form `key: value`.',
        fix: 'Write each line as a key, a colon and a space, then the value (`title: Our story`). A value that contains `: ` goes in quotation marks.',
      },
      da: {
        title: 'En linje er ikke `nøgle: værdi`',
        text: 'Denne linje i toppen af filen har ikke formen `nøgle: værdi`.',
        fix: 'Skriv hver linje som en nøgle, et kolon og et mellemrum og derefter værdien (`title: Vores fortælling`). En værdi, der indeholder `: `, skal stå i anførselstegn.',
      },
      nb: {
        title: 'En linje er ikke `nøkkel: verdi`',
        text: 'Denne linjen øverst i filen har ikke formen `nøkkel: verdi`.',
        fix: 'Skriv hver linje som en nøkkel, et kolon og et mellomrom, og så verdien (`title: Fortellingen vår`). En verdi som inneholder `: `, må stå i anførselstegn.',
      },
      nn: {
        title: 'Ei line er ikkje `nøkkel: verdi`',
        text: 'Denne lina øvst i fila har ikkje forma `nøkkel: verdi`.',
        fix: 'Skriv kvar line som ein nøkkel, eit kolon og eit mellomrom, og så verdien (`title: Forteljinga vår`). Ein verdi som inneheld `: `, må stå i hermeteikn.',
      },
      sv: {
        title: 'En rad är inte `nyckel: värde`',
        text: 'Den här raden överst i filen har inte formen `nyckel: värde`.',
        fix: 'Skriv varje rad som en nyckel, ett kolon och ett mellanslag, och sedan värdet (`title: Vår berättelse`). Ett värde som innehåller `: ` ska stå inom citattecken.',
      },
      de: {
        title: 'Eine Zeile hat nicht die Form `Angabe: Wert`',
        text: 'Diese Zeile im Kopf der Datei hat nicht die Form `Angabe: Wert`.',
        fix: 'Schreiben Sie jede Zeile als Angabe, Doppelpunkt und Leerzeichen, dann den Wert (`title: Unsere Geschichte`). Ein Wert, der `: ` enthält, gehört in Anführungszeichen.',
      },
    },
  },
  reservedStart: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A value starts with a special character',
        text: 'This value starts with `{char}`, a character the frontmatter keeps for itself at the start of a value.',
        fix: 'Put the whole value in quotation marks, for example `title: "{char}Harbour 2030"`.',
      },
      da: {
        title: 'En værdi begynder med et særligt tegn',
        text: 'Denne værdi begynder med `{char}`, et tegn, som toppen af filen reserverer til andet i starten af en værdi.',
        fix: 'Sæt hele værdien i anførselstegn, for eksempel `title: "{char}Havn 2030"`.',
      },
      nb: {
        title: 'En verdi begynner med et spesialtegn',
        text: 'Denne verdien begynner med `{char}`, et tegn som er reservert først i en verdi øverst i filen.',
        fix: 'Sett hele verdien i anførselstegn, for eksempel `title: "{char}Havn 2030"`.',
      },
      nn: {
        title: 'Ein verdi byrjar med eit spesialteikn',
        text: 'Denne verdien byrjar med `{char}`, eit teikn som er reservert fremst i ein verdi øvst i fila.',
        fix: 'Set heile verdien i hermeteikn, til dømes `title: "{char}Hamn 2030"`.',
      },
      sv: {
        title: 'Ett värde börjar med ett specialtecken',
        text: 'Det här värdet börjar med `{char}`, ett tecken som är reserverat i början av ett värde överst i filen.',
        fix: 'Sätt hela värdet inom citattecken, till exempel `title: "{char}Hamnen 2030"`.',
      },
      de: {
        title: 'Ein Wert beginnt mit einem Sonderzeichen',
        text: 'Dieser Wert beginnt mit `{char}`, einem Zeichen, das am Anfang eines Werts im Kopf der Datei reserviert ist.',
        fix: 'Setzen Sie den ganzen Wert in Anführungszeichen, zum Beispiel `title: "{char}Hafen 2030"`.',
      },
    },
  },
  afterQuote: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'Text follows a closing quotation mark',
        text: 'This value goes on after its closing quotation mark.',
        fix: "Put the whole value in one pair of quotation marks. An apostrophe inside single quotes is written twice (`'It''s time'`), or use double quotes: `\"It's time\"`.",
      },
      da: {
        title: 'Der står tekst efter et afsluttende anførselstegn',
        text: 'Denne værdi fortsætter efter sit afsluttende anførselstegn.',
        fix: "Sæt hele værdien i ét par anførselstegn. En apostrof inden for enkelte anførselstegn skrives to gange (`'Rock''n''roll'`), ellers brug dobbelte: `\"Rock'n'roll\"`.",
      },
      nb: {
        title: 'Det står tekst etter et avsluttende anførselstegn',
        text: 'Denne verdien fortsetter etter det avsluttende anførselstegnet.',
        fix: "Sett hele verdien i ett par anførselstegn. En apostrof inne i enkle anførselstegn skrives to ganger (`'Rock''n''roll'`), ellers bruker du doble: `\"Rock'n'roll\"`.",
      },
      nn: {
        title: 'Det står tekst etter eit avsluttande hermeteikn',
        text: 'Denne verdien held fram etter det avsluttande hermeteiknet.',
        fix: "Set heile verdien i eitt par hermeteikn. Ein apostrof inne i enkle hermeteikn skriv du to gonger (`'Rock''n''roll'`), elles brukar du doble: `\"Rock'n'roll\"`.",
      },
      sv: {
        title: 'Det står text efter ett avslutande citattecken',
        text: 'Det här värdet fortsätter efter sitt avslutande citattecken.',
        fix: "Sätt hela värdet inom ett par citattecken. En apostrof inom enkla citattecken skrivs två gånger (`'Rock''n''roll'`), annars använder du dubbla: `\"Rock'n'roll\"`.",
      },
      de: {
        title: 'Nach einem schließenden Anführungszeichen folgt Text',
        text: 'Dieser Wert geht nach seinem schließenden Anführungszeichen weiter.',
        fix: "Setzen Sie den ganzen Wert in ein einziges Paar Anführungszeichen. Ein Apostroph in einfachen Anführungszeichen wird doppelt geschrieben (`'Rock''n''Roll'`), oder Sie verwenden doppelte: `\"Rock'n'Roll\"`.",
      },
    },
  },
  backslash: {
    id: 'frontmatter/yaml',
    severity: 'error',
    texts: {
      en: {
        title: 'A backslash in double quotation marks',
        text: 'Inside double quotation marks, `\\` starts a special code, and this one cannot be read.',
        fix: "Use single quotation marks around a value with `\\` (`logo: 'images\\logo.png'`), or better, write paths with `/`.",
      },
      da: {
        title: 'En omvendt skråstreg i dobbelte anførselstegn',
        text: 'Inden for dobbelte anførselstegn starter `\\` en særlig kode, og denne kan ikke læses.',
        fix: "Brug enkelte anførselstegn om en værdi med `\\` (`logo: 'images\\logo.png'`), eller skriv hellere stier med `/`.",
      },
      nb: {
        title: 'En omvendt skråstrek i doble anførselstegn',
        text: 'Inne i doble anførselstegn starter `\\` en spesialkode, og denne kan ikke leses.',
        fix: "Bruk enkle anførselstegn rundt en verdi med `\\` (`logo: 'images\\logo.png'`), eller skriv heller stier med `/`.",
      },
      nn: {
        title: 'Ein omvend skråstrek i doble hermeteikn',
        text: 'Inne i doble hermeteikn startar `\\` ein spesialkode, og denne kan ikkje lesast.',
        fix: "Bruk enkle hermeteikn rundt ein verdi med `\\` (`logo: 'images\\logo.png'`), eller skriv heller stiar med `/`.",
      },
      sv: {
        title: 'Ett omvänt snedstreck inom dubbla citattecken',
        text: 'Inom dubbla citattecken inleder `\\` en specialkod, och den här kan inte läsas.',
        fix: "Använd enkla citattecken runt ett värde med `\\` (`logo: 'images\\logo.png'`), eller skriv hellre sökvägar med `/`.",
      },
      de: {
        title: 'Ein Backslash in doppelten Anführungszeichen',
        text: 'In doppelten Anführungszeichen beginnt `\\` einen Sondercode, und dieser ist nicht lesbar.',
        fix: "Verwenden Sie einfache Anführungszeichen um einen Wert mit `\\` (`logo: 'images\\logo.png'`) oder schreiben Sie Pfade besser mit `/`.",
      },
    },
  },
  noFrontmatter: {
    id: 'frontmatter/title',
    severity: 'error',
    texts: {
      en: {
        title: 'The story has no title',
        text: 'Your story has no title: the file does not start with the `---` block that holds it.',
        fix: 'Start the file with a line `---`, a line `title: Your story in a few words`, and a line `---` again.',
      },
      da: {
        title: 'Fortællingen har ingen titel',
        text: 'Din fortælling har ingen titel: filen begynder ikke med den `---`-blok, der rummer den.',
        fix: 'Begynd filen med en linje `---`, en linje `title: Din fortælling med få ord` og igen en linje `---`.',
      },
      nb: {
        title: 'Fortellingen har ingen tittel',
        text: 'Fortellingen din har ingen tittel: filen begynner ikke med `---`-blokken som skal inneholde den.',
        fix: 'Begynn filen med en linje `---`, en linje `title: Fortellingen din med få ord` og en linje `---` til.',
      },
      nn: {
        title: 'Forteljinga har ingen tittel',
        text: 'Forteljinga di har ingen tittel: fila byrjar ikkje med `---`-blokka som skal innehalde han.',
        fix: 'Byrj fila med ei line `---`, ei line `title: Forteljinga di med få ord` og ei line `---` til.',
      },
      sv: {
        title: 'Berättelsen saknar titel',
        text: 'Din berättelse saknar titel: filen börjar inte med det `---`-block som ska innehålla den.',
        fix: 'Börja filen med en rad `---`, en rad `title: Din berättelse med några få ord` och en rad `---` till.',
      },
      de: {
        title: 'Die Geschichte hat keinen Titel',
        text: 'Ihre Geschichte hat keinen Titel: Die Datei beginnt nicht mit dem `---`-Block, in dem er steht.',
        fix: 'Beginnen Sie die Datei mit einer Zeile `---`, einer Zeile `title: Ihre Geschichte in wenigen Worten` und wieder einer Zeile `---`.',
      },
    },
  },
  noTitle: {
    id: 'frontmatter/title',
    severity: 'error',
    texts: {
      en: {
        title: 'The story has no title',
        text: 'Your story has no `title:` line in the frontmatter.',
        fix: 'Add a line such as `title: One queue becomes the right care`.',
      },
      da: {
        title: 'Fortællingen har ingen titel',
        text: 'Din fortælling har ingen `title:`-linje i toppen af filen.',
        fix: 'Tilføj en linje som `title: Én kø bliver til den rette behandling`.',
      },
      nb: {
        title: 'Fortellingen har ingen tittel',
        text: 'Fortellingen din har ingen `title:`-linje øverst i filen.',
        fix: 'Legg til en linje som `title: Én kø blir til riktig behandling`.',
      },
      nn: {
        title: 'Forteljinga har ingen tittel',
        text: 'Forteljinga di har inga `title:`-line øvst i fila.',
        fix: 'Legg til ei line som `title: Éin kø blir til rett behandling`.',
      },
      sv: {
        title: 'Berättelsen saknar titel',
        text: 'Din berättelse har ingen `title:`-rad överst i filen.',
        fix: 'Lägg till en rad som `title: En kö blir rätt vård`.',
      },
      de: {
        title: 'Die Geschichte hat keinen Titel',
        text: 'Im Kopf Ihrer Geschichte fehlt die Zeile `title:`.',
        fix: 'Fügen Sie eine Zeile wie `title: Aus einer Warteschlange wird die richtige Versorgung` ein.',
      },
    },
  },
  notKeyValue: {
    id: 'frontmatter/shape',
    severity: 'error',
    texts: {
      en: {
        title: 'The frontmatter is not `key: value` lines',
        text: 'The frontmatter must be `key: value` lines; yours is a list or a single value.',
        fix: 'Write one `key: value` line per setting, starting with `title: …`.',
      },
      da: {
        title: 'Toppen af filen er ikke `nøgle: værdi`-linjer',
        text: 'Toppen af filen skal bestå af `nøgle: værdi`-linjer; din er en liste eller en enkelt værdi.',
        fix: 'Skriv én `nøgle: værdi`-linje pr. indstilling, og begynd med `title: …`.',
      },
      nb: {
        title: 'Toppen av filen er ikke `nøkkel: verdi`-linjer',
        text: 'Toppen av filen skal bestå av `nøkkel: verdi`-linjer; din er en liste eller en enkelt verdi.',
        fix: 'Skriv én `nøkkel: verdi`-linje per innstilling, og begynn med `title: …`.',
      },
      nn: {
        title: 'Toppen av fila er ikkje `nøkkel: verdi`-liner',
        text: 'Toppen av fila skal vere `nøkkel: verdi`-liner; din er ei liste eller ein enkelt verdi.',
        fix: 'Skriv éi `nøkkel: verdi`-line per innstilling, og byrj med `title: …`.',
      },
      sv: {
        title: 'Inledningen består inte av `nyckel: värde`-rader',
        text: 'Filens inledning ska bestå av `nyckel: värde`-rader; din är en lista eller ett enda värde.',
        fix: 'Skriv en `nyckel: värde`-rad per inställning och börja med `title: …`.',
      },
      de: {
        title: 'Der Kopf besteht nicht aus Zeilen `Angabe: Wert`',
        text: 'Der Kopf der Datei muss aus Zeilen `Angabe: Wert` bestehen; Ihrer ist eine Liste oder ein einzelner Wert.',
        fix: 'Schreiben Sie eine Zeile `Angabe: Wert` je Einstellung, beginnend mit `title: …`.',
      },
    },
  },
  badKey: {
    id: 'frontmatter/shape',
    severity: 'error',
    texts: {
      en: {
        title: 'A key is not a plain word',
        text: 'A key in the frontmatter is not a plain word, such as `title`.',
        fix: 'Start the line with a word and a colon, for example `title:`.',
      },
      da: {
        title: 'En nøgle er ikke et almindeligt ord',
        text: 'En nøgle i toppen af filen er ikke et almindeligt ord som `title`.',
        fix: 'Begynd linjen med et ord og et kolon, for eksempel `title:`.',
      },
      nb: {
        title: 'En nøkkel er ikke et vanlig ord',
        text: 'En nøkkel øverst i filen er ikke et vanlig ord som `title`.',
        fix: 'Begynn linjen med et ord og et kolon, for eksempel `title:`.',
      },
      nn: {
        title: 'Ein nøkkel er ikkje eit vanleg ord',
        text: 'Ein nøkkel øvst i fila er ikkje eit vanleg ord som `title`.',
        fix: 'Byrj lina med eit ord og eit kolon, til dømes `title:`.',
      },
      sv: {
        title: 'En nyckel är inte ett vanligt ord',
        text: 'En nyckel överst i filen är inte ett vanligt ord som `title`.',
        fix: 'Börja raden med ett ord och ett kolon, till exempel `title:`.',
      },
      de: {
        title: 'Eine Angabe ist kein einfaches Wort',
        text: 'Eine Angabe im Kopf der Datei ist kein einfaches Wort wie `title`.',
        fix: 'Beginnen Sie die Zeile mit einem Wort und einem Doppelpunkt, zum Beispiel `title:`.',
      },
    },
  },
  unknownKey: {
    id: 'frontmatter/unknown-key',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a key',
        text: 'storydeck does not know the key `{key}`.',
        fix: 'Use one of {allowed}, or remove the line.',
      },
      da: {
        title: 'storydeck kender ikke en nøgle',
        text: 'storydeck kender ikke nøglen `{key}`.',
        fix: 'Brug en af {allowed}, eller fjern linjen.',
      },
      nb: {
        title: 'storydeck kjenner ikke en nøkkel',
        text: 'storydeck kjenner ikke nøkkelen `{key}`.',
        fix: 'Bruk en av {allowed}, eller fjern linjen.',
      },
      nn: {
        title: 'storydeck kjenner ikkje ein nøkkel',
        text: 'storydeck kjenner ikkje nøkkelen `{key}`.',
        fix: 'Bruk ein av {allowed}, eller fjern lina.',
      },
      sv: {
        title: 'storydeck känner inte igen en nyckel',
        text: 'storydeck känner inte igen nyckeln `{key}`.',
        fix: 'Använd någon av {allowed}, eller ta bort raden.',
      },
      de: {
        title: 'storydeck kennt eine Angabe nicht',
        text: 'storydeck kennt die Angabe `{key}` nicht.',
        fix: 'Verwenden Sie eine von {allowed} oder entfernen Sie die Zeile.',
      },
    },
  },
  unknownKeyGuess: {
    id: 'frontmatter/unknown-key',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a key',
        text: 'storydeck does not know the key `{key}`. Did you mean `{guess}`?',
        fix: 'Write `{guess}:` instead. The keys storydeck knows are {allowed}.',
      },
      da: {
        title: 'storydeck kender ikke en nøgle',
        text: 'storydeck kender ikke nøglen `{key}`. Mente du `{guess}`?',
        fix: 'Skriv `{guess}:` i stedet. De nøgler, storydeck kender, er {allowed}.',
      },
      nb: {
        title: 'storydeck kjenner ikke en nøkkel',
        text: 'storydeck kjenner ikke nøkkelen `{key}`. Mente du `{guess}`?',
        fix: 'Skriv `{guess}:` i stedet. Nøklene storydeck kjenner, er {allowed}.',
      },
      nn: {
        title: 'storydeck kjenner ikkje ein nøkkel',
        text: 'storydeck kjenner ikkje nøkkelen `{key}`. Meinte du `{guess}`?',
        fix: 'Skriv `{guess}:` i staden. Nøklane storydeck kjenner, er {allowed}.',
      },
      sv: {
        title: 'storydeck känner inte igen en nyckel',
        text: 'storydeck känner inte igen nyckeln `{key}`. Menade du `{guess}`?',
        fix: 'Skriv `{guess}:` i stället. Nycklarna som storydeck känner till är {allowed}.',
      },
      de: {
        title: 'storydeck kennt eine Angabe nicht',
        text: 'storydeck kennt die Angabe `{key}` nicht. Meinten Sie `{guess}`?',
        fix: 'Schreiben Sie stattdessen `{guess}:`. storydeck kennt die Angaben {allowed}.',
      },
    },
  },
  unknownSubKey: {
    id: 'frontmatter/unknown-key',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a key',
        text: 'storydeck does not know the key `{key}` under `{parent}`.',
        fix: 'Under `{parent}`, use {allowed}, or remove the line.',
      },
      da: {
        title: 'storydeck kender ikke en nøgle',
        text: 'storydeck kender ikke nøglen `{key}` under `{parent}`.',
        fix: 'Under `{parent}` kan du bruge {allowed}, eller du kan fjerne linjen.',
      },
      nb: {
        title: 'storydeck kjenner ikke en nøkkel',
        text: 'storydeck kjenner ikke nøkkelen `{key}` under `{parent}`.',
        fix: 'Under `{parent}` kan du bruke {allowed}, eller du kan fjerne linjen.',
      },
      nn: {
        title: 'storydeck kjenner ikkje ein nøkkel',
        text: 'storydeck kjenner ikkje nøkkelen `{key}` under `{parent}`.',
        fix: 'Under `{parent}` kan du bruke {allowed}, elles kan du fjerne lina.',
      },
      sv: {
        title: 'storydeck känner inte igen en nyckel',
        text: 'storydeck känner inte igen nyckeln `{key}` under `{parent}`.',
        fix: 'Under `{parent}` kan du använda {allowed}, eller så tar du bort raden.',
      },
      de: {
        title: 'storydeck kennt eine Angabe nicht',
        text: 'storydeck kennt die Angabe `{key}` unter `{parent}` nicht.',
        fix: 'Unter `{parent}` können Sie {allowed} verwenden oder die Zeile entfernen.',
      },
    },
  },
  unknownSubKeyGuess: {
    id: 'frontmatter/unknown-key',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a key',
        text: 'storydeck does not know the key `{key}` under `{parent}`. Did you mean `{guess}`?',
        fix: 'Write `{guess}:` instead. Under `{parent}`, storydeck knows {allowed}.',
      },
      da: {
        title: 'storydeck kender ikke en nøgle',
        text: 'storydeck kender ikke nøglen `{key}` under `{parent}`. Mente du `{guess}`?',
        fix: 'Skriv `{guess}:` i stedet. Under `{parent}` kender storydeck {allowed}.',
      },
      nb: {
        title: 'storydeck kjenner ikke en nøkkel',
        text: 'storydeck kjenner ikke nøkkelen `{key}` under `{parent}`. Mente du `{guess}`?',
        fix: 'Skriv `{guess}:` i stedet. Under `{parent}` kjenner storydeck {allowed}.',
      },
      nn: {
        title: 'storydeck kjenner ikkje ein nøkkel',
        text: 'storydeck kjenner ikkje nøkkelen `{key}` under `{parent}`. Meinte du `{guess}`?',
        fix: 'Skriv `{guess}:` i staden. Under `{parent}` kjenner storydeck {allowed}.',
      },
      sv: {
        title: 'storydeck känner inte igen en nyckel',
        text: 'storydeck känner inte igen nyckeln `{key}` under `{parent}`. Menade du `{guess}`?',
        fix: 'Skriv `{guess}:` i stället. Under `{parent}` känner storydeck till {allowed}.',
      },
      de: {
        title: 'storydeck kennt eine Angabe nicht',
        text: 'storydeck kennt die Angabe `{key}` unter `{parent}` nicht. Meinten Sie `{guess}`?',
        fix: 'Schreiben Sie stattdessen `{guess}:`. Unter `{parent}` kennt storydeck {allowed}.',
      },
    },
  },
  reservedName: {
    id: 'frontmatter/unknown-key',
    severity: 'error',
    texts: {
      en: {
        title: 'A name cannot be used',
        text: '`{key}` cannot be used as a name under `{parent}`.',
        fix: 'Choose another name for this line.',
      },
      da: {
        title: 'Et navn kan ikke bruges',
        text: '`{key}` kan ikke bruges som navn under `{parent}`.',
        fix: 'Vælg et andet navn til denne linje.',
      },
      nb: {
        title: 'Et navn kan ikke brukes',
        text: '`{key}` kan ikke brukes som navn under `{parent}`.',
        fix: 'Velg et annet navn på denne linjen.',
      },
      nn: {
        title: 'Eit namn kan ikkje brukast',
        text: '`{key}` kan ikkje brukast som namn under `{parent}`.',
        fix: 'Vel eit anna namn på denne lina.',
      },
      sv: {
        title: 'Ett namn kan inte användas',
        text: '`{key}` kan inte användas som namn under `{parent}`.',
        fix: 'Välj ett annat namn på den här raden.',
      },
      de: {
        title: 'Ein Name ist nicht möglich',
        text: '`{key}` kann unter `{parent}` nicht als Name verwendet werden.',
        fix: 'Wählen Sie für diese Zeile einen anderen Namen.',
      },
    },
  },
  wrongValue: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: 'A value has the wrong form',
        text: '`{key}` needs {expected}, but you wrote {found}.',
        fix: 'Write {expected} after `{key}:` on the same line.',
      },
      da: {
        title: 'En værdi har den forkerte form',
        text: '`{key}` skal have {expected}, men du har skrevet {found}.',
        fix: 'Skriv {expected} efter `{key}:` på samme linje.',
      },
      nb: {
        title: 'En verdi har feil form',
        text: '`{key}` trenger {expected}, men du har skrevet {found}.',
        fix: 'Skriv {expected} etter `{key}:` på samme linje.',
      },
      nn: {
        title: 'Ein verdi har feil form',
        text: '`{key}` treng {expected}, men du har skrive {found}.',
        fix: 'Skriv {expected} etter `{key}:` på same lina.',
      },
      sv: {
        title: 'Ett värde har fel form',
        text: '`{key}` behöver {expected}, men du har skrivit {found}.',
        fix: 'Skriv {expected} efter `{key}:` på samma rad.',
      },
      de: {
        title: 'Ein Wert hat die falsche Form',
        text: '`{key}` braucht {expected}, aber Sie haben {found} geschrieben.',
        fix: 'Schreiben Sie {expected} in dieselbe Zeile hinter `{key}:`.',
      },
    },
  },
  alias: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: 'A value refers to another one',
        text: '`{key}` refers to another value with `*`; storydeck needs {expected} written out here.',
        fix: 'Write the value itself after `{key}:`.',
      },
      da: {
        title: 'En værdi henviser til en anden',
        text: '`{key}` henviser til en anden værdi med `*`; storydeck skal have {expected} skrevet helt ud her.',
        fix: 'Skriv selve værdien efter `{key}:`.',
      },
      nb: {
        title: 'En verdi viser til en annen',
        text: '`{key}` viser til en annen verdi med `*`; storydeck trenger {expected} skrevet helt ut her.',
        fix: 'Skriv selve verdien etter `{key}:`.',
      },
      nn: {
        title: 'Ein verdi viser til ein annan',
        text: '`{key}` viser til ein annan verdi med `*`; storydeck treng {expected} skrive heilt ut her.',
        fix: 'Skriv sjølve verdien etter `{key}:`.',
      },
      sv: {
        title: 'Ett värde hänvisar till ett annat',
        text: '`{key}` hänvisar till ett annat värde med `*`; storydeck behöver {expected} utskrivet här.',
        fix: 'Skriv själva värdet efter `{key}:`.',
      },
      de: {
        title: 'Ein Wert verweist auf einen anderen',
        text: '`{key}` verweist mit `*` auf einen anderen Wert; storydeck braucht hier {expected}, ausgeschrieben.',
        fix: 'Schreiben Sie den Wert selbst hinter `{key}:`.',
      },
    },
  },
  notList: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: '`words` is not a list',
        text: '`words` needs a list of words, such as `[Nordlys, Storydeck]`.',
        fix: 'List the names and words of your own that the spelling check does not know, in brackets and separated by commas.',
      },
      da: {
        title: '`words` er ikke en liste',
        text: '`words` skal være en liste af ord, for eksempel `[Nordlys, Storydeck]`.',
        fix: 'Skriv de navne og egne ord, som stavekontrollen ikke kender, i kantede parenteser og adskilt af kommaer.',
      },
      nb: {
        title: '`words` er ikke en liste',
        text: '`words` må være en liste med ord, for eksempel `[Nordlys, Storydeck]`.',
        fix: 'Skriv navnene og de egne ordene som stavekontrollen ikke kjenner, i hakeparenteser og skilt med komma.',
      },
      nn: {
        title: '`words` er ikkje ei liste',
        text: '`words` må vere ei liste med ord, til dømes `[Nordlys, Storydeck]`.',
        fix: 'Skriv namna og dei eigne orda som stavekontrollen ikkje kjenner, i hakeparentesar og skilde med komma.',
      },
      sv: {
        title: '`words` är inte en lista',
        text: '`words` ska vara en lista med ord, till exempel `[Nordlys, Storydeck]`.',
        fix: 'Skriv de namn och egna ord som stavningskontrollen inte känner till inom hakparenteser, åtskilda med kommatecken.',
      },
      de: {
        title: '`words` ist keine Liste',
        text: '`words` braucht eine Liste von Wörtern, zum Beispiel `[Nordlys, Storydeck]`.',
        fix: 'Führen Sie die eigenen Namen und Wörter, die die Rechtschreibprüfung nicht kennt, in eckigen Klammern und durch Kommas getrennt auf.',
      },
    },
  },
  notGroup: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: 'A key needs keys under it',
        text: '`{key}` takes keys indented under it, not a value after the colon.',
        fix: 'Leave `{key}:` alone on its line and put {allowed} on the lines below, each indented by two spaces.',
      },
      da: {
        title: 'En nøgle skal have nøgler under sig',
        text: '`{key}` skal have nøgler rykket ind under sig, ikke en værdi efter kolonet.',
        fix: 'Lad `{key}:` stå alene på linjen, og skriv {allowed} på linjerne nedenunder, hver rykket to mellemrum ind.',
      },
      nb: {
        title: 'En nøkkel trenger nøkler under seg',
        text: '`{key}` skal ha nøkler rykket inn under seg, ikke en verdi på samme linje.',
        fix: 'La `{key}:` stå alene på linjen, og skriv {allowed} på linjene under, hver rykket inn med to mellomrom.',
      },
      nn: {
        title: 'Ein nøkkel treng nøklar under seg',
        text: '`{key}` skal ha nøklar rykte inn under seg, ikkje ein verdi på same lina.',
        fix: 'La `{key}:` stå åleine på lina, og skriv {allowed} på linene under, kvar rykt inn med to mellomrom.',
      },
      sv: {
        title: 'En nyckel behöver nycklar under sig',
        text: '`{key}` ska ha nycklar indragna under sig, inte ett värde på samma rad.',
        fix: 'Låt `{key}:` stå ensamt på raden och skriv {allowed} på raderna under, var och en indragen två mellanslag.',
      },
      de: {
        title: 'Eine Angabe braucht Angaben darunter',
        text: '`{key}` erwartet eingerückte Angaben darunter, keinen Wert in derselben Zeile.',
        fix: 'Lassen Sie `{key}:` allein in der Zeile stehen und schreiben Sie {allowed} in die Zeilen darunter, jeweils um zwei Leerzeichen eingerückt.',
      },
    },
  },
  notLines: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: 'A key needs `name: value` lines under it',
        text: '`{key}` takes `name: value` lines indented under it.',
        fix: 'Leave `{key}:` alone on its line and write one `name: value` per line below it, each indented by two spaces.',
      },
      da: {
        title: 'En nøgle skal have `navn: værdi`-linjer under sig',
        text: '`{key}` skal have `navn: værdi`-linjer rykket ind under sig.',
        fix: 'Lad `{key}:` stå alene på linjen, og skriv ét `navn: værdi` pr. linje nedenunder, hver rykket to mellemrum ind.',
      },
      nb: {
        title: 'En nøkkel trenger `navn: verdi`-linjer under seg',
        text: '`{key}` skal ha `navn: verdi`-linjer rykket inn under seg.',
        fix: 'La `{key}:` stå alene på linjen, og skriv ett `navn: verdi` per linje under, hver rykket inn med to mellomrom.',
      },
      nn: {
        title: 'Ein nøkkel treng `namn: verdi`-liner under seg',
        text: '`{key}` skal ha `namn: verdi`-liner rykte inn under seg.',
        fix: 'La `{key}:` stå åleine på lina, og skriv eitt `namn: verdi` per line under, kvar rykt inn med to mellomrom.',
      },
      sv: {
        title: 'En nyckel behöver `namn: värde`-rader under sig',
        text: '`{key}` ska ha `namn: värde`-rader indragna under sig.',
        fix: 'Låt `{key}:` stå ensamt på raden och skriv ett `namn: värde` per rad under, var och en indragen två mellanslag.',
      },
      de: {
        title: 'Eine Angabe braucht Zeilen `Name: Wert` darunter',
        text: '`{key}` erwartet eingerückte Zeilen `Name: Wert` darunter.',
        fix: 'Lassen Sie `{key}:` allein in der Zeile stehen und schreiben Sie darunter je Zeile ein `Name: Wert`, um zwei Leerzeichen eingerückt.',
      },
    },
  },
  yesNo: {
    id: 'frontmatter/type',
    severity: 'error',
    texts: {
      en: {
        title: 'A value must be yes or no',
        text: '`{key}` must be yes or no (`true` or `false`), but you wrote {found}.',
        fix: 'Write `{key}: true` or `{key}: false`.',
      },
      da: {
        title: 'En værdi skal være ja eller nej',
        text: '`{key}` skal være ja eller nej (`true` eller `false`), men du har skrevet {found}.',
        fix: 'Skriv `{key}: true` eller `{key}: false`.',
      },
      nb: {
        title: 'En verdi må være ja eller nei',
        text: '`{key}` må være ja eller nei (`true` eller `false`), men du har skrevet {found}.',
        fix: 'Skriv `{key}: true` eller `{key}: false`.',
      },
      nn: {
        title: 'Ein verdi må vere ja eller nei',
        text: '`{key}` må vere ja eller nei (`true` eller `false`), men du har skrive {found}.',
        fix: 'Skriv `{key}: true` eller `{key}: false`.',
      },
      sv: {
        title: 'Ett värde måste vara ja eller nej',
        text: '`{key}` måste vara ja eller nej (`true` eller `false`), men du har skrivit {found}.',
        fix: 'Skriv `{key}: true` eller `{key}: false`.',
      },
      de: {
        title: 'Ein Wert muss ja oder nein sein',
        text: '`{key}` muss ja oder nein sein (`true` oder `false`), aber Sie haben {found} geschrieben.',
        fix: 'Schreiben Sie `{key}: true` oder `{key}: false`.',
      },
    },
  },
  fingerprint: {
    id: 'frontmatter/value',
    severity: 'error',
    texts: {
      en: {
        title: 'The source fingerprint is not valid',
        text: '`source-fingerprint` is `{value}`, not the 12 letters and digits that `storydeck translations sync` writes.',
        fix: 'Run `storydeck translations sync` to write it again, or remove the line.',
      },
      da: {
        title: 'Kildens fingeraftryk er ugyldigt',
        text: '`source-fingerprint` er `{value}` og ikke de 12 bogstaver og tal, som `storydeck translations sync` skriver.',
        fix: 'Kør `storydeck translations sync` for at skrive det igen, eller fjern linjen.',
      },
      nb: {
        title: 'Kildens fingeravtrykk er ugyldig',
        text: '`source-fingerprint` er `{value}`, ikke de 12 bokstavene og sifrene som `storydeck translations sync` skriver.',
        fix: 'Kjør `storydeck translations sync` for å skrive det på nytt, eller fjern linjen.',
      },
      nn: {
        title: 'Fingeravtrykket til kjelda er ugyldig',
        text: '`source-fingerprint` er `{value}`, ikkje dei 12 bokstavane og sifra som `storydeck translations sync` skriv.',
        fix: 'Køyr `storydeck translations sync` for å skrive det på nytt, eller fjern lina.',
      },
      sv: {
        title: 'Källans fingeravtryck är ogiltigt',
        text: '`source-fingerprint` är `{value}`, inte de 12 bokstäver och siffror som `storydeck translations sync` skriver.',
        fix: 'Kör `storydeck translations sync` för att skriva det igen, eller ta bort raden.',
      },
      de: {
        title: 'Der Fingerabdruck der Quelle ist ungültig',
        text: '`source-fingerprint` ist `{value}` statt der 12 Buchstaben und Ziffern, die `storydeck translations sync` schreibt.',
        fix: 'Führen Sie `storydeck translations sync` aus, um ihn neu zu schreiben, oder entfernen Sie die Zeile.',
      },
    },
  },
  dateFormat: {
    id: 'frontmatter/date',
    severity: 'error',
    texts: {
      en: {
        title: 'A date is not valid',
        text: 'The date `{value}` is not written as year-month-day.',
        fix: 'Write it like `2027-03-01`; storydeck shows dates in the story’s language.',
      },
      da: {
        title: 'En dato er ugyldig',
        text: 'Datoen `{value}` er ikke skrevet som år-måned-dag.',
        fix: 'Skriv den som `2027-03-01`; storydeck viser datoer på fortællingens sprog.',
      },
      nb: {
        title: 'En dato er ugyldig',
        text: 'Datoen `{value}` er ikke skrevet som år-måned-dag.',
        fix: 'Skriv den som `2027-03-01`; storydeck viser datoer på fortellingens språk.',
      },
      nn: {
        title: 'Ein dato er ugyldig',
        text: 'Datoen `{value}` er ikkje skriven som år-månad-dag.',
        fix: 'Skriv han som `2027-03-01`; storydeck viser datoar på språket til forteljinga.',
      },
      sv: {
        title: 'Ett datum är ogiltigt',
        text: 'Datumet `{value}` är inte skrivet som år-månad-dag.',
        fix: 'Skriv det som `2027-03-01`; storydeck visar datum på berättelsens språk.',
      },
      de: {
        title: 'Ein Datum ist ungültig',
        text: 'Das Datum `{value}` ist nicht als Jahr-Monat-Tag geschrieben.',
        fix: 'Schreiben Sie es wie `2027-03-01`; storydeck zeigt Daten in der Sprache der Geschichte an.',
      },
    },
  },
  dateInvalid: {
    id: 'frontmatter/date',
    severity: 'error',
    texts: {
      en: {
        title: 'A date does not exist',
        text: 'The date `{value}` does not exist in the calendar.',
        fix: 'Check the month and the day.',
      },
      da: {
        title: 'En dato findes ikke',
        text: 'Datoen `{value}` findes ikke i kalenderen.',
        fix: 'Tjek måneden og dagen.',
      },
      nb: {
        title: 'En dato finnes ikke',
        text: 'Datoen `{value}` finnes ikke i kalenderen.',
        fix: 'Sjekk måneden og dagen.',
      },
      nn: {
        title: 'Ein dato finst ikkje',
        text: 'Datoen `{value}` finst ikkje i kalenderen.',
        fix: 'Sjekk månaden og dagen.',
      },
      sv: {
        title: 'Ett datum finns inte',
        text: 'Datumet `{value}` finns inte i kalendern.',
        fix: 'Kontrollera månaden och dagen.',
      },
      de: {
        title: 'Ein Datum gibt es nicht',
        text: 'Das Datum `{value}` gibt es im Kalender nicht.',
        fix: 'Prüfen Sie Monat und Tag.',
      },
    },
  },
  lang: {
    id: 'frontmatter/lang',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a language',
        text: 'storydeck does not know the language `{value}`.',
        fix: 'Write one of {langs}.',
      },
      da: {
        title: 'storydeck kender ikke et sprog',
        text: 'storydeck kender ikke sproget `{value}`.',
        fix: 'Skriv en af {langs}.',
      },
      nb: {
        title: 'storydeck kjenner ikke et språk',
        text: 'storydeck kjenner ikke språket `{value}`.',
        fix: 'Skriv en av {langs}.',
      },
      nn: {
        title: 'storydeck kjenner ikkje eit språk',
        text: 'storydeck kjenner ikkje språket `{value}`.',
        fix: 'Skriv ein av {langs}.',
      },
      sv: {
        title: 'storydeck känner inte igen ett språk',
        text: 'storydeck känner inte igen språket `{value}`.',
        fix: 'Skriv någon av {langs}.',
      },
      de: {
        title: 'storydeck kennt eine Sprache nicht',
        text: 'storydeck kennt die Sprache `{value}` nicht.',
        fix: 'Schreiben Sie eine von {langs}.',
      },
    },
  },
  langGuess: {
    id: 'frontmatter/lang',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a language',
        text: 'storydeck does not know the language `{value}`. Did you mean `{guess}`?',
        fix: 'Write `lang: {guess}`. storydeck knows {langs}.',
      },
      da: {
        title: 'storydeck kender ikke et sprog',
        text: 'storydeck kender ikke sproget `{value}`. Mente du `{guess}`?',
        fix: 'Skriv `lang: {guess}`. storydeck kender {langs}.',
      },
      nb: {
        title: 'storydeck kjenner ikke et språk',
        text: 'storydeck kjenner ikke språket `{value}`. Mente du `{guess}`?',
        fix: 'Skriv `lang: {guess}`. storydeck kjenner {langs}.',
      },
      nn: {
        title: 'storydeck kjenner ikkje eit språk',
        text: 'storydeck kjenner ikkje språket `{value}`. Meinte du `{guess}`?',
        fix: 'Skriv `lang: {guess}`. storydeck kjenner {langs}.',
      },
      sv: {
        title: 'storydeck känner inte igen ett språk',
        text: 'storydeck känner inte igen språket `{value}`. Menade du `{guess}`?',
        fix: 'Skriv `lang: {guess}`. storydeck känner till {langs}.',
      },
      de: {
        title: 'storydeck kennt eine Sprache nicht',
        text: 'storydeck kennt die Sprache `{value}` nicht. Meinten Sie `{guess}`?',
        fix: 'Schreiben Sie `lang: {guess}`. storydeck kennt {langs}.',
      },
    },
  },
  posterSize: {
    id: 'frontmatter/poster',
    severity: 'error',
    texts: {
      en: {
        title: 'A poster setting is not valid',
        text: 'storydeck does not know the paper size `{value}`.',
        fix: 'Write one of {sizes} after `size:`.',
      },
      da: {
        title: 'En plakatindstilling er ugyldig',
        text: 'storydeck kender ikke papirformatet `{value}`.',
        fix: 'Skriv en af {sizes} efter `size:`.',
      },
      nb: {
        title: 'En plakatinnstilling er ugyldig',
        text: 'storydeck kjenner ikke papirformatet `{value}`.',
        fix: 'Skriv ett av {sizes} etter `size:`.',
      },
      nn: {
        title: 'Ei plakatinnstilling er ugyldig',
        text: 'storydeck kjenner ikkje papirformatet `{value}`.',
        fix: 'Skriv eitt av {sizes} etter `size:`.',
      },
      sv: {
        title: 'En affischinställning är ogiltig',
        text: 'storydeck känner inte igen pappersformatet `{value}`.',
        fix: 'Skriv något av {sizes} efter `size:`.',
      },
      de: {
        title: 'Eine Poster-Einstellung ist ungültig',
        text: 'storydeck kennt das Papierformat `{value}` nicht.',
        fix: 'Schreiben Sie eines von {sizes} hinter `size:`.',
      },
    },
  },
  posterOrientation: {
    id: 'frontmatter/poster',
    severity: 'error',
    texts: {
      en: {
        title: 'The poster’s orientation is not known',
        text: 'The poster’s orientation is `{value}`; storydeck knows `portrait` and `landscape`.',
        fix: 'Write `orientation: portrait` (upright) or `orientation: landscape` (sideways).',
      },
      da: {
        title: 'Plakatens retning er ukendt',
        text: 'Plakatens retning er `{value}`; storydeck kender `portrait` og `landscape`.',
        fix: 'Skriv `orientation: portrait` (stående) eller `orientation: landscape` (liggende).',
      },
      nb: {
        title: 'Plakatens retning er ukjent',
        text: 'Plakatens retning er `{value}`; storydeck kjenner `portrait` og `landscape`.',
        fix: 'Skriv `orientation: portrait` (stående) eller `orientation: landscape` (liggende).',
      },
      nn: {
        title: 'Retninga til plakaten er ukjend',
        text: 'Retninga til plakaten er `{value}`; storydeck kjenner `portrait` og `landscape`.',
        fix: 'Skriv `orientation: portrait` (ståande) eller `orientation: landscape` (liggjande).',
      },
      sv: {
        title: 'Affischens riktning är okänd',
        text: 'Affischens riktning är `{value}`; storydeck känner till `portrait` och `landscape`.',
        fix: 'Skriv `orientation: portrait` (stående) eller `orientation: landscape` (liggande).',
      },
      de: {
        title: 'Die Ausrichtung des Posters ist unbekannt',
        text: 'Die Ausrichtung des Posters ist `{value}`; storydeck kennt `portrait` und `landscape`.',
        fix: 'Schreiben Sie `orientation: portrait` (Hochformat) oder `orientation: landscape` (Querformat).',
      },
    },
  },
  posterLink: {
    id: 'frontmatter/poster',
    severity: 'error',
    texts: {
      en: {
        title: 'The poster’s link is not a web address',
        text: 'The poster’s link `{value}` is not a full web address.',
        fix: 'Write the whole address, starting with `https://` (or `http://`).',
      },
      da: {
        title: 'Plakatens link er ikke en webadresse',
        text: 'Plakatens link `{value}` er ikke en fuld webadresse.',
        fix: 'Skriv hele adressen, så den begynder med `https://` (eller `http://`).',
      },
      nb: {
        title: 'Plakatens lenke er ikke en nettadresse',
        text: 'Plakatens lenke `{value}` er ikke en fullstendig nettadresse.',
        fix: 'Skriv hele adressen, slik at den begynner med `https://` (eller `http://`).',
      },
      nn: {
        title: 'Lenkja på plakaten er ikkje ei nettadresse',
        text: 'Lenkja på plakaten, `{value}`, er ikkje ei fullstendig nettadresse.',
        fix: 'Skriv heile adressa, slik at ho byrjar med `https://` (eller `http://`).',
      },
      sv: {
        title: 'Affischens länk är ingen webbadress',
        text: 'Affischens länk `{value}` är ingen fullständig webbadress.',
        fix: 'Skriv hela adressen, så att den börjar med `https://` (eller `http://`).',
      },
      de: {
        title: 'Der Link des Posters ist keine Webadresse',
        text: 'Der Link des Posters `{value}` ist keine vollständige Webadresse.',
        fix: 'Schreiben Sie die ganze Adresse, beginnend mit `https://` (oder `http://`).',
      },
    },
  },
  lintSetting: {
    id: 'frontmatter/lint',
    severity: 'error',
    texts: {
      en: {
        title: 'A coach setting is not known',
        text: '`{value}` is not a setting for `{rule}`.',
        fix: 'Write `off`, `hint`, `warn` or `error` after `{rule}:`.',
      },
      da: {
        title: 'En indstilling for coachen er ukendt',
        text: '`{value}` er ikke en indstilling for `{rule}`.',
        fix: 'Skriv `off`, `hint`, `warn` eller `error` efter `{rule}:`.',
      },
      nb: {
        title: 'En innstilling for coachen er ukjent',
        text: '`{value}` er ikke en innstilling for `{rule}`.',
        fix: 'Skriv `off`, `hint`, `warn` eller `error` etter `{rule}:`.',
      },
      nn: {
        title: 'Ei innstilling for coachen er ukjend',
        text: '`{value}` er ikkje ei innstilling for `{rule}`.',
        fix: 'Skriv `off`, `hint`, `warn` eller `error` etter `{rule}:`.',
      },
      sv: {
        title: 'En inställning för coachen är okänd',
        text: '`{value}` är ingen inställning för `{rule}`.',
        fix: 'Skriv `off`, `hint`, `warn` eller `error` efter `{rule}:`.',
      },
      de: {
        title: 'Eine Einstellung des Coachs ist unbekannt',
        text: '`{value}` ist keine Einstellung für `{rule}`.',
        fix: 'Schreiben Sie `off`, `hint`, `warn` oder `error` hinter `{rule}:`.',
      },
    },
  },
})
