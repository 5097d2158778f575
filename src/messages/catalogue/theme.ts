/**
 * Messages of the `theme` group: a theme's `theme.json` and files (`theme/*`),
 * the brand's logo and font (`brand/*`), colour contrast (`a11y/contrast`)
 * and brand values written in a story (`frontmatter/brand`). Each: rule id,
 * severity, and in en, da, nb, nn, sv, de a title, the text (second person,
 * plain words, `{name}` values) and the fix. See `../entry.ts`.
 *
 * Theme messages are the project's: they are shown in the project's language.
 */
import { defineMessages, type MessageText } from '../entry.ts'
import type { Lang } from '../../types.ts'

/** Title, text and fix of one language (keeps the entries below short). */
function t(title: string, text: string, fix: string): MessageText {
  return { title, text, fix }
}

type Texts = Readonly<Record<Lang, MessageText>>

/** A brand colour that is not a hex colour; shared by `frontmatter/brand` and `config/brand`. */
export const BRAND_COLOUR_TEXTS: Texts = {
  en: t(
    'A brand colour cannot be used',
    '`{value}` for `brand.{key}` is not a colour storydeck can use.',
    'Write the colour as a hex code such as `#1f4e79` (your brand guide or a colour picker gives it).',
  ),
  da: t(
    'En brandfarve kan ikke bruges',
    '`{value}` i `brand.{key}` er ikke en farve, storydeck kan bruge.',
    'Skriv farven som en hexkode, f.eks. `#1f4e79` (den står i jeres designmanual, eller du kan finde den med en farvevælger).',
  ),
  nb: t(
    'En merkevarefarge kan ikke brukes',
    '`{value}` i `brand.{key}` er ikke en farge storydeck kan bruke.',
    'Skriv fargen som en hexkode, for eksempel `#1f4e79` (den står i profilmanualen, eller du finner den med en fargevelger).',
  ),
  nn: t(
    'Ein merkevarefarge kan ikkje brukast',
    '`{value}` i `brand.{key}` er ikkje ein farge storydeck kan bruke.',
    'Skriv fargen som ein hexkode, til dømes `#1f4e79` (han står i profilmanualen, eller du finn han med ein fargeveljar).',
  ),
  sv: t(
    'En varumärkesfärg kan inte användas',
    '`{value}` i `brand.{key}` är ingen färg som storydeck kan använda.',
    'Skriv färgen som en hexkod, till exempel `#1f4e79` (den finns i er grafiska profil, eller ta fram den med en färgväljare).',
  ),
  de: t(
    'Eine Markenfarbe ist nicht verwendbar',
    '`{value}` in `brand.{key}` ist keine Farbe, die storydeck verwenden kann.',
    'Geben Sie die Farbe als Hex-Code an, etwa `#1f4e79` (Sie finden ihn im Corporate-Design-Handbuch oder mit einer Farbpipette).',
  ),
}

/** A brand font that is no font package name; shared by `frontmatter/brand` and `config/brand`. */
export const BRAND_FONT_TEXTS: Texts = {
  en: t(
    'A brand font cannot be used',
    '`{value}` is not the name of a font package storydeck can install.',
    'Write the name of an `@fontsource` package, in lower-case letters and dashes, such as `inter`.',
  ),
  da: t(
    'En brandskrifttype kan ikke bruges',
    '`{value}` er ikke navnet på en skrifttypepakke, storydeck kan installere.',
    'Skriv navnet på en `@fontsource`-pakke med små bogstaver og bindestreger, f.eks. `inter`.',
  ),
  nb: t(
    'En skrifttype for merkevaren kan ikke brukes',
    '`{value}` er ikke navnet på en skriftpakke storydeck kan installere.',
    'Skriv navnet på en `@fontsource`-pakke med små bokstaver og bindestreker, for eksempel `inter`.',
  ),
  nn: t(
    'Ein skrifttype for merkevara kan ikkje brukast',
    '`{value}` er ikkje namnet på ein skriftpakke storydeck kan installere.',
    'Skriv namnet på ein `@fontsource`-pakke med små bokstavar og bindestrekar, til dømes `inter`.',
  ),
  sv: t(
    'Ett varumärkestypsnitt kan inte användas',
    '`{value}` är inte namnet på ett typsnittspaket som storydeck kan installera.',
    'Skriv namnet på ett `@fontsource`-paket med små bokstäver och bindestreck, till exempel `inter`.',
  ),
  de: t(
    'Eine Markenschrift ist nicht verwendbar',
    '`{value}` ist nicht der Name eines Schriftpakets, das storydeck installieren kann.',
    'Geben Sie den Namen eines `@fontsource`-Pakets in Kleinbuchstaben und mit Bindestrichen an, etwa `inter`.',
  ),
}

/** A brand logo that is no SVG or PNG file: `brand/logo` (the build) and `config/brand`. */
export const BRAND_LOGO_TEXTS: Texts = {
  en: t(
    'The logo cannot be used',
    'The logo `{value}` is not an SVG or PNG file.',
    'Use an SVG or PNG file inside the project, such as `brand/logo.svg`.',
  ),
  da: t(
    'Logoet kan ikke bruges',
    'Logoet `{value}` er ikke en SVG- eller PNG-fil.',
    'Brug en SVG- eller PNG-fil i projektet, f.eks. `brand/logo.svg`.',
  ),
  nb: t(
    'Logoen kan ikke brukes',
    'Logoen `{value}` er ikke en SVG- eller PNG-fil.',
    'Bruk en SVG- eller PNG-fil i prosjektet, for eksempel `brand/logo.svg`.',
  ),
  nn: t(
    'Logoen kan ikkje brukast',
    'Logoen `{value}` er ikkje ei SVG- eller PNG-fil.',
    'Bruk ei SVG- eller PNG-fil i prosjektet, til dømes `brand/logo.svg`.',
  ),
  sv: t(
    'Logotypen kan inte användas',
    'Logotypen `{value}` är ingen SVG- eller PNG-fil.',
    'Använd en SVG- eller PNG-fil i projektet, till exempel `brand/logo.svg`.',
  ),
  de: t(
    'Das Logo ist nicht verwendbar',
    'Das Logo `{value}` ist keine SVG- oder PNG-Datei.',
    'Verwenden Sie eine SVG- oder PNG-Datei im Projekt, etwa `brand/logo.svg`.',
  ),
}

