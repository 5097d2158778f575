/**
 * Messages of the `config` group: the project's `storydeck.config.json`.
 * Each: rule id, severity, and in en, da, nb, nn, sv, de a title, the text
 * (second person, plain words, `{name}` values) and the fix. See
 * `../entry.ts`. Shown in the project's language.
 */
import type { Lang } from '../../types.ts'
import { defineMessages, type MessageText } from '../entry.ts'
import { BRAND_COLOUR_TEXTS, BRAND_FONT_TEXTS, BRAND_LOGO_TEXTS } from './theme.ts'

/** Title, text and fix of one language (keeps the entries below short). */
function t(title: string, text: string, fix: string): MessageText {
  return { title, text, fix }
}

type Words = Readonly<Record<Lang, string>>

/**
 * What each configuration key takes, in words (the `{expected}` of
 * `config.type`), and an example to copy (its `{example}`).
 */
export const CONFIG_VALUES: Readonly<Record<string, { expected: Words; example: string }>> = {
  theme: {
    expected: {
      en: 'the name of a theme in quotation marks',
      da: 'navnet på et tema i anførselstegn',
      nb: 'navnet på et tema i anførselstegn',
      nn: 'namnet på eit tema i hermeteikn',
      sv: 'namnet på ett tema inom citattecken',
      de: 'der Name eines Themes in Anführungszeichen',
    },
    example: '`"theme": "nordic"`',
  },
  html: {
    expected: {
      en: 'yes or no (`true` or `false`)',
      da: 'ja eller nej (`true` eller `false`)',
      nb: 'ja eller nei (`true` eller `false`)',
      nn: 'ja eller nei (`true` eller `false`)',
      sv: 'ja eller nej (`true` eller `false`)',
      de: 'ja oder nein (`true` oder `false`)',
    },
    example: '`"html": false`',
  },
  brand: {
    expected: {
      en: 'a group of texts between braces',
      da: 'en gruppe tekster mellem krøllede parenteser',
      nb: 'en gruppe tekster mellom krøllparenteser',
      nn: 'ei gruppe tekstar mellom krøllparentesar',
      sv: 'en grupp texter inom klammerparenteser',
      de: 'eine Gruppe von Texten in geschweiften Klammern',
    },
    example: '`"brand": { "primary": "#1f4e79" }`',
  },
  lint: {
    expected: {
      en: 'rule ids, each set to `off`, `info`, `warn` or `error`',
      da: 'regel-id’er, der hver er sat til `off`, `info`, `warn` eller `error`',
      nb: 'regel-ID-er som hver er satt til `off`, `info`, `warn` eller `error`',
      nn: 'regel-ID-ar som kvar er sette til `off`, `info`, `warn` eller `error`',
      sv: 'regel-id:n som vart och ett är satt till `off`, `info`, `warn` eller `error`',
      de: 'Regel-IDs, jeweils auf `off`, `info`, `warn` oder `error` gesetzt',
    },
    example: '`"lint": { "jargon/acronym": "off" }`',
  },
  publish: {
    expected: {
      en: 'a group with `notes` set to yes or no (`true` or `false`)',
      da: 'en gruppe med `notes` sat til ja eller nej (`true` eller `false`)',
      nb: 'en gruppe med `notes` satt til ja eller nei (`true` eller `false`)',
      nn: 'ei gruppe med `notes` sett til ja eller nei (`true` eller `false`)',
      sv: 'en grupp med `notes` satt till ja eller nej (`true` eller `false`)',
      de: 'eine Gruppe mit `notes` auf ja oder nein (`true` oder `false`)',
    },
    example: '`"publish": { "notes": false }`',
  },
  site: {
    expected: {
      en: 'a group with the site’s web address in `url`',
      da: 'en gruppe med webstedets adresse i `url`',
      nb: 'en gruppe med nettstedets adresse i `url`',
      nn: 'ei gruppe med adressa til nettstaden i `url`',
      sv: 'en grupp med webbplatsens adress i `url`',
      de: 'eine Gruppe mit der Webadresse der Website in `url`',
    },
    example: '`"site": { "url": "https://intranet.example.com/vision/" }`',
  },
  abbreviations: {
    expected: {
      en: 'a list of abbreviations in square brackets',
      da: 'en liste over forkortelser i firkantede parenteser',
      nb: 'en liste med forkortelser i hakeparenteser',
      nn: 'ei liste med forkortingar i hakeparentesar',
      sv: 'en lista med förkortningar inom hakparenteser',
      de: 'eine Liste von Abkürzungen in eckigen Klammern',
    },
    example: '`"abbreviations": ["NPS", "HMS"]`',
  },
  words: {
    expected: {
      en: 'a list of words in square brackets',
      da: 'en liste over ord i firkantede parenteser',
      nb: 'en liste med ord i hakeparenteser',
      nn: 'ei liste med ord i hakeparentesar',
      sv: 'en lista med ord inom hakparenteser',
      de: 'eine Liste von Wörtern in eckigen Klammern',
    },
    example: '`"words": ["Storydeck", "Nordlys"]`',
  },
  messages: {
    expected: {
      en: 'one of the language codes `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` or `"de"`',
      da: 'en af sprogkoderne `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` eller `"de"`',
      nb: 'en av språkkodene `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` eller `"de"`',
      nn: 'ein av språkkodane `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` eller `"de"`',
      sv: 'en av språkkoderna `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` eller `"de"`',
      de: 'einer der Sprachcodes `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` oder `"de"`',
    },
    example: '`"messages": "da"`',
  },
}

const configKeyText = {
  en: t(
    'A key the configuration does not know',
    'The configuration has a key `{key}` that storydeck does not know.',
    'Did you mean `{guess}`? The configuration takes these keys: {keys}.',
  ),
  da: t(
    'En nøgle, konfigurationen ikke kender',
    'Konfigurationen har en nøgle `{key}`, som storydeck ikke kender.',
    'Mente du `{guess}`? Konfigurationen kan have disse nøgler: {keys}.',
  ),
  nb: t(
    'En nøkkel konfigurasjonen ikke kjenner',
    'Konfigurasjonen har en nøkkel `{key}` som storydeck ikke kjenner.',
    'Mente du `{guess}`? Konfigurasjonen kan ha disse nøklene: {keys}.',
  ),
  nn: t(
    'Ein nøkkel konfigurasjonen ikkje kjenner',
    'Konfigurasjonen har ein nøkkel `{key}` som storydeck ikkje kjenner.',
    'Meinte du `{guess}`? Konfigurasjonen kan ha desse nøklane: {keys}.',
  ),
  sv: t(
    'En nyckel som konfigurationen inte känner till',
    'Konfigurationen har nyckeln `{key}`, som storydeck inte känner till.',
    'Menade du `{guess}`? Konfigurationen kan ha de här nycklarna: {keys}.',
  ),
  de: t(
    'Ein unbekannter Schlüssel in der Konfiguration',
    'Die Konfiguration enthält den Schlüssel `{key}`, den storydeck nicht kennt.',
    'Meinten Sie `{guess}`? Die Konfiguration kennt diese Schlüssel: {keys}.',
  ),
} as const

const brandKeyText = {
  en: t(
    'A brand key storydeck does not know',
    'Under `brand`, the configuration has a key `{key}` that storydeck does not know.',
    'Did you mean `{guess}`? `brand` takes these keys: {keys}.',
  ),
  da: t(
    'En brandnøgle, storydeck ikke kender',
    'Under `brand` har konfigurationen en nøgle `{key}`, som storydeck ikke kender.',
    'Mente du `{guess}`? `brand` kan have disse nøgler: {keys}.',
  ),
  nb: t(
    'En merkevarenøkkel storydeck ikke kjenner',
    'Under `brand` har konfigurasjonen en nøkkel `{key}` som storydeck ikke kjenner.',
    'Mente du `{guess}`? `brand` kan ha disse nøklene: {keys}.',
  ),
  nn: t(
    'Ein merkevarenøkkel storydeck ikkje kjenner',
    'Under `brand` har konfigurasjonen ein nøkkel `{key}` som storydeck ikkje kjenner.',
    'Meinte du `{guess}`? `brand` kan ha desse nøklane: {keys}.',
  ),
  sv: t(
    'En varumärkesnyckel som storydeck inte känner till',
    'Under `brand` har konfigurationen nyckeln `{key}`, som storydeck inte känner till.',
    'Menade du `{guess}`? `brand` kan ha de här nycklarna: {keys}.',
  ),
  de: t(
    'Ein unbekannter Schlüssel unter brand',
    'Unter `brand` enthält die Konfiguration den Schlüssel `{key}`, den storydeck nicht kennt.',
    'Meinten Sie `{guess}`? `brand` kennt diese Schlüssel: {keys}.',
  ),
} as const