/** Contrast texts; `{ratio}` and `{minimum}` are numbers written the language's way. */
function contrastTexts(darker: boolean): Texts {
  return {
    en: t(
      'Text colour hard to read',
      'Text in {colour} ({foreground}) on {background} ({backgroundColour}) is hard to read (contrast {ratio} : 1; it needs {minimum} : 1).',
      `Choose a ${darker ? 'darker' : 'lighter'} text colour, such as {adjusted}; until you do, the deck and poster use that one, so the text stays readable.`,
    ),
    da: t(
      'Tekstfarven er svær at læse',
      'Tekst i {colour} ({foreground}) på {background} ({backgroundColour}) er svær at læse (kontrast {ratio} : 1; der skal mindst {minimum} : 1 til).',
      `Vælg en ${darker ? 'mørkere' : 'lysere'} tekstfarve, f.eks. {adjusted}. Indtil da bruger præsentationen og plakaten den, så teksten kan læses.`,
    ),
    nb: t(
      'Tekstfargen er vanskelig å lese',
      'Tekst i {colour} ({foreground}) på {background} ({backgroundColour}) er vanskelig å lese (kontrast {ratio} : 1; den må være minst {minimum} : 1).',
      `Velg en ${darker ? 'mørkere' : 'lysere'} tekstfarge, for eksempel {adjusted}. Inntil da bruker presentasjonen og plakaten den, så teksten er lett å lese.`,
    ),
    nn: t(
      'Tekstfargen er vanskeleg å lese',
      'Tekst i {colour} ({foreground}) på {background} ({backgroundColour}) er vanskeleg å lese (kontrast {ratio} : 1; han må vere minst {minimum} : 1).',
      `Vel ein ${darker ? 'mørkare' : 'lysare'} tekstfarge, til dømes {adjusted}. Fram til då brukar presentasjonen og plakaten den, så teksten er lett å lese.`,
    ),
    sv: t(
      'Textfärgen är svårläst',
      'Text i {colour} ({foreground}) på {background} ({backgroundColour}) är svår att läsa (kontrast {ratio} : 1; den behöver vara minst {minimum} : 1).',
      `Välj en ${darker ? 'mörkare' : 'ljusare'} textfärg, till exempel {adjusted}. Tills vidare använder presentationen och affischen den, så att texten går att läsa.`,
    ),
    de: t(
      'Textfarbe schwer lesbar',
      'Text in {colour} ({foreground}) auf {background} ({backgroundColour}) ist schwer lesbar (Kontrast {ratio} : 1; nötig sind {minimum} : 1).',
      `Wählen Sie eine ${darker ? 'dunklere' : 'hellere'} Textfarbe, etwa {adjusted}. Bis dahin verwenden Präsentation und Plakat diese Farbe, damit der Text lesbar bleibt.`,
    ),
  }
}

const themeKeyText: Texts = {
  en: t(
    'A key the theme file does not know',
    'The theme file has a key `{key}` that storydeck does not know, so it is ignored.',
    'Did you mean `{guess}`? A theme file takes these keys: {keys}.',
  ),
  da: t(
    'En nøgle, temafilen ikke kender',
    'Temafilen har en nøgle `{key}`, som storydeck ikke kender, så den bliver ignoreret.',
    'Mente du `{guess}`? En temafil kan have disse nøgler: {keys}.',
  ),
  nb: t(
    'En nøkkel temafilen ikke kjenner',
    'Temafilen har en nøkkel `{key}` som storydeck ikke kjenner, så den blir ignorert.',
    'Mente du `{guess}`? En temafil kan ha disse nøklene: {keys}.',
  ),
  nn: t(
    'Ein nøkkel temafila ikkje kjenner',
    'Temafila har ein nøkkel `{key}` som storydeck ikkje kjenner, så han blir ignorert.',
    'Meinte du `{guess}`? Ei temafil kan ha desse nøklane: {keys}.',
  ),
  sv: t(
    'En nyckel som temafilen inte känner till',
    'Temafilen har nyckeln `{key}`, som storydeck inte känner till, så den ignoreras.',
    'Menade du `{guess}`? En temafil kan ha de här nycklarna: {keys}.',
  ),
  de: t(
    'Ein unbekannter Schlüssel in der Theme-Datei',
    'Die Theme-Datei enthält den Schlüssel `{key}`, den storydeck nicht kennt; er wird ignoriert.',
    'Meinten Sie `{guess}`? Eine Theme-Datei kennt diese Schlüssel: {keys}.',
  ),
}