export const config = defineMessages('config', {
  json: {
    id: 'config/json',
    severity: 'error',
    texts: {
      en: t(
        'The configuration cannot be read',
        'From here on, `storydeck.config.json` is not valid JSON.',
        'Check the punctuation just before this place: a missing comma or quotation mark, or a comma after the last item, is the usual cause.',
      ),
      da: t(
        'Konfigurationen kan ikke læses',
        'Herfra er `storydeck.config.json` ikke gyldig JSON.',
        'Se tegnsætningen lige før dette sted efter: Som regel mangler der et komma eller et anførselstegn, eller der står et komma efter det sidste punkt.',
      ),
      nb: t(
        'Konfigurasjonen kan ikke leses',
        'Herfra er `storydeck.config.json` ikke gyldig JSON.',
        'Se på tegnsettingen like før dette stedet: Som regel mangler det et komma eller et anførselstegn, eller det står et komma etter det siste punktet.',
      ),
      nn: t(
        'Konfigurasjonen kan ikkje lesast',
        'Herifrå er `storydeck.config.json` ikkje gyldig JSON.',
        'Sjå på teiknsetjinga like før denne staden: Som regel manglar det eit komma eller eit hermeteikn, eller det står eit komma etter det siste punktet.',
      ),
      sv: t(
        'Konfigurationen går inte att läsa',
        'Från och med här är `storydeck.config.json` inte giltig JSON.',
        'Kontrollera skiljetecknen strax före det här stället: oftast saknas ett kommatecken eller citattecken, eller så står det ett kommatecken efter sista punkten.',
      ),
      de: t(
        'Die Konfiguration ist nicht lesbar',
        'Ab dieser Stelle ist `storydeck.config.json` kein gültiges JSON.',
        'Prüfen Sie die Zeichensetzung direkt vor dieser Stelle: Meist fehlt ein Komma oder ein Anführungszeichen, oder nach dem letzten Eintrag steht ein Komma.',
      ),
    },
  },
  shape: {
    id: 'config/shape',
    severity: 'error',
    texts: {
      en: t(
        'The configuration has the wrong form',
        '`storydeck.config.json` must hold its settings between braces.',
        'Write it like this: `{ "theme": "nordic" }`.',
      ),
      da: t(
        'Konfigurationen har forkert form',
        '`storydeck.config.json` skal have sine indstillinger mellem krøllede parenteser.',
        'Skriv den sådan: `{ "theme": "nordic" }`.',
      ),
      nb: t(
        'Konfigurasjonen har feil form',
        '`storydeck.config.json` må ha innstillingene mellom krøllparenteser.',
        'Skriv den slik: `{ "theme": "nordic" }`.',
      ),
      nn: t(
        'Konfigurasjonen har feil form',
        '`storydeck.config.json` må ha innstillingane mellom krøllparentesar.',
        'Skriv han slik: `{ "theme": "nordic" }`.',
      ),
      sv: t(
        'Konfigurationen har fel form',
        '`storydeck.config.json` ska ha sina inställningar inom klammerparenteser.',
        'Skriv så här: `{ "theme": "nordic" }`.',
      ),
      de: t(
        'Die Konfiguration hat die falsche Form',
        '`storydeck.config.json` muss die Einstellungen in geschweiften Klammern enthalten.',
        'Schreiben Sie sie so: `{ "theme": "nordic" }`.',
      ),
    },
  },
  unknownKeyGuess: { id: 'config/unknown-key', severity: 'error', texts: configKeyText },
  unknownKey: {
    id: 'config/unknown-key',
    severity: 'error',
    texts: {
      en: { ...configKeyText.en, fix: 'Remove it, or use one of the keys the configuration takes: {keys}.' },
      da: { ...configKeyText.da, fix: 'Fjern den, eller brug en af de nøgler, konfigurationen kan have: {keys}.' },
      nb: { ...configKeyText.nb, fix: 'Fjern den, eller bruk en av nøklene konfigurasjonen kan ha: {keys}.' },
      nn: { ...configKeyText.nn, fix: 'Fjern han, eller bruk ein av nøklane konfigurasjonen kan ha: {keys}.' },
      sv: { ...configKeyText.sv, fix: 'Ta bort den, eller använd någon av de nycklar konfigurationen kan ha: {keys}.' },
      de: {
        ...configKeyText.de,
        fix: 'Entfernen Sie ihn, oder verwenden Sie einen der Schlüssel der Konfiguration: {keys}.',
      },
    },
  },
  brandKeyGuess: { id: 'config/unknown-key', severity: 'error', texts: brandKeyText },
  brandKey: {
    id: 'config/unknown-key',
    severity: 'error',
    texts: {
      en: { ...brandKeyText.en, fix: 'Remove it, or use one of the keys `brand` takes: {keys}.' },
      da: { ...brandKeyText.da, fix: 'Fjern den, eller brug en af de nøgler, `brand` kan have: {keys}.' },
      nb: { ...brandKeyText.nb, fix: 'Fjern den, eller bruk en av nøklene `brand` kan ha: {keys}.' },
      nn: { ...brandKeyText.nn, fix: 'Fjern han, eller bruk ein av nøklane `brand` kan ha: {keys}.' },
      sv: { ...brandKeyText.sv, fix: 'Ta bort den, eller använd någon av de nycklar `brand` kan ha: {keys}.' },
      de: { ...brandKeyText.de, fix: 'Entfernen Sie ihn, oder verwenden Sie einen der Schlüssel von `brand`: {keys}.' },
    },
  },
  type: {
    id: 'config/type',
    severity: 'error',
    texts: {
      en: t(
        'A setting has the wrong kind of value',
        'The value of `{key}` in the configuration must be {expected}.',
        'Change it, for example to {example}.',
      ),
      da: t(
        'En indstilling har en forkert slags værdi',
        'Værdien af `{key}` i konfigurationen skal være {expected}.',
        'Ret den, f.eks. til {example}.',
      ),
      nb: t(
        'En innstilling har feil type verdi',
        'Verdien av `{key}` i konfigurasjonen må være {expected}.',
        'Endre den, for eksempel til {example}.',
      ),
      nn: t(
        'Ei innstilling har feil type verdi',
        'Verdien av `{key}` i konfigurasjonen må vere {expected}.',
        'Endre han, til dømes til {example}.',
      ),
      sv: t(
        'En inställning har fel sorts värde',
        'Värdet för `{key}` i konfigurationen ska vara {expected}.',
        'Ändra det, till exempel till {example}.',
      ),
      de: t(
        'Eine Einstellung hat die falsche Art von Wert',
        'Der Wert von `{key}` in der Konfiguration muss {expected} sein.',
        'Ändern Sie ihn, zum Beispiel in {example}.',
      ),
    },
  },
  site: {
    id: 'config/site',
    severity: 'error',
    texts: {
      en: t(
        'The site address cannot be used',
        '`{url}` is not a full web address.',
        'Write the whole address where the published folder will live, starting with `https://`, such as `https://intranet.example.com/vision/`.',
      ),
      da: t(
        'Webstedets adresse kan ikke bruges',
        '`{url}` er ikke en fuld webadresse.',
        'Skriv hele adressen, hvor den udgivne mappe skal ligge, begyndende med `https://`, f.eks. `https://intranet.example.com/vision/`.',
      ),
      nb: t(
        'Adressen til nettstedet kan ikke brukes',
        '`{url}` er ikke en fullstendig nettadresse.',
        'Skriv hele adressen der den publiserte mappen skal ligge, med `https://` først, for eksempel `https://intranet.example.com/vision/`.',
      ),
      nn: t(
        'Adressa til nettstaden kan ikkje brukast',
        '`{url}` er ikkje ei fullstendig nettadresse.',
        'Skriv heile adressa der den publiserte mappa skal liggje, med `https://` først, til dømes `https://intranet.example.com/vision/`.',
      ),
      sv: t(
        'Webbplatsens adress kan inte användas',
        '`{url}` är ingen fullständig webbadress.',
        'Skriv hela adressen där den publicerade mappen ska ligga, med `https://` först, till exempel `https://intranet.example.com/vision/`.',
      ),
      de: t(
        'Die Adresse der Website ist nicht verwendbar',
        '`{url}` ist keine vollständige Webadresse.',
        'Geben Sie die ganze Adresse an, unter der der veröffentlichte Ordner liegen wird, beginnend mit `https://`, etwa `https://intranet.example.com/vision/`.',
      ),
    },
  },
  brandColour: { id: 'config/brand', severity: 'error', texts: BRAND_COLOUR_TEXTS },
  brandFont: { id: 'config/brand', severity: 'error', texts: BRAND_FONT_TEXTS },
  brandLogo: { id: 'config/brand', severity: 'error', texts: BRAND_LOGO_TEXTS },
})