export const theme = defineMessages('theme', {
  json: {
    id: 'theme/json',
    severity: 'error',
    texts: {
      en: t(
        'The theme file cannot be read',
        'From here on, the theme file is not valid JSON.',
        'Check the punctuation just before this place: a missing comma or quotation mark, or a comma after the last item, is the usual cause.',
      ),
      da: t(
        'Temafilen kan ikke læses',
        'Herfra er temafilen ikke gyldig JSON.',
        'Se tegnsætningen lige før dette sted efter: Som regel mangler der et komma eller et anførselstegn, eller der står et komma efter det sidste punkt.',
      ),
      nb: t(
        'Temafilen kan ikke leses',
        'Herfra er temafilen ikke gyldig JSON.',
        'Se på tegnsettingen like før dette stedet: Som regel mangler det et komma eller et anførselstegn, eller det står et komma etter det siste punktet.',
      ),
      nn: t(
        'Temafila kan ikkje lesast',
        'Herifrå er temafila ikkje gyldig JSON.',
        'Sjå på teiknsetjinga like før denne staden: Som regel manglar det eit komma eller eit hermeteikn, eller det står eit komma etter det siste punktet.',
      ),
      sv: t(
        'Temafilen går inte att läsa',
        'Från och med här är temafilen inte giltig JSON.',
        'Kontrollera skiljetecknen strax före det här stället: oftast saknas ett kommatecken eller citattecken, eller så står det ett kommatecken efter sista punkten.',
      ),
      de: t(
        'Die Theme-Datei ist nicht lesbar',
        'Ab dieser Stelle ist die Theme-Datei kein gültiges JSON.',
        'Prüfen Sie die Zeichensetzung direkt vor dieser Stelle: Meist fehlt ein Komma oder ein Anführungszeichen, oder nach dem letzten Eintrag steht ein Komma.',
      ),
    },
  },
  shape: {
    id: 'theme/shape',
    severity: 'error',
    texts: {
      en: t(
        'The theme file has the wrong form',
        'The theme file must hold its settings between braces, such as `{ "name": "…", "description": "…" }`.',
        'Start the file with `{` and end it with `}`, with the settings in between.',
      ),
      da: t(
        'Temafilen har forkert form',
        'Temafilen skal have sine indstillinger mellem krøllede parenteser, f.eks. `{ "name": "…", "description": "…" }`.',
        'Start filen med `{` og slut den med `}`, med indstillingerne imellem.',
      ),
      nb: t(
        'Temafilen har feil form',
        'Temafilen må ha innstillingene mellom krøllparenteser, for eksempel `{ "name": "…", "description": "…" }`.',
        'Start filen med `{` og avslutt den med `}`, med innstillingene imellom.',
      ),
      nn: t(
        'Temafila har feil form',
        'Temafila må ha innstillingane mellom krøllparentesar, til dømes `{ "name": "…", "description": "…" }`.',
        'Start fila med `{` og avslutt ho med `}`, med innstillingane imellom.',
      ),
      sv: t(
        'Temafilen har fel form',
        'Temafilen ska ha sina inställningar inom klammerparenteser, till exempel `{ "name": "…", "description": "…" }`.',
        'Börja filen med `{` och avsluta den med `}`, med inställningarna däremellan.',
      ),
      de: t(
        'Die Theme-Datei hat die falsche Form',
        'Die Theme-Datei muss ihre Einstellungen in geschweiften Klammern enthalten, etwa `{ "name": "…", "description": "…" }`.',
        'Beginnen Sie die Datei mit `{` und beenden Sie sie mit `}`, die Einstellungen dazwischen.',
      ),
    },
  },
  unknownKeyGuess: { id: 'theme/unknown-key', severity: 'warn', texts: themeKeyText },
  unknownKey: {
    id: 'theme/unknown-key',
    severity: 'warn',
    texts: {
      en: { ...themeKeyText.en, fix: 'Remove it, or use one of the keys a theme file takes: {keys}.' },
      da: { ...themeKeyText.da, fix: 'Fjern den, eller brug en af de nøgler, en temafil kan have: {keys}.' },
      nb: { ...themeKeyText.nb, fix: 'Fjern den, eller bruk en av nøklene en temafil kan ha: {keys}.' },
      nn: { ...themeKeyText.nn, fix: 'Fjern han, eller bruk ein av nøklane ei temafil kan ha: {keys}.' },
      sv: { ...themeKeyText.sv, fix: 'Ta bort den, eller använd någon av de nycklar en temafil kan ha: {keys}.' },
      de: {
        ...themeKeyText.de,
        fix: 'Entfernen Sie ihn, oder verwenden Sie einen der Schlüssel einer Theme-Datei: {keys}.',
      },
    },
  },
  extendsName: {
    id: 'theme/extends',
    severity: 'error',
    texts: {
      en: t(
        'The theme to extend cannot be used',
        '`extends` names `{name}`, which is not the name of a theme folder.',
        'Write the name of a theme folder, in lower-case letters, digits and dashes, such as `nordic`.',
      ),
      da: t(
        'Temaet, der bygges videre på, kan ikke bruges',
        '`extends` nævner `{name}`, som ikke er navnet på en temamappe.',
        'Skriv navnet på en temamappe med små bogstaver, tal og bindestreger, f.eks. `nordic`.',
      ),
      nb: t(
        'Temaet det bygges videre på, kan ikke brukes',
        '`extends` nevner `{name}`, som ikke er navnet på en temamappe.',
        'Skriv navnet på en temamappe med små bokstaver, tall og bindestreker, for eksempel `nordic`.',
      ),
      nn: t(
        'Temaet det blir bygt vidare på, kan ikkje brukast',
        '`extends` nemner `{name}`, som ikkje er namnet på ei temamappe.',
        'Skriv namnet på ei temamappe med små bokstavar, tal og bindestrekar, til dømes `nordic`.',
      ),
      sv: t(
        'Temat som byggs vidare på kan inte användas',
        '`extends` anger `{name}`, som inte är namnet på en temamapp.',
        'Skriv namnet på en temamapp med små bokstäver, siffror och bindestreck, till exempel `nordic`.',
      ),
      de: t(
        'Das erweiterte Theme ist nicht verwendbar',
        '`extends` nennt `{name}`; das ist nicht der Name eines Theme-Ordners.',
        'Geben Sie den Namen eines Theme-Ordners in Kleinbuchstaben, Ziffern und Bindestrichen an, etwa `nordic`.',
      ),
    },
  },
  extendsLoop: {
    id: 'theme/extends',
    severity: 'error',
    texts: {
      en: t(
        'Themes extend each other in a circle',
        'This theme extends `{parent}`, which leads back to `{name}` (or more than four themes deep).',
        'Let `extends` name a theme that does not build on `{name}`.',
      ),
      da: t(
        'Temaer bygger videre på hinanden i ring',
        'Dette tema bygger videre på `{parent}`, som fører tilbage til `{name}` (eller mere end fire temaer ned).',
        'Lad `extends` nævne et tema, der ikke selv bygger på `{name}`.',
      ),
      nb: t(
        'Temaer bygger videre på hverandre i ring',
        'Dette temaet bygger videre på `{parent}`, som fører tilbake til `{name}` (eller mer enn fire temaer ned).',
        'La `extends` nevne et tema som ikke selv bygger på `{name}`.',
      ),
      nn: t(
        'Tema byggjer vidare på kvarandre i ring',
        'Dette temaet byggjer vidare på `{parent}`, som fører tilbake til `{name}` (eller meir enn fire tema ned).',
        'La `extends` nemne eit tema som ikkje sjølv byggjer på `{name}`.',
      ),
      sv: t(
        'Teman bygger vidare på varandra i en cirkel',
        'Det här temat bygger vidare på `{parent}`, som leder tillbaka till `{name}` (eller mer än fyra teman ned).',
        'Låt `extends` ange ett tema som inte självt bygger på `{name}`.',
      ),
      de: t(
        'Themes erweitern sich im Kreis',
        'Dieses Theme erweitert `{parent}`, das wieder zu `{name}` zurückführt (oder mehr als vier Themes tief reicht).',
        'Nennen Sie in `extends` ein Theme, das nicht auf `{name}` aufbaut.',
      ),
    },
  },
  extendsUnknown: {
    id: 'theme/extends',
    severity: 'error',
    texts: {
      en: t(
        'The theme to extend does not exist',
        'This theme extends `{parent}`, but there is no theme of that name.',
        'Choose one of these themes: {themes}.',
      ),
      da: t(
        'Temaet, der bygges videre på, findes ikke',
        'Dette tema bygger videre på `{parent}`, men der findes intet tema med det navn.',
        'Vælg et af disse temaer: {themes}.',
      ),
      nb: t(
        'Temaet det bygges videre på, finnes ikke',
        'Dette temaet bygger videre på `{parent}`, men det finnes ikke noe tema med det navnet.',
        'Velg et av disse temaene: {themes}.',
      ),
      nn: t(
        'Temaet det blir bygt vidare på, finst ikkje',
        'Dette temaet byggjer vidare på `{parent}`, men det finst ikkje noko tema med det namnet.',
        'Vel eitt av desse temaa: {themes}.',
      ),
      sv: t(
        'Temat som byggs vidare på finns inte',
        'Det här temat bygger vidare på `{parent}`, men det finns inget tema med det namnet.',
        'Välj något av de här temana: {themes}.',
      ),
      de: t(
        'Das erweiterte Theme gibt es nicht',
        'Dieses Theme erweitert `{parent}`, aber es gibt kein Theme mit diesem Namen.',
        'Wählen Sie eines dieser Themes: {themes}.',
      ),
    },
  },
  extendsBroken: {
    id: 'theme/extends',
    severity: 'error',
    texts: {
      en: t(
        'The theme to extend has errors',
        'This theme extends `{parent}`, which has errors of its own.',
        'Fix the errors in `{parent}` first (`storydeck themes` lists them), or extend another theme.',
      ),
      da: t(
        'Temaet, der bygges videre på, har fejl',
        'Dette tema bygger videre på `{parent}`, som selv har fejl.',
        'Ret først fejlene i `{parent}` (`storydeck themes` viser dem), eller byg videre på et andet tema.',
      ),
      nb: t(
        'Temaet det bygges videre på, har feil',
        'Dette temaet bygger videre på `{parent}`, som selv har feil.',
        'Rett først feilene i `{parent}` (`storydeck themes` viser dem), eller bygg videre på et annet tema.',
      ),
      nn: t(
        'Temaet det blir bygt vidare på, har feil',
        'Dette temaet byggjer vidare på `{parent}`, som sjølv har feil.',
        'Rett først feila i `{parent}` (`storydeck themes` viser dei), eller byggj vidare på eit anna tema.',
      ),
      sv: t(
        'Temat som byggs vidare på har fel',
        'Det här temat bygger vidare på `{parent}`, som själv har fel.',
        'Rätta först felen i `{parent}` (`storydeck themes` visar dem), eller bygg vidare på ett annat tema.',
      ),
      de: t(
        'Das erweiterte Theme hat Fehler',
        'Dieses Theme erweitert `{parent}`, das selbst Fehler hat.',
        'Beheben Sie zuerst die Fehler in `{parent}` (`storydeck themes` zeigt sie an), oder erweitern Sie ein anderes Theme.',
      ),
    },
  },
  notText: {
    id: 'theme/type',
    severity: 'error',
    texts: {
      en: t(
        'A setting has the wrong kind of value',
        'The value of `{key}` must be a text in quotation marks.',
        'Write it like this: `"{key}": "…"`.',
      ),
      da: t(
        'En indstilling har en forkert slags værdi',
        'Værdien af `{key}` skal være en tekst i anførselstegn.',
        'Skriv den sådan: `"{key}": "…"`.',
      ),
      nb: t(
        'En innstilling har feil type verdi',
        'Verdien av `{key}` må være en tekst i anførselstegn.',
        'Skriv den slik: `"{key}": "…"`.',
      ),
      nn: t(
        'Ei innstilling har feil type verdi',
        'Verdien av `{key}` må vere ein tekst i hermeteikn.',
        'Skriv han slik: `"{key}": "…"`.',
      ),
      sv: t(
        'En inställning har fel sorts värde',
        'Värdet för `{key}` ska vara en text inom citattecken.',
        'Skriv det så här: `"{key}": "…"`.',
      ),
      de: t(
        'Eine Einstellung hat die falsche Art von Wert',
        'Der Wert von `{key}` muss ein Text in Anführungszeichen sein.',
        'Schreiben Sie ihn so: `"{key}": "…"`.',
      ),
    },
  },
  missingKey: {
    id: 'theme/missing-key',
    severity: 'error',
    texts: {
      en: t('A setting is missing', 'The theme file has no `{key}`.', 'Add `"{key}": "…"` to the file.'),
      da: t('En indstilling mangler', 'Temafilen har ingen `{key}`.', 'Tilføj `"{key}": "…"` i filen.'),
      nb: t('En innstilling mangler', 'Temafilen har ingen `{key}`.', 'Legg til `"{key}": "…"` i filen.'),
      nn: t('Ei innstilling manglar', 'Temafila har ingen `{key}`.', 'Legg til `"{key}": "…"` i fila.'),
      sv: t('En inställning saknas', 'Temafilen saknar `{key}`.', 'Lägg till `"{key}": "…"` i filen.'),
      de: t('Eine Einstellung fehlt', 'In der Theme-Datei fehlt `{key}`.', 'Ergänzen Sie `"{key}": "…"` in der Datei.'),
    },
  },
  missingColours: {
    id: 'theme/missing-key',
    severity: 'error',
    texts: {
      en: t(
        'The colours are missing',
        'The theme file has no `colours`.',
        'Add the colours (`"colours": { "text": "#1d2733", … }`), or name a theme to take them from in `"extends"`.',
      ),
      da: t(
        'Farverne mangler',
        'Temafilen har ingen `colours`.',
        'Tilføj farverne (`"colours": { "text": "#1d2733", … }`), eller angiv i `"extends"` et tema, de kan hentes fra.',
      ),
      nb: t(
        'Fargene mangler',
        'Temafilen har ingen `colours`.',
        'Legg til fargene (`"colours": { "text": "#1d2733", … }`), eller oppgi i `"extends"` et tema de kan hentes fra.',
      ),
      nn: t(
        'Fargane manglar',
        'Temafila har ingen `colours`.',
        'Legg til fargane (`"colours": { "text": "#1d2733", … }`), eller oppgje i `"extends"` eit tema dei kan hentast frå.',
      ),
      sv: t(
        'Färgerna saknas',
        'Temafilen saknar `colours`.',
        'Lägg till färgerna (`"colours": { "text": "#1d2733", … }`), eller ange i `"extends"` ett tema att hämta dem från.',
      ),
      de: t(
        'Die Farben fehlen',
        'In der Theme-Datei fehlt `colours`.',
        'Ergänzen Sie die Farben (`"colours": { "text": "#1d2733", … }`), oder nennen Sie in `"extends"` ein Theme, aus dem sie übernommen werden.',
      ),
    },
  },
  missingFonts: {
    id: 'theme/missing-key',
    severity: 'error',
    texts: {
      en: t(
        'The fonts are missing',
        'The theme file has no `fonts`.',
        'Add `"fonts": { "body": "…", "heading": "…" }`, or name a theme to take them from in `"extends"`.',
      ),
      da: t(
        'Skrifttyperne mangler',
        'Temafilen har ingen `fonts`.',
        'Tilføj `"fonts": { "body": "…", "heading": "…" }`, eller angiv i `"extends"` et tema, de kan hentes fra.',
      ),
      nb: t(
        'Skrifttypene mangler',
        'Temafilen har ingen `fonts`.',
        'Legg til `"fonts": { "body": "…", "heading": "…" }`, eller oppgi i `"extends"` et tema de kan hentes fra.',
      ),
      nn: t(
        'Skrifttypane manglar',
        'Temafila har ingen `fonts`.',
        'Legg til `"fonts": { "body": "…", "heading": "…" }`, eller oppgje i `"extends"` eit tema dei kan hentast frå.',
      ),
      sv: t(
        'Typsnitten saknas',
        'Temafilen saknar `fonts`.',
        'Lägg till `"fonts": { "body": "…", "heading": "…" }`, eller ange i `"extends"` ett tema att hämta dem från.',
      ),
      de: t(
        'Die Schriften fehlen',
        'In der Theme-Datei fehlt `fonts`.',
        'Ergänzen Sie `"fonts": { "body": "…", "heading": "…" }`, oder nennen Sie in `"extends"` ein Theme, aus dem sie übernommen werden.',
      ),
    },
  },
  coloursType: {
    id: 'theme/type',
    severity: 'error',
    texts: {
      en: t(
        'The colours have the wrong form',
        '`colours` must list the colours between braces.',
        'Write it like this: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
      da: t(
        'Farverne har forkert form',
        '`colours` skal liste farverne mellem krøllede parenteser.',
        'Skriv det sådan: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
      nb: t(
        'Fargene har feil form',
        '`colours` må liste fargene mellom krøllparenteser.',
        'Skriv det slik: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
      nn: t(
        'Fargane har feil form',
        '`colours` må liste fargane mellom krøllparentesar.',
        'Skriv det slik: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
      sv: t(
        'Färgerna har fel form',
        '`colours` ska lista färgerna inom klammerparenteser.',
        'Skriv så här: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
      de: t(
        'Die Farben haben die falsche Form',
        '`colours` muss die Farben in geschweiften Klammern aufführen.',
        'Schreiben Sie es so: `"colours": { "text": "#1d2733", "background": "#ffffff", … }`.',
      ),
    },
  },
  colourValue: {
    id: 'theme/colour',
    severity: 'error',
    texts: {
      en: t(
        'A colour cannot be used',
        '`{value}` for `{name}` is not a colour storydeck can use.',
        'Write the colour as a hex code such as `#1f4e79` (your brand guide or a colour picker gives it).',
      ),
      da: t(
        'En farve kan ikke bruges',
        '`{value}` i `{name}` er ikke en farve, storydeck kan bruge.',
        'Skriv farven som en hexkode, f.eks. `#1f4e79` (den står i jeres designmanual, eller du kan finde den med en farvevælger).',
      ),
      nb: t(
        'En farge kan ikke brukes',
        '`{value}` i `{name}` er ikke en farge storydeck kan bruke.',
        'Skriv fargen som en hexkode, for eksempel `#1f4e79` (den står i profilmanualen, eller du finner den med en fargevelger).',
      ),
      nn: t(
        'Ein farge kan ikkje brukast',
        '`{value}` i `{name}` er ikkje ein farge storydeck kan bruke.',
        'Skriv fargen som ein hexkode, til dømes `#1f4e79` (han står i profilmanualen, eller du finn han med ein fargeveljar).',
      ),
      sv: t(
        'En färg kan inte användas',
        '`{value}` i `{name}` är ingen färg som storydeck kan använda.',
        'Skriv färgen som en hexkod, till exempel `#1f4e79` (den finns i er grafiska profil, eller ta fram den med en färgväljare).',
      ),
      de: t(
        'Eine Farbe ist nicht verwendbar',
        '`{value}` in `{name}` ist keine Farbe, die storydeck verwenden kann.',
        'Geben Sie die Farbe als Hex-Code an, etwa `#1f4e79` (Sie finden ihn im Corporate-Design-Handbuch oder mit einer Farbpipette).',
      ),
    },
  },
  colourNameGuess: {
    id: 'theme/colour',
    severity: 'error',
    texts: {
      en: t(
        'A colour the theme does not know',
        'A theme has no colour called `{name}`.',
        'Did you mean `{guess}`? A theme has these colours: {names}.',
      ),
      da: t(
        'En farve, temaet ikke kender',
        'Et tema har ingen farve, der hedder `{name}`.',
        'Mente du `{guess}`? Et tema har disse farver: {names}.',
      ),
      nb: t(
        'En farge temaet ikke kjenner',
        'Et tema har ingen farge som heter `{name}`.',
        'Mente du `{guess}`? Et tema har disse fargene: {names}.',
      ),
      nn: t(
        'Ein farge temaet ikkje kjenner',
        'Eit tema har ingen farge som heiter `{name}`.',
        'Meinte du `{guess}`? Eit tema har desse fargane: {names}.',
      ),
      sv: t(
        'En färg som temat inte känner till',
        'Ett tema har ingen färg som heter `{name}`.',
        'Menade du `{guess}`? Ett tema har de här färgerna: {names}.',
      ),
      de: t(
        'Eine unbekannte Farbe',
        'Ein Theme hat keine Farbe namens `{name}`.',
        'Meinten Sie `{guess}`? Ein Theme hat diese Farben: {names}.',
      ),
    },
  },
  colourName: {
    id: 'theme/colour',
    severity: 'error',
    texts: {
      en: t(
        'A colour the theme does not know',
        'A theme has no colour called `{name}`.',
        'Use one of the colours a theme has: {names}.',
      ),
      da: t(
        'En farve, temaet ikke kender',
        'Et tema har ingen farve, der hedder `{name}`.',
        'Brug en af de farver, et tema har: {names}.',
      ),
      nb: t(
        'En farge temaet ikke kjenner',
        'Et tema har ingen farge som heter `{name}`.',
        'Bruk en av fargene et tema har: {names}.',
      ),
      nn: t(
        'Ein farge temaet ikkje kjenner',
        'Eit tema har ingen farge som heiter `{name}`.',
        'Bruk ein av fargane eit tema har: {names}.',
      ),
      sv: t(
        'En färg som temat inte känner till',
        'Ett tema har ingen färg som heter `{name}`.',
        'Använd någon av de färger ett tema har: {names}.',
      ),
      de: t(
        'Eine unbekannte Farbe',
        'Ein Theme hat keine Farbe namens `{name}`.',
        'Verwenden Sie eine der Farben eines Themes: {names}.',
      ),
    },
  },
  coloursMissing: {
    id: 'theme/colour',
    severity: 'error',
    texts: {
      en: t(
        'Some colours are missing',
        'The theme’s colours leave out {missing}.',
        'A theme needs every one of these colours: {names}.',
      ),
      da: t(
        'Nogle farver mangler',
        'Temaets farver mangler {missing}.',
        'Et tema skal have alle disse farver: {names}.',
      ),
      nb: t('Noen farger mangler', 'Temaets farger mangler {missing}.', 'Et tema må ha alle disse fargene: {names}.'),
      nn: t(
        'Nokre fargar manglar',
        'Fargane i temaet manglar {missing}.',
        'Eit tema må ha alle desse fargane: {names}.',
      ),
      sv: t(
        'Några färger saknas',
        'Temats färger saknar {missing}.',
        'Ett tema behöver alla de här färgerna: {names}.',
      ),
      de: t(
        'Einige Farben fehlen',
        'Den Farben des Themes fehlt Folgendes: {missing}.',
        'Ein Theme braucht jede dieser Farben: {names}.',
      ),
    },
  },
  fontsType: {
    id: 'theme/type',
    severity: 'error',
    texts: {
      en: t(
        'The fonts have the wrong form',
        '`fonts` must give a `body` and a `heading` font list between braces.',
        'Write it like this: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
      da: t(
        'Skrifttyperne har forkert form',
        '`fonts` skal angive en `body`- og en `heading`-skrifttypeliste mellem krøllede parenteser.',
        'Skriv det sådan: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
      nb: t(
        'Skrifttypene har feil form',
        '`fonts` må oppgi en `body`- og en `heading`-liste med skrifttyper mellom krøllparenteser.',
        'Skriv det slik: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
      nn: t(
        'Skrifttypane har feil form',
        '`fonts` må oppgje ei `body`- og ei `heading`-liste med skrifttypar mellom krøllparentesar.',
        'Skriv det slik: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
      sv: t(
        'Typsnitten har fel form',
        '`fonts` ska ange en `body`- och en `heading`-lista med typsnitt inom klammerparenteser.',
        'Skriv så här: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
      de: t(
        'Die Schriften haben die falsche Form',
        '`fonts` muss in geschweiften Klammern eine Schriftliste für `body` und eine für `heading` angeben.',
        'Schreiben Sie es so: `"fonts": { "body": "…", "heading": "…" }`.',
      ),
    },
  },
  fontList: {
    id: 'theme/font',
    severity: 'error',
    texts: {
      en: t(
        'A font list cannot be used',
        'The fonts for `{role}` cannot be used as written.',
        "Write font names separated by commas, such as `'Segoe UI', Arial, sans-serif`.",
      ),
      da: t(
        'En skrifttypeliste kan ikke bruges',
        'Skrifttyperne til `{role}` kan ikke bruges, som de står.',
        "Skriv navnene på skrifttyperne adskilt af kommaer, f.eks. `'Segoe UI', Arial, sans-serif`.",
      ),
      nb: t(
        'En liste med skrifttyper kan ikke brukes',
        'Skrifttypene for `{role}` kan ikke brukes slik de står.',
        "Skriv navnene på skrifttypene skilt med komma, for eksempel `'Segoe UI', Arial, sans-serif`.",
      ),
      nn: t(
        'Ei liste med skrifttypar kan ikkje brukast',
        'Skrifttypane for `{role}` kan ikkje brukast slik dei står.',
        "Skriv namna på skrifttypane skilde med komma, til dømes `'Segoe UI', Arial, sans-serif`.",
      ),
      sv: t(
        'En typsnittslista kan inte användas',
        'Typsnitten för `{role}` kan inte användas som de är skrivna.',
        "Skriv typsnittens namn åtskilda med kommatecken, till exempel `'Segoe UI', Arial, sans-serif`.",
      ),
      de: t(
        'Eine Schriftliste ist nicht verwendbar',
        'Die Schriften für `{role}` sind so nicht verwendbar.',
        "Geben Sie Schriftnamen durch Kommas getrennt an, etwa `'Segoe UI', Arial, sans-serif`.",
      ),
    },
  },
  fontRole: {
    id: 'theme/font',
    severity: 'error',
    texts: {
      en: t(
        'A font the theme does not know',
        'A theme has no font called `{role}`.',
        'Use `body` (for running text) or `heading` (for titles).',
      ),
      da: t(
        'En skrifttype, temaet ikke kender',
        'Et tema har ingen skrifttype, der hedder `{role}`.',
        'Brug `body` (til brødtekst) eller `heading` (til overskrifter).',
      ),
      nb: t(
        'En skrifttype temaet ikke kjenner',
        'Et tema har ingen skrifttype som heter `{role}`.',
        'Bruk `body` (for brødtekst) eller `heading` (for overskrifter).',
      ),
      nn: t(
        'Ein skrifttype temaet ikkje kjenner',
        'Eit tema har ingen skrifttype som heiter `{role}`.',
        'Bruk `body` (for brødtekst) eller `heading` (for overskrifter).',
      ),
      sv: t(
        'Ett typsnitt som temat inte känner till',
        'Ett tema har inget typsnitt som heter `{role}`.',
        'Använd `body` (för brödtext) eller `heading` (för rubriker).',
      ),
      de: t(
        'Eine unbekannte Schriftrolle',
        'Ein Theme hat keine Schrift namens `{role}`.',
        'Verwenden Sie `body` (für Fließtext) oder `heading` (für Überschriften).',
      ),
    },
  },
  fontsNoBody: {
    id: 'theme/font',
    severity: 'error',
    texts: {
      en: t(
        'The body font is missing',
        'The theme’s `fonts` have no `body` font.',
        'Add `"body": "…"` with the fonts for running text.',
      ),
      da: t(
        'Skrifttypen til brødtekst mangler',
        'Temaets `fonts` har ingen `body`-skrifttype.',
        'Tilføj `"body": "…"` med skrifttyperne til brødteksten.',
      ),
      nb: t(
        'Skrifttypen for brødtekst mangler',
        'Temaets `fonts` har ingen `body`-skrifttype.',
        'Legg til `"body": "…"` med skrifttypene for brødteksten.',
      ),
      nn: t(
        'Skrifttypen for brødtekst manglar',
        '`fonts` i temaet har ingen `body`-skrifttype.',
        'Legg til `"body": "…"` med skrifttypane for brødteksten.',
      ),
      sv: t(
        'Typsnittet för brödtext saknas',
        'Temats `fonts` saknar ett `body`-typsnitt.',
        'Lägg till `"body": "…"` med typsnitten för brödtexten.',
      ),
      de: t(
        'Die Schrift für den Fließtext fehlt',
        'In den `fonts` des Themes fehlt die Schrift `body`.',
        'Ergänzen Sie `"body": "…"` mit den Schriften für den Fließtext.',
      ),
    },
  },
  logoPlacement: {
    id: 'theme/logo',
    severity: 'error',
    texts: {
      en: t(
        'The logo placement cannot be used',
        'The logo’s placement cannot be used as written.',
        'Write `"logo": { "placement": "…" }` with one of these placements: {placements}.',
      ),
      da: t(
        'Logoets placering kan ikke bruges',
        'Logoets placering kan ikke bruges, som den står.',
        'Skriv `"logo": { "placement": "…" }` med en af disse placeringer: {placements}.',
      ),
      nb: t(
        'Logoplasseringen kan ikke brukes',
        'Plasseringen av logoen kan ikke brukes slik den står.',
        'Skriv `"logo": { "placement": "…" }` med en av disse plasseringene: {placements}.',
      ),
      nn: t(
        'Logoplasseringa kan ikkje brukast',
        'Plasseringa av logoen kan ikkje brukast slik ho står.',
        'Skriv `"logo": { "placement": "…" }` med ei av desse plasseringane: {placements}.',
      ),
      sv: t(
        'Logotypens placering kan inte användas',
        'Logotypens placering kan inte användas som den är skriven.',
        'Skriv `"logo": { "placement": "…" }` med någon av de här placeringarna: {placements}.',
      ),
      de: t(
        'Die Logo-Position ist nicht verwendbar',
        'Die Position des Logos ist so nicht verwendbar.',
        'Schreiben Sie `"logo": { "placement": "…" }` mit einem dieser Werte: {placements}.',
      ),
    },
  },
  fileMissing: {
    id: 'theme/file',
    severity: 'error',
    texts: {
      en: t(
        'A theme file is missing',
        'The theme has no `{file}`.',
        'Put `{file}` beside `theme.json`, or name a theme to take it from in `"extends"`.',
      ),
      da: t(
        'En temafil mangler',
        'Temaet har ingen `{file}`.',
        'Læg `{file}` ved siden af `theme.json`, eller angiv i `"extends"` et tema, den kan hentes fra.',
      ),
      nb: t(
        'En temafil mangler',
        'Temaet har ingen `{file}`.',
        'Legg `{file}` ved siden av `theme.json`, eller oppgi i `"extends"` et tema den kan hentes fra.',
      ),
      nn: t(
        'Ei temafil manglar',
        'Temaet har inga `{file}`.',
        'Legg `{file}` ved sida av `theme.json`, eller oppgje i `"extends"` eit tema ho kan hentast frå.',
      ),
      sv: t(
        'En temafil saknas',
        'Temat saknar `{file}`.',
        'Lägg `{file}` bredvid `theme.json`, eller ange i `"extends"` ett tema att hämta den från.',
      ),
      de: t(
        'Eine Theme-Datei fehlt',
        'Dem Theme fehlt `{file}`.',
        'Legen Sie `{file}` neben `theme.json`, oder nennen Sie in `"extends"` ein Theme, aus dem die Datei übernommen wird.',
      ),
    },
  },
  fileOutside: {
    id: 'theme/file',
    severity: 'error',
    texts: {
      en: t(
        'A theme file leads outside the theme',
        '`{file}` leads outside the theme folder, so storydeck does not read it.',
        'Put the file itself in the theme folder, not a link to a file elsewhere.',
      ),
      da: t(
        'En temafil fører uden for temaet',
        '`{file}` fører uden for temamappen, så storydeck læser den ikke.',
        'Læg selve filen i temamappen, ikke en genvej til en fil et andet sted.',
      ),
      nb: t(
        'En temafil fører ut av temaet',
        '`{file}` fører ut av temamappen, så storydeck leser den ikke.',
        'Legg selve filen i temamappen, ikke en lenke til en fil et annet sted.',
      ),
      nn: t(
        'Ei temafil fører ut av temaet',
        '`{file}` fører ut av temamappa, så storydeck les ho ikkje.',
        'Legg sjølve fila i temamappa, ikkje ei lenkje til ei fil ein annan stad.',
      ),
      sv: t(
        'En temafil leder utanför temat',
        '`{file}` leder utanför temamappen, så storydeck läser den inte.',
        'Lägg själva filen i temamappen, inte en länk till en fil någon annanstans.',
      ),
      de: t(
        'Eine Theme-Datei führt aus dem Theme hinaus',
        '`{file}` führt aus dem Theme-Ordner hinaus, daher liest storydeck die Datei nicht.',
        'Legen Sie die Datei selbst in den Theme-Ordner, keine Verknüpfung zu einer Datei anderswo.',
      ),
    },
  },
  posterValue: {
    id: 'theme/poster',
    severity: 'error',
    texts: {
      en: t(
        'A poster size cannot be used',
        '`{value}` cannot be used for the poster size `{name}`.',
        'Give a number above 0 and up to {max} (in em of the body text), such as `{example}`.',
      ),
      da: t(
        'Et plakatmål kan ikke bruges',
        '`{value}` kan ikke bruges som plakatmålet `{name}`.',
        'Angiv et tal over 0 og højst {max} (i em af brødteksten), f.eks. `{example}`.',
      ),
      nb: t(
        'Et plakatmål kan ikke brukes',
        '`{value}` kan ikke brukes som plakatmålet `{name}`.',
        'Oppgi et tall over 0 og høyst {max} (i em av brødteksten), for eksempel `{example}`.',
      ),
      nn: t(
        'Eit plakatmål kan ikkje brukast',
        '`{value}` kan ikkje brukast som plakatmålet `{name}`.',
        'Oppgje eit tal over 0 og høgst {max} (i em av brødteksten), til dømes `{example}`.',
      ),
      sv: t(
        'Ett affischmått kan inte användas',
        '`{value}` kan inte användas som affischmåttet `{name}`.',
        'Ange ett tal över 0 och högst {max} (i em av brödtexten), till exempel `{example}`.',
      ),
      de: t(
        'Ein Plakatmaß ist nicht verwendbar',
        '`{value}` ist als Plakatmaß `{name}` nicht verwendbar.',
        'Geben Sie eine Zahl über 0 und höchstens {max} an (in em des Fließtexts), etwa `{example}`.',
      ),
    },
  },
  posterSpace: {
    id: 'theme/poster',
    severity: 'error',
    texts: {
      en: t(
        'A poster size cannot be used',
        '`{value}` cannot be used for the poster size `{name}`.',
        'Give a number from 0 up to {max} (in em of the body text), such as `{example}`.',
      ),
      da: t(
        'Et plakatmål kan ikke bruges',
        '`{value}` kan ikke bruges som plakatmålet `{name}`.',
        'Angiv et tal fra 0 til {max} (i em af brødteksten), f.eks. `{example}`.',
      ),
      nb: t(
        'Et plakatmål kan ikke brukes',
        '`{value}` kan ikke brukes som plakatmålet `{name}`.',
        'Oppgi et tall fra 0 til {max} (i em av brødteksten), for eksempel `{example}`.',
      ),
      nn: t(
        'Eit plakatmål kan ikkje brukast',
        '`{value}` kan ikkje brukast som plakatmålet `{name}`.',
        'Oppgje eit tal frå 0 til {max} (i em av brødteksten), til dømes `{example}`.',
      ),
      sv: t(
        'Ett affischmått kan inte användas',
        '`{value}` kan inte användas som affischmåttet `{name}`.',
        'Ange ett tal från 0 till {max} (i em av brödtexten), till exempel `{example}`.',
      ),
      de: t(
        'Ein Plakatmaß ist nicht verwendbar',
        '`{value}` ist als Plakatmaß `{name}` nicht verwendbar.',
        'Geben Sie eine Zahl von 0 bis {max} an (in em des Fließtexts), etwa `{example}`.',
      ),
    },
  },
  posterType: {
    id: 'theme/poster',
    severity: 'error',
    texts: {
      en: t(
        'The poster sizes have the wrong form',
        '`poster` must list sizes between braces.',
        'Write it like this: `"poster": { "bandGap": 1.5 }`.',
      ),
      da: t(
        'Plakatens mål har forkert form',
        '`poster` skal liste målene mellem krøllede parenteser.',
        'Skriv det sådan: `"poster": { "bandGap": 1.5 }`.',
      ),
      nb: t(
        'Plakatmålene har feil form',
        '`poster` må liste målene mellom krøllparenteser.',
        'Skriv det slik: `"poster": { "bandGap": 1.5 }`.',
      ),
      nn: t(
        'Plakatmåla har feil form',
        '`poster` må liste måla mellom krøllparentesar.',
        'Skriv det slik: `"poster": { "bandGap": 1.5 }`.',
      ),
      sv: t(
        'Affischens mått har fel form',
        '`poster` ska lista måtten inom klammerparenteser.',
        'Skriv så här: `"poster": { "bandGap": 1.5 }`.',
      ),
      de: t(
        'Die Plakatmaße haben die falsche Form',
        '`poster` muss die Maße in geschweiften Klammern aufführen.',
        'Schreiben Sie es so: `"poster": { "bandGap": 1.5 }`.',
      ),
    },
  },
  posterSizeGuess: {
    id: 'theme/poster',
    severity: 'error',
    texts: {
      en: t(
        'A poster size the theme does not know',
        'A poster has no size called `{name}`.',
        'Did you mean `{guess}`? docs/themes.md lists every poster size.',
      ),
      da: t(
        'Et plakatmål, temaet ikke kender',
        'En plakat har intet mål, der hedder `{name}`.',
        'Mente du `{guess}`? Alle plakatmål står i docs/themes.md.',
      ),
      nb: t(
        'Et plakatmål temaet ikke kjenner',
        'En plakat har ikke noe mål som heter `{name}`.',
        'Mente du `{guess}`? Alle plakatmålene står i docs/themes.md.',
      ),
      nn: t(
        'Eit plakatmål temaet ikkje kjenner',
        'Ein plakat har ikkje noko mål som heiter `{name}`.',
        'Meinte du `{guess}`? Alle plakatmåla står i docs/themes.md.',
      ),
      sv: t(
        'Ett affischmått som temat inte känner till',
        'En affisch har inget mått som heter `{name}`.',
        'Menade du `{guess}`? Alla affischmått finns i docs/themes.md.',
      ),
      de: t(
        'Ein unbekanntes Plakatmaß',
        'Ein Plakat hat kein Maß namens `{name}`.',
        'Meinten Sie `{guess}`? Alle Plakatmaße stehen in docs/themes.md.',
      ),
    },
  },
  posterSize: {
    id: 'theme/poster',
    severity: 'error',
    texts: {
      en: t(
        'A poster size the theme does not know',
        'A poster has no size called `{name}`.',
        'Use one of the sizes listed in docs/themes.md.',
      ),
      da: t(
        'Et plakatmål, temaet ikke kender',
        'En plakat har intet mål, der hedder `{name}`.',
        'Brug et af målene i docs/themes.md.',
      ),
      nb: t(
        'Et plakatmål temaet ikke kjenner',
        'En plakat har ikke noe mål som heter `{name}`.',
        'Bruk et av målene i docs/themes.md.',
      ),
      nn: t(
        'Eit plakatmål temaet ikkje kjenner',
        'Ein plakat har ikkje noko mål som heiter `{name}`.',
        'Bruk eitt av måla i docs/themes.md.',
      ),
      sv: t(
        'Ett affischmått som temat inte känner till',
        'En affisch har inget mått som heter `{name}`.',
        'Använd något av måtten i docs/themes.md.',
      ),
      de: t(
        'Ein unbekanntes Plakatmaß',
        'Ein Plakat hat kein Maß namens `{name}`.',
        'Verwenden Sie eines der Maße aus docs/themes.md.',
      ),
    },
  },
  contrastDarker: { id: 'a11y/contrast', severity: 'warn', texts: contrastTexts(true) },
  contrastLighter: { id: 'a11y/contrast', severity: 'warn', texts: contrastTexts(false) },
  logoType: { id: 'brand/logo', severity: 'error', texts: BRAND_LOGO_TEXTS },
  logoAddress: {
    id: 'brand/logo',
    severity: 'error',
    texts: {
      en: t(
        'The logo is not in the project',
        'The logo `{logo}` is a web address or a path from the top of the disk, so it cannot travel with the deck.',
        'Copy the logo into the project folder and give its path there, such as `brand/logo.svg`.',
      ),
      da: t(
        'Logoet ligger ikke i projektet',
        'Logoet `{logo}` er en webadresse eller en sti fra diskens rod, så det kan ikke følge med præsentationen.',
        'Kopiér logoet ind i projektmappen, og angiv stien dertil, f.eks. `brand/logo.svg`.',
      ),
      nb: t(
        'Logoen ligger ikke i prosjektet',
        'Logoen `{logo}` er en nettadresse eller en sti fra roten av disken, så den kan ikke følge med presentasjonen.',
        'Kopier logoen inn i prosjektmappen, og oppgi stien dit, for eksempel `brand/logo.svg`.',
      ),
      nn: t(
        'Logoen ligg ikkje i prosjektet',
        'Logoen `{logo}` er ei nettadresse eller ein sti frå rota av disken, så han kan ikkje følgje med presentasjonen.',
        'Kopier logoen inn i prosjektmappa, og oppgje stien dit, til dømes `brand/logo.svg`.',
      ),
      sv: t(
        'Logotypen ligger inte i projektet',
        'Logotypen `{logo}` är en webbadress eller en sökväg från diskens rot, så den kan inte följa med presentationen.',
        'Kopiera logotypen till projektmappen och ange sökvägen dit, till exempel `brand/logo.svg`.',
      ),
      de: t(
        'Das Logo liegt nicht im Projekt',
        'Das Logo `{logo}` ist eine Webadresse oder ein Pfad ab dem Stamm des Laufwerks und kann daher nicht mit der Präsentation weitergegeben werden.',
        'Kopieren Sie das Logo in den Projektordner und geben Sie den Pfad dorthin an, etwa `brand/logo.svg`.',
      ),
    },
  },
  logoOutside: {
    id: 'brand/logo',
    severity: 'error',
    texts: {
      en: t(
        'The logo is outside the project',
        'The logo leads outside the project folder.',
        'Copy the logo into the project folder and give its path there, such as `brand/logo.svg`.',
      ),
      da: t(
        'Logoet ligger uden for projektet',
        'Logoet fører uden for projektmappen.',
        'Kopiér logoet ind i projektmappen, og angiv stien dertil, f.eks. `brand/logo.svg`.',
      ),
      nb: t(
        'Logoen ligger utenfor prosjektet',
        'Logoen fører ut av prosjektmappen.',
        'Kopier logoen inn i prosjektmappen, og oppgi stien dit, for eksempel `brand/logo.svg`.',
      ),
      nn: t(
        'Logoen ligg utanfor prosjektet',
        'Logoen fører ut av prosjektmappa.',
        'Kopier logoen inn i prosjektmappa, og oppgje stien dit, til dømes `brand/logo.svg`.',
      ),
      sv: t(
        'Logotypen ligger utanför projektet',
        'Logotypen leder utanför projektmappen.',
        'Kopiera logotypen till projektmappen och ange sökvägen dit, till exempel `brand/logo.svg`.',
      ),
      de: t(
        'Das Logo liegt außerhalb des Projekts',
        'Das Logo führt aus dem Projektordner hinaus.',
        'Kopieren Sie das Logo in den Projektordner und geben Sie den Pfad dorthin an, etwa `brand/logo.svg`.',
      ),
    },
  },
  logoMissing: {
    id: 'brand/logo',
    severity: 'error',
    texts: {
      en: t(
        'The logo is missing',
        'There is no logo at `{logo}`.',
        'Check the path (it starts at the project folder), or put the logo there.',
      ),
      da: t(
        'Logoet mangler',
        'Der er intet logo på `{logo}`.',
        'Tjek stien (den starter i projektmappen), eller læg logoet der.',
      ),
      nb: t(
        'Logoen mangler',
        'Det finnes ingen logo på `{logo}`.',
        'Sjekk stien (den starter i prosjektmappen), eller legg logoen der.',
      ),
      nn: t(
        'Logoen manglar',
        'Det finst ingen logo på `{logo}`.',
        'Sjekk stien (han startar i prosjektmappa), eller legg logoen der.',
      ),
      sv: t(
        'Logotypen saknas',
        'Det finns ingen logotyp på `{logo}`.',
        'Kontrollera sökvägen (den utgår från projektmappen), eller lägg logotypen där.',
      ),
      de: t(
        'Das Logo fehlt',
        'Unter `{logo}` gibt es kein Logo.',
        'Prüfen Sie den Pfad (er beginnt im Projektordner), oder legen Sie das Logo dort ab.',
      ),
    },
  },
  logoNotImage: {
    id: 'brand/logo',
    severity: 'error',
    texts: {
      en: t(
        'The logo is not an image',
        '`{logo}` is not really a {kind} image.',
        'Export the logo again as SVG or PNG, or choose the right file.',
      ),
      da: t(
        'Logoet er ikke et billede',
        '`{logo}` er ikke et rigtigt {kind}-billede.',
        'Eksportér logoet igen som SVG eller PNG, eller vælg den rigtige fil.',
      ),
      nb: t(
        'Logoen er ikke et bilde',
        '`{logo}` er ikke et ekte {kind}-bilde.',
        'Eksporter logoen på nytt som SVG eller PNG, eller velg riktig fil.',
      ),
      nn: t(
        'Logoen er ikkje eit bilete',
        '`{logo}` er ikkje eit ekte {kind}-bilete.',
        'Eksporter logoen på nytt som SVG eller PNG, eller vel rett fil.',
      ),
      sv: t(
        'Logotypen är ingen bild',
        '`{logo}` är ingen riktig {kind}-bild.',
        'Exportera logotypen igen som SVG eller PNG, eller välj rätt fil.',
      ),
      de: t(
        'Das Logo ist kein Bild',
        '`{logo}` ist kein echtes {kind}-Bild.',
        'Exportieren Sie das Logo erneut als SVG oder PNG, oder wählen Sie die richtige Datei.',
      ),
    },
  },
  fontMissing: {
    id: 'brand/font',
    severity: 'error',
    texts: {
      en: t(
        'The brand font is not installed',
        'The font `{font}` is not installed in the project.',
        'Run `npm install @fontsource/{font}` in the project folder, or remove `font` from `brand`.',
      ),
      da: t(
        'Brandskrifttypen er ikke installeret',
        'Skrifttypen `{font}` er ikke installeret i projektet.',
        'Kør `npm install @fontsource/{font}` i projektmappen, eller fjern `font` fra `brand`.',
      ),
      nb: t(
        'Skrifttypen for merkevaren er ikke installert',
        'Skrifttypen `{font}` er ikke installert i prosjektet.',
        'Kjør `npm install @fontsource/{font}` i prosjektmappen, eller fjern `font` fra `brand`.',
      ),
      nn: t(
        'Skrifttypen for merkevara er ikkje installert',
        'Skrifttypen `{font}` er ikkje installert i prosjektet.',
        'Køyr `npm install @fontsource/{font}` i prosjektmappa, eller fjern `font` frå `brand`.',
      ),
      sv: t(
        'Varumärkestypsnittet är inte installerat',
        'Typsnittet `{font}` är inte installerat i projektet.',
        'Kör `npm install @fontsource/{font}` i projektmappen, eller ta bort `font` från `brand`.',
      ),
      de: t(
        'Die Markenschrift ist nicht installiert',
        'Die Schrift `{font}` ist im Projekt nicht installiert.',
        'Führen Sie `npm install @fontsource/{font}` im Projektordner aus, oder entfernen Sie `font` aus `brand`.',
      ),
    },
  },
  storyBrandColour: { id: 'frontmatter/brand', severity: 'error', texts: BRAND_COLOUR_TEXTS },
  storyBrandFont: { id: 'frontmatter/brand', severity: 'error', texts: BRAND_FONT_TEXTS },
})
