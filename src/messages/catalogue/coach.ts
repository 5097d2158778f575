/**
 * Messages of the `coach` group: the story coach's rules (`src/lint/rules/`)
 * and its settings. Each: rule id, severity, and in en, da, nb, nn, sv, de a
 * title, the text (second person, plain words, `{name}` values) and the fix.
 * See `../entry.ts`. Numbers with decimals come as words per language (7.8,
 * 7,8); a part of the story is named as the author wrote its heading.
 */
import type { Lang } from '../../types.ts'
import { defineLines, defineMessages, type MessageInput } from '../entry.ts'

/** A `translation/drift` message about how many roles, steps or questions a version has; `[title, "{count} nouns"]` per language. */
function countDrift(words: Readonly<Record<Lang, readonly [string, string]>>): MessageInput {
  const text = (lang: Lang, template: string): string => template.replace('{counted}', words[lang][1])
  const fix = {
    en: 'Bring the version in step with the source, then run `storydeck translations sync`.',
    da: 'Opdatér versionen efter kilden, og kør derefter `storydeck translations sync`.',
    nb: 'Oppdater versjonen etter kilden, og kjør deretter `storydeck translations sync`.',
    nn: 'Oppdater versjonen etter kjelda, og køyr så `storydeck translations sync`.',
    sv: 'Uppdatera versionen så att den stämmer med källan och kör sedan `storydeck translations sync`.',
    de: 'Gleichen Sie Ihre Fassung an die Originalfassung an und führen Sie dann `storydeck translations sync` aus.',
  }
  const texts = {
    en: '{section} has {counted}; the source’s {sourceSection} has {expected} ({where}).',
    da: '{section} har {counted}; kildens {sourceSection} har {expected} ({where}).',
    nb: '{section} har {counted}; {sourceSection} i kilden har {expected} ({where}).',
    nn: '{section} har {counted}; {sourceSection} i kjelda har {expected} ({where}).',
    sv: '{section} har {counted}; källans {sourceSection} har {expected} ({where}).',
    de: '{section} hat {counted}; {sourceSection} in der Originalfassung hat {expected} ({where}).',
  }
  const entry = (lang: Lang) => ({ title: words[lang][0], text: text(lang, texts[lang]), fix: fix[lang] })
  return {
    id: 'translation/drift',
    severity: 'warn',
    texts: { en: entry('en'), da: entry('da'), nb: entry('nb'), nn: entry('nn'), sv: entry('sv'), de: entry('de') },
  }
}
export const coach = defineMessages('coach', {
  unknownRule: {
    id: 'lint/unknown-rule',
    severity: 'warn',
    texts: {
      en: {
        title: 'A rule that does not exist',
        text: 'Your `lint` settings name the rule `{rule}`, which storydeck does not have.',
        fix: 'Did you mean `{guess}`? Correct the name, or remove the line.',
      },
      da: {
        title: 'En regel, der ikke findes',
        text: 'Dine `lint`-indstillinger nævner reglen `{rule}`, som storydeck ikke har.',
        fix: 'Mente du `{guess}`? Ret navnet, eller fjern linjen.',
      },
      nb: {
        title: 'En regel som ikke finnes',
        text: 'Innstillingene dine under `lint` nevner regelen `{rule}`, som storydeck ikke har.',
        fix: 'Mente du `{guess}`? Rett navnet, eller fjern linjen.',
      },
      nn: {
        title: 'Ein regel som ikkje finst',
        text: 'Innstillingane dine under `lint` nemner regelen `{rule}`, som storydeck ikkje har.',
        fix: 'Meinte du `{guess}`? Rett namnet, eller fjern linja.',
      },
      sv: {
        title: 'En regel som inte finns',
        text: 'Dina inställningar under `lint` nämner regeln `{rule}`, som storydeck inte har.',
        fix: 'Menade du `{guess}`? Rätta namnet eller ta bort raden.',
      },
      de: {
        title: 'Eine Regel, die es nicht gibt',
        text: 'Ihre Einstellungen unter `lint` nennen die Regel `{rule}`, die es in storydeck nicht gibt.',
        fix: 'Meinten Sie `{guess}`? Korrigieren Sie den Namen oder entfernen Sie die Zeile.',
      },
    },
  },
  unknownRuleNoGuess: {
    id: 'lint/unknown-rule',
    severity: 'warn',
    texts: {
      en: {
        title: 'A rule that does not exist',
        text: 'Your `lint` settings name the rule `{rule}`, which storydeck does not have.',
        fix: 'Use one of the rule names listed in docs/rules.md, or remove the line.',
      },
      da: {
        title: 'En regel, der ikke findes',
        text: 'Dine `lint`-indstillinger nævner reglen `{rule}`, som storydeck ikke har.',
        fix: 'Brug et af regelnavnene i docs/rules.md, eller fjern linjen.',
      },
      nb: {
        title: 'En regel som ikke finnes',
        text: 'Innstillingene dine under `lint` nevner regelen `{rule}`, som storydeck ikke har.',
        fix: 'Bruk et av regelnavnene i docs/rules.md, eller fjern linjen.',
      },
      nn: {
        title: 'Ein regel som ikkje finst',
        text: 'Innstillingane dine under `lint` nemner regelen `{rule}`, som storydeck ikkje har.',
        fix: 'Bruk eitt av regelnamna i docs/rules.md, eller fjern linja.',
      },
      sv: {
        title: 'En regel som inte finns',
        text: 'Dina inställningar under `lint` nämner regeln `{rule}`, som storydeck inte har.',
        fix: 'Använd ett av regelnamnen i docs/rules.md eller ta bort raden.',
      },
      de: {
        title: 'Eine Regel, die es nicht gibt',
        text: 'Ihre Einstellungen unter `lint` nennen die Regel `{rule}`, die es in storydeck nicht gibt.',
        fix: 'Verwenden Sie einen der Regelnamen aus docs/rules.md oder entfernen Sie die Zeile.',
      },
    },
  },
  headlineEmpty: {
    id: 'spine/headline-empty',
    severity: 'error',
    texts: {
      en: {
        title: 'A headline is missing',
        text: '{section} has no headline: the one sentence that goes big on the slide and the poster.',
        fix: 'Write one sentence directly under the heading, before any list, `##` heading or notes.',
      },
      da: {
        title: 'En kernesætning mangler',
        text: '{section} har ingen kernesætning: den ene sætning, der står stort på sliden og plakaten.',
        fix: 'Skriv én sætning lige under overskriften, før lister, `##`-overskrifter og noter.',
      },
      nb: {
        title: 'En kjernesetning mangler',
        text: '{section} har ingen kjernesetning: den ene setningen som står stort på lysbildet og plakaten.',
        fix: 'Skriv én setning rett under overskriften, før lister, `##`-overskrifter og notater.',
      },
      nn: {
        title: 'Ei kjernesetning manglar',
        text: '{section} har inga kjernesetning: den eine setninga som står stort på lysbiletet og plakaten.',
        fix: 'Skriv éi setning rett under overskrifta, før lister, `##`-overskrifter og notat.',
      },
      sv: {
        title: 'En kärnmening saknas',
        text: '{section} saknar kärnmening: den mening som står stort på bilden och affischen.',
        fix: 'Skriv en mening direkt under rubriken, före listor, `##`-rubriker och anteckningar.',
      },
      de: {
        title: 'Ein Kernsatz fehlt',
        text: '{section} hat keinen Kernsatz: den einen Satz, der groß auf der Folie und dem Poster steht.',
        fix: 'Schreiben Sie einen Satz direkt unter die Überschrift, vor Listen, `##`-Überschriften und Notizen.',
      },
    },
  },
  headlineTooLong: {
    id: 'spine/headline-too-long',
    severity: 'warn',
    texts: {
      en: {
        title: 'A headline is too long',
        text: 'The headline of {section} has {words} words: too many to say in one breath (at most {max}).',
        fix: 'Keep the one thought that matters and move the rest into the paragraphs below the headline.',
      },
      da: {
        title: 'En kernesætning er for lang',
        text: 'Kernesætningen i {section} har {words} ord: for mange til at sige i én indånding (højst {max}).',
        fix: 'Behold den ene tanke, der betyder noget, og flyt resten ned i afsnittene under kernesætningen.',
      },
      nb: {
        title: 'En kjernesetning er for lang',
        text: 'Kjernesetningen i {section} har {words} ord: for mange til å si i ett åndedrag (høyst {max}).',
        fix: 'Behold den ene tanken som betyr noe, og flytt resten ned i avsnittene under kjernesetningen.',
      },
      nn: {
        title: 'Ei kjernesetning er for lang',
        text: 'Kjernesetninga i {section} har {words} ord: for mange til å seie i eitt andedrag (høgst {max}).',
        fix: 'Behald den eine tanken som betyr noko, og flytt resten ned i avsnitta under kjernesetninga.',
      },
      sv: {
        title: 'En kärnmening är för lång',
        text: 'Kärnmeningen i {section} har {words} ord: för många för att sägas i ett andetag (högst {max}).',
        fix: 'Behåll den enda tanke som är viktig och flytta resten till styckena under kärnmeningen.',
      },
      de: {
        title: 'Ein Kernsatz ist zu lang',
        text: 'Der Kernsatz von {section} hat {words} Wörter: zu viele, um ihn in einem Atemzug zu sagen (höchstens {max}).',
        fix: 'Behalten Sie den einen Gedanken, der zählt, und verschieben Sie den Rest in die Absätze unter dem Kernsatz.',
      },
    },
  },
  buzzword: {
    id: 'jargon/buzzword',
    severity: 'warn',
    texts: {
      en: {
        title: 'A buzzword',
        text: '“{word}” sounds important but tells your listeners nothing concrete.',
        fix: 'Say what you mean in everyday words, for example “{plain}”.',
      },
      da: {
        title: 'Et modeord',
        text: '»{word}« lyder vigtigt, men fortæller ikke dine tilhørere noget konkret.',
        fix: 'Sig, hvad du mener, med hverdagsord, for eksempel »{plain}«.',
      },
      nb: {
        title: 'Et moteord',
        text: '«{word}» høres viktig ut, men forteller ikke tilhørerne dine noe konkret.',
        fix: 'Si hva du mener med hverdagsord, for eksempel «{plain}».',
      },
      nn: {
        title: 'Eit moteord',
        text: '«{word}» høyrest viktig ut, men fortel ikkje tilhøyrarane dine noko konkret.',
        fix: 'Sei kva du meiner med kvardagsord, til dømes «{plain}».',
      },
      sv: {
        title: 'Ett modeord',
        text: '”{word}” låter viktigt men säger inget konkret till dina åhörare.',
        fix: 'Säg vad du menar med vardagliga ord, till exempel ”{plain}”.',
      },
      de: {
        title: 'Ein Modewort',
        text: '„{word}“ klingt wichtig, sagt Ihren Zuhörern aber nichts Konkretes.',
        fix: 'Sagen Sie mit Alltagswörtern, was Sie meinen, zum Beispiel „{plain}“.',
      },
    },
  },
  acronym: {
    id: 'jargon/acronym',
    severity: 'warn',
    texts: {
      en: {
        title: 'An abbreviation is not explained',
        text: 'The abbreviation {abbreviation} is not explained, so part of the room will not know what it means.',
        fix: 'Write the words in full the first time with the abbreviation in brackets, like `words in full ({abbreviation})`, or add `{abbreviation}: what it stands for` under `glossary:` in the frontmatter.',
      },
      da: {
        title: 'En forkortelse er ikke forklaret',
        text: 'Forkortelsen {abbreviation} er ikke forklaret, så en del af salen ved ikke, hvad den betyder.',
        fix: 'Skriv ordene fuldt ud første gang med forkortelsen i parentes, fx `ordene fuldt ud ({abbreviation})`, eller tilføj `{abbreviation}: hvad den står for` under `glossary:` i toppen af filen.',
      },
      nb: {
        title: 'En forkortelse er ikke forklart',
        text: 'Forkortelsen {abbreviation} er ikke forklart, så en del av salen vet ikke hva den betyr.',
        fix: 'Skriv ordene helt ut første gang med forkortelsen i parentes, for eksempel `ordene helt ut ({abbreviation})`, eller legg til `{abbreviation}: hva den står for` under `glossary:` i toppen av filen.',
      },
      nn: {
        title: 'Ei forkorting er ikkje forklart',
        text: 'Forkortinga {abbreviation} er ikkje forklart, så ein del av salen veit ikkje kva ho tyder.',
        fix: 'Skriv orda fullt ut første gongen med forkortinga i parentes, til dømes `orda fullt ut ({abbreviation})`, eller legg til `{abbreviation}: kva ho står for` under `glossary:` i toppen av fila.',
      },
      sv: {
        title: 'En förkortning är inte förklarad',
        text: 'Förkortningen {abbreviation} är inte förklarad, så en del av publiken vet inte vad den betyder.',
        fix: 'Skriv ut orden första gången med förkortningen inom parentes, till exempel `orden utskrivna ({abbreviation})`, eller lägg till `{abbreviation}: vad den står för` under `glossary:` i filens inledning.',
      },
      de: {
        title: 'Eine Abkürzung ist nicht erklärt',
        text: 'Die Abkürzung {abbreviation} ist nicht erklärt, daher weiß ein Teil des Publikums nicht, was sie bedeutet.',
        fix: 'Schreiben Sie beim ersten Mal die Wörter aus und die Abkürzung in Klammern, etwa `ausgeschriebene Wörter ({abbreviation})`, oder ergänzen Sie `{abbreviation}: wofür sie steht` unter `glossary:` im Kopf der Datei.',
      },
    },
  },
  unknownWord: {
    id: 'spelling/unknown-word',
    severity: 'warn',
    texts: {
      en: {
        title: 'A word the dictionary does not know',
        text: 'The dictionary does not know “{word}”; it suggests {suggestions}.',
        fix: 'Correct the word. If it is right (a name, a word of your own), add it under `words:` in the frontmatter, or to `words` in `storydeck.config.json` for every story.',
      },
      da: {
        title: 'Et ord, ordbogen ikke kender',
        text: 'Ordbogen kender ikke »{word}«; den foreslår {suggestions}.',
        fix: 'Ret ordet. Hvis det er rigtigt (et navn, et ord, I selv bruger), så tilføj det under `words:` i toppen af filen eller under `words` i `storydeck.config.json` for alle fortællinger.',
      },
      nb: {
        title: 'Et ord ordboken ikke kjenner',
        text: 'Ordboken kjenner ikke «{word}»; den foreslår {suggestions}.',
        fix: 'Rett ordet. Hvis det er riktig (et navn, et ord dere selv bruker), legg det til under `words:` i toppen av filen, eller under `words` i `storydeck.config.json` for alle fortellinger.',
      },
      nn: {
        title: 'Eit ord ordboka ikkje kjenner',
        text: 'Ordboka kjenner ikkje «{word}»; ho føreslår {suggestions}.',
        fix: 'Rett ordet. Om det er rett (eit namn, eit ord de sjølve bruker), legg det til under `words:` i toppen av fila, eller under `words` i `storydeck.config.json` for alle forteljingane.',
      },
      sv: {
        title: 'Ett ord som ordlistan inte känner till',
        text: 'Ordlistan känner inte till ”{word}”; den föreslår {suggestions}.',
        fix: 'Rätta ordet. Om det är rätt (ett namn, ett ord ni själva använder), lägg till det under `words:` i filens inledning, eller under `words` i `storydeck.config.json` för alla berättelser.',
      },
      de: {
        title: 'Ein Wort, das das Wörterbuch nicht kennt',
        text: 'Das Wörterbuch kennt „{word}“ nicht; es schlägt {suggestions} vor.',
        fix: 'Korrigieren Sie das Wort. Ist es richtig (ein Name, ein eigenes Wort), ergänzen Sie es unter `words:` im Kopf der Datei oder für alle Geschichten unter `words` in `storydeck.config.json`.',
      },
    },
  },
  unknownWordNoSuggestion: {
    id: 'spelling/unknown-word',
    severity: 'warn',
    texts: {
      en: {
        title: 'A word the dictionary does not know',
        text: 'The dictionary does not know “{word}” and has nothing to suggest.',
        fix: 'Correct the word. If it is right (a name, a word of your own), add it under `words:` in the frontmatter, or to `words` in `storydeck.config.json` for every story.',
      },
      da: {
        title: 'Et ord, ordbogen ikke kender',
        text: 'Ordbogen kender ikke »{word}« og har intet forslag.',
        fix: 'Ret ordet. Hvis det er rigtigt (et navn, et ord, I selv bruger), så tilføj det under `words:` i toppen af filen eller under `words` i `storydeck.config.json` for alle fortællinger.',
      },
      nb: {
        title: 'Et ord ordboken ikke kjenner',
        text: 'Ordboken kjenner ikke «{word}» og har ingen forslag.',
        fix: 'Rett ordet. Hvis det er riktig (et navn, et ord dere selv bruker), legg det til under `words:` i toppen av filen, eller under `words` i `storydeck.config.json` for alle fortellinger.',
      },
      nn: {
        title: 'Eit ord ordboka ikkje kjenner',
        text: 'Ordboka kjenner ikkje «{word}» og har ingen framlegg.',
        fix: 'Rett ordet. Om det er rett (eit namn, eit ord de sjølve bruker), legg det til under `words:` i toppen av fila, eller under `words` i `storydeck.config.json` for alle forteljingane.',
      },
      sv: {
        title: 'Ett ord som ordlistan inte känner till',
        text: 'Ordlistan känner inte till ”{word}” och har inga förslag.',
        fix: 'Rätta ordet. Om det är rätt (ett namn, ett ord ni själva använder), lägg till det under `words:` i filens inledning, eller under `words` i `storydeck.config.json` för alla berättelser.',
      },
      de: {
        title: 'Ein Wort, das das Wörterbuch nicht kennt',
        text: 'Das Wörterbuch kennt „{word}“ nicht und hat keinen Vorschlag.',
        fix: 'Korrigieren Sie das Wort. Ist es richtig (ein Name, ein eigenes Wort), ergänzen Sie es unter `words:` im Kopf der Datei oder für alle Geschichten unter `words` in `storydeck.config.json`.',
      },
    },
  },
  noDictionary: {
    id: 'spelling/unknown-word',
    severity: 'info',
    texts: {
      en: {
        title: 'Spelling is not checked',
        text: 'Spelling is not checked: the dictionary for {language} is not installed.',
        fix: 'Run `npm install {package}` in the project folder to check spelling.',
      },
      da: {
        title: 'Stavningen kontrolleres ikke',
        text: 'Stavningen kontrolleres ikke: ordbogen for {language} er ikke installeret.',
        fix: 'Kør `npm install {package}` i projektmappen for at få stavningen kontrolleret.',
      },
      nb: {
        title: 'Rettskrivingen kontrolleres ikke',
        text: 'Rettskrivingen kontrolleres ikke: ordboken for {language} er ikke installert.',
        fix: 'Kjør `npm install {package}` i prosjektmappen for å få rettskrivingen kontrollert.',
      },
      nn: {
        title: 'Rettskrivinga vert ikkje kontrollert',
        text: 'Rettskrivinga vert ikkje kontrollert: ordboka for {language} er ikkje installert.',
        fix: 'Køyr `npm install {package}` i prosjektmappa for å få rettskrivinga kontrollert.',
      },
      sv: {
        title: 'Stavningen kontrolleras inte',
        text: 'Stavningen kontrolleras inte: ordlistan för {language} är inte installerad.',
        fix: 'Kör `npm install {package}` i projektmappen för att få stavningen kontrollerad.',
      },
      de: {
        title: 'Die Rechtschreibung wird nicht geprüft',
        text: 'Die Rechtschreibung wird nicht geprüft: Das Wörterbuch für {language} ist nicht installiert.',
        fix: 'Führen Sie im Projektordner `npm install {package}` aus, damit die Rechtschreibung geprüft wird.',
      },
    },
  },
  hardTextLix: {
    id: 'readability/hard-text',
    severity: 'warn',
    texts: {
      en: {
        title: 'Hard to read',
        text: 'The text of {section} is hard to read: its LIX is {score}, {meaning}. Aim for {max} or lower.',
        fix: 'Use shorter sentences and everyday words; split long compound words.',
      },
      da: {
        title: 'Svær at læse',
        text: 'Teksten i {section} er svær at læse: LIX-tallet er {score}, {meaning}. Sigt efter {max} eller derunder.',
        fix: 'Brug kortere sætninger og hverdagsord, og del lange sammensatte ord op.',
      },
      nb: {
        title: 'Vanskelig å lese',
        text: 'Teksten i {section} er vanskelig å lese: LIX-tallet er {score}, {meaning}. Sikt mot {max} eller lavere.',
        fix: 'Bruk kortere setninger og hverdagsord, og del opp lange sammensatte ord.',
      },
      nn: {
        title: 'Vanskeleg å lese',
        text: 'Teksten i {section} er vanskeleg å lese: LIX-talet er {score}, {meaning}. Sikt mot {max} eller lågare.',
        fix: 'Bruk kortare setningar og kvardagsord, og del opp lange samansette ord.',
      },
      sv: {
        title: 'Svårläst',
        text: 'Texten i {section} är svårläst: LIX-värdet är {score}, {meaning}. Sikta på {max} eller lägre.',
        fix: 'Använd kortare meningar och vardagliga ord, och dela upp långa sammansatta ord.',
      },
      de: {
        title: 'Schwer zu lesen',
        text: 'Der Text von {section} ist schwer zu lesen: Sein LIX-Wert ist {score}, {meaning}. Streben Sie {max} oder weniger an.',
        fix: 'Verwenden Sie kürzere Sätze und Alltagswörter und teilen Sie lange zusammengesetzte Wörter auf.',
      },
    },
  },
  hardTextFlesch: {
    id: 'readability/hard-text',
    severity: 'warn',
    texts: {
      en: {
        title: 'Hard to read',
        text: 'The text of {section} is hard to read: its {formula} is {score}, {meaning}. Aim for {min} or higher.',
        fix: 'Use shorter sentences and everyday words; split long compound words.',
      },
      da: {
        title: 'Svær at læse',
        text: 'Teksten i {section} er svær at læse: {formula} er {score}, {meaning}. Sigt efter {min} eller derover.',
        fix: 'Brug kortere sætninger og hverdagsord, og del lange sammensatte ord op.',
      },
      nb: {
        title: 'Vanskelig å lese',
        text: 'Teksten i {section} er vanskelig å lese: {formula} er {score}, {meaning}. Sikt mot {min} eller høyere.',
        fix: 'Bruk kortere setninger og hverdagsord, og del opp lange sammensatte ord.',
      },
      nn: {
        title: 'Vanskeleg å lese',
        text: 'Teksten i {section} er vanskeleg å lese: {formula} er {score}, {meaning}. Sikt mot {min} eller høgare.',
        fix: 'Bruk kortare setningar og kvardagsord, og del opp lange samansette ord.',
      },
      sv: {
        title: 'Svårläst',
        text: 'Texten i {section} är svårläst: {formula} är {score}, {meaning}. Sikta på {min} eller högre.',
        fix: 'Använd kortare meningar och vardagliga ord, och dela upp långa sammansatta ord.',
      },
      de: {
        title: 'Schwer zu lesen',
        text: 'Der Text von {section} ist schwer zu lesen: {formula} ist {score}, {meaning}. Streben Sie {min} oder mehr an.',
        fix: 'Verwenden Sie kürzere Sätze und Alltagswörter und teilen Sie lange zusammengesetzte Wörter auf.',
      },
    },
  },
  longSentence: {
    id: 'readability/long-sentence',
    severity: 'warn',
    texts: {
      en: {
        title: 'A long sentence',
        text: 'This sentence has {words} words; listeners lose a sentence of more than {max} words before its point arrives.',
        fix: 'Split it into two or three sentences, one thought each.',
      },
      da: {
        title: 'En lang sætning',
        text: 'Denne sætning har {words} ord; tilhørerne mister tråden i en sætning på over {max} ord, før pointen kommer.',
        fix: 'Del den op i to eller tre sætninger med én tanke i hver.',
      },
      nb: {
        title: 'En lang setning',
        text: 'Denne setningen har {words} ord; tilhørerne mister tråden i en setning på over {max} ord før poenget kommer.',
        fix: 'Del den opp i to eller tre setninger, med én tanke i hver.',
      },
      nn: {
        title: 'Ei lang setning',
        text: 'Denne setninga har {words} ord; tilhøyrarane mistar tråden i ei setning på over {max} ord før poenget kjem.',
        fix: 'Del ho opp i to eller tre setningar, med éin tanke i kvar.',
      },
      sv: {
        title: 'En lång mening',
        text: 'Den här meningen har {words} ord; åhörarna tappar tråden i en mening på över {max} ord innan poängen kommer.',
        fix: 'Dela upp den i två eller tre meningar, med en tanke i varje.',
      },
      de: {
        title: 'Ein langer Satz',
        text: 'Dieser Satz hat {words} Wörter; bei mehr als {max} Wörtern verlieren Zuhörer den Faden, bevor die Pointe kommt.',
        fix: 'Teilen Sie ihn in zwei oder drei Sätze mit je einem Gedanken auf.',
      },
    },
  },
  technologyFirst: {
    id: 'focus/technology-first',
    severity: 'warn',
    texts: {
      en: {
        title: 'A headline about technology',
        text: 'The headline of {section} is about technology ({technology}), not about the people it serves or what changes for them.',
        fix: 'Say who is better off and how; mention the technology further down, if at all.',
      },
      da: {
        title: 'En kernesætning om teknologi',
        text: 'Kernesætningen i {section} handler om teknologi ({technology}), ikke om de mennesker, den skal gavne, eller hvad der ændrer sig for dem.',
        fix: 'Sig, hvem der får det bedre, og hvordan; nævn teknologien længere nede, hvis overhovedet.',
      },
      nb: {
        title: 'En kjernesetning om teknologi',
        text: 'Kjernesetningen i {section} handler om teknologi ({technology}), ikke om menneskene den skal tjene, eller hva som endrer seg for dem.',
        fix: 'Si hvem som får det bedre, og hvordan; nevn teknologien lenger ned, om i det hele tatt.',
      },
      nn: {
        title: 'Ei kjernesetning om teknologi',
        text: 'Kjernesetninga i {section} handlar om teknologi ({technology}), ikkje om menneska ho skal tene, eller kva som endrar seg for dei.',
        fix: 'Sei kven som får det betre, og korleis; nemn teknologien lenger nede, om i det heile.',
      },
      sv: {
        title: 'En kärnmening om teknik',
        text: 'Kärnmeningen i {section} handlar om teknik ({technology}), inte om människorna den ska tjäna eller vad som blir annorlunda för dem.',
        fix: 'Säg vem som får det bättre och hur; nämn tekniken längre ner, om alls.',
      },
      de: {
        title: 'Ein Kernsatz über Technik',
        text: 'Der Kernsatz von {section} handelt von Technik ({technology}), nicht von den Menschen, denen sie dient, oder davon, was sich für sie ändert.',
        fix: 'Sagen Sie, wer es besser haben wird und wie; erwähnen Sie die Technik weiter unten, wenn überhaupt.',
      },
    },
  },
  customer: {
    id: 'focus/customer',
    severity: 'info',
    texts: {
      en: {
        title: 'The people you serve are missing',
        text: 'Nothing in {sections} mentions the people you serve (words such as {examples}).',
        fix: 'Say in {sections} who outside the organisation will notice the change.',
      },
      da: {
        title: 'De mennesker, I er til for, mangler',
        text: 'Intet i {sections} nævner de mennesker, I er til for (ord som {examples}).',
        fix: 'Sig i {sections}, hvem uden for organisationen der vil mærke forandringen.',
      },
      nb: {
        title: 'Menneskene dere er til for, mangler',
        text: 'Ingenting i {sections} nevner menneskene dere er til for (ord som {examples}).',
        fix: 'Si i {sections} hvem utenfor organisasjonen som vil merke endringen.',
      },
      nn: {
        title: 'Menneska de er til for, manglar',
        text: 'Ingenting i {sections} nemner menneska de er til for (ord som {examples}).',
        fix: 'Sei i {sections} kven utanfor organisasjonen som vil merke endringa.',
      },
      sv: {
        title: 'Människorna ni finns till för saknas',
        text: 'Ingenting i {sections} nämner människorna ni finns till för (ord som {examples}).',
        fix: 'Säg i {sections} vem utanför organisationen som kommer att märka förändringen.',
      },
      de: {
        title: 'Die Menschen, für die Sie da sind, fehlen',
        text: 'Nichts in {sections} erwähnt die Menschen, für die Sie da sind (Wörter wie {examples}).',
        fix: 'Sagen Sie in {sections}, wer außerhalb der Organisation die Veränderung bemerken wird.',
      },
    },
  },
  roles: {
    id: 'focus/roles',
    severity: 'info',
    texts: {
      en: {
        title: 'No part for the roles',
        text: 'Your story has no *{heading}* part, so people cannot find their own role in it.',
        fix: 'Add `# {heading}` with a `##` heading per role or department and a sentence or two about their day after the change.',
      },
      da: {
        title: 'Ingen del om rollerne',
        text: 'Din fortælling har ingen *{heading}*-del, så folk kan ikke finde deres egen rolle i den.',
        fix: 'Tilføj `# {heading}` med en `##`-overskrift for hver rolle eller afdeling og en sætning eller to om deres hverdag efter forandringen.',
      },
      nb: {
        title: 'Ingen del om rollene',
        text: 'Fortellingen din har ingen *{heading}*-del, så folk finner ikke sin egen rolle i den.',
        fix: 'Legg til `# {heading}` med en `##`-overskrift per rolle eller avdeling og en setning eller to om hverdagen deres etter endringen.',
      },
      nn: {
        title: 'Ingen del om rollene',
        text: 'Forteljinga di har ingen *{heading}*-del, så folk finn ikkje si eiga rolle i ho.',
        fix: 'Legg til `# {heading}` med ei `##`-overskrift per rolle eller avdeling og ei setning eller to om kvardagen deira etter endringa.',
      },
      sv: {
        title: 'Ingen del om rollerna',
        text: 'Din berättelse saknar delen *{heading}*, så ingen hittar sin egen roll i den.',
        fix: 'Lägg till `# {heading}` med en `##`-rubrik per roll eller avdelning och en mening eller två om deras vardag efter förändringen.',
      },
      de: {
        title: 'Kein Teil zu den Rollen',
        text: 'Ihrer Geschichte fehlt der Teil *{heading}*, daher findet niemand die eigene Rolle darin.',
        fix: 'Fügen Sie `# {heading}` ein, mit einer `##`-Überschrift je Rolle oder Abteilung und ein, zwei Sätzen über deren Alltag nach der Veränderung.',
      },
    },
  },
  slideWords: {
    id: 'deck/slide-too-long',
    severity: 'warn',
    texts: {
      en: {
        title: 'A slide with too much text',
        text: 'This slide shows {words} words; the back row can read at most {max} while someone is talking.',
        fix: 'Move detail into speaker notes (`Note:`) or split the slide with `---` or a new `##` heading.',
      },
      da: {
        title: 'En slide med for meget tekst',
        text: 'Denne slide viser {words} ord; de bagerste rækker kan højst nå at læse {max}, mens nogen taler.',
        fix: 'Flyt detaljer over i talernoterne (`Note:`), eller del sliden med `---` eller en ny `##`-overskrift.',
      },
      nb: {
        title: 'Et lysbilde med for mye tekst',
        text: 'Dette lysbildet viser {words} ord; de bakerste radene rekker å lese høyst {max} mens noen snakker.',
        fix: 'Flytt detaljer til talernotatene (`Note:`), eller del lysbildet med `---` eller en ny `##`-overskrift.',
      },
      nn: {
        title: 'Eit lysbilete med for mykje tekst',
        text: 'Dette lysbiletet viser {words} ord; dei bakarste radene rekk å lese høgst {max} medan nokon snakkar.',
        fix: 'Flytt detaljar til talarnotata (`Note:`), eller del lysbiletet med `---` eller ei ny `##`-overskrift.',
      },
      sv: {
        title: 'En bild med för mycket text',
        text: 'Den här bilden visar {words} ord; de bakersta raderna hinner läsa högst {max} medan någon talar.',
        fix: 'Flytta detaljer till talaranteckningarna (`Note:`) eller dela bilden med `---` eller en ny `##`-rubrik.',
      },
      de: {
        title: 'Eine Folie mit zu viel Text',
        text: 'Diese Folie zeigt {words} Wörter; aus den hinteren Reihen liest man höchstens {max}, während jemand spricht.',
        fix: 'Verschieben Sie Details in die Sprechernotizen (`Note:`) oder teilen Sie die Folie mit `---` oder einer neuen `##`-Überschrift.',
      },
    },
  },
  slideLines: {
    id: 'deck/slide-too-long',
    severity: 'warn',
    texts: {
      en: {
        title: 'A slide with too much text',
        text: 'This slide shows {lines} lines; the back row can read at most {max} while someone is talking.',
        fix: 'Move detail into speaker notes (`Note:`) or split the slide with `---` or a new `##` heading.',
      },
      da: {
        title: 'En slide med for meget tekst',
        text: 'Denne slide viser {lines} linjer; de bagerste rækker kan højst nå at læse {max}, mens nogen taler.',
        fix: 'Flyt detaljer over i talernoterne (`Note:`), eller del sliden med `---` eller en ny `##`-overskrift.',
      },
      nb: {
        title: 'Et lysbilde med for mye tekst',
        text: 'Dette lysbildet viser {lines} linjer; de bakerste radene rekker å lese høyst {max} mens noen snakker.',
        fix: 'Flytt detaljer til talernotatene (`Note:`), eller del lysbildet med `---` eller en ny `##`-overskrift.',
      },
      nn: {
        title: 'Eit lysbilete med for mykje tekst',
        text: 'Dette lysbiletet viser {lines} linjer; dei bakarste radene rekk å lese høgst {max} medan nokon snakkar.',
        fix: 'Flytt detaljar til talarnotata (`Note:`), eller del lysbiletet med `---` eller ei ny `##`-overskrift.',
      },
      sv: {
        title: 'En bild med för mycket text',
        text: 'Den här bilden visar {lines} rader; de bakersta raderna i salen hinner läsa högst {max} medan någon talar.',
        fix: 'Flytta detaljer till talaranteckningarna (`Note:`) eller dela bilden med `---` eller en ny `##`-rubrik.',
      },
      de: {
        title: 'Eine Folie mit zu viel Text',
        text: 'Diese Folie zeigt {lines} Zeilen; aus den hinteren Reihen liest man höchstens {max}, während jemand spricht.',
        fix: 'Verschieben Sie Details in die Sprechernotizen (`Note:`) oder teilen Sie die Folie mit `---` oder einer neuen `##`-Überschrift.',
      },
    },
  },
  posterTooLong: {
    id: 'poster/too-long',
    severity: 'warn',
    texts: {
      en: {
        title: 'The poster text would be too small',
        text: 'Your poster text would print at {size} pt, too small to read from a step away.',
        fix: 'Shorten {parts}, or choose a larger `poster.size`.',
      },
      da: {
        title: 'Plakatens tekst bliver for lille',
        text: 'Teksten på din plakat ville blive trykt i {size} pt, for småt til at kunne læses på et par skridts afstand.',
        fix: 'Forkort {parts}, eller vælg en større `poster.size`.',
      },
      nb: {
        title: 'Plakatteksten blir for liten',
        text: 'Teksten på plakaten din ville blitt trykt i {size} pt, for smått til å kunne leses på et par skritts avstand.',
        fix: 'Forkort {parts}, eller velg en større `poster.size`.',
      },
      nn: {
        title: 'Plakatteksten blir for liten',
        text: 'Teksten på plakaten din ville vorte trykt i {size} pt, for smått til å kunne lesast på eit par stegs avstand.',
        fix: 'Kort ned {parts}, eller vel ein større `poster.size`.',
      },
      sv: {
        title: 'Affischtexten blir för liten',
        text: 'Texten på din affisch skulle tryckas i {size} pt, för litet för att kunna läsas på ett par stegs avstånd.',
        fix: 'Korta {parts}, eller välj en större `poster.size`.',
      },
      de: {
        title: 'Der Postertext wäre zu klein',
        text: 'Der Text Ihres Posters würde in {size} pt gedruckt – zu klein, um ihn aus ein paar Schritten Entfernung zu lesen.',
        fix: 'Kürzen Sie {parts} oder wählen Sie eine größere `poster.size`.',
      },
    },
  },
  posterTooLongNoParts: {
    id: 'poster/too-long',
    severity: 'warn',
    texts: {
      en: {
        title: 'The poster text would be too small',
        text: 'Your poster text would print at {size} pt, too small to read from a step away.',
        fix: 'Shorten the story, or choose a larger `poster.size`.',
      },
      da: {
        title: 'Plakatens tekst bliver for lille',
        text: 'Teksten på din plakat ville blive trykt i {size} pt, for småt til at kunne læses på et par skridts afstand.',
        fix: 'Forkort fortællingen, eller vælg en større `poster.size`.',
      },
      nb: {
        title: 'Plakatteksten blir for liten',
        text: 'Teksten på plakaten din ville blitt trykt i {size} pt, for smått til å kunne leses på et par skritts avstand.',
        fix: 'Forkort fortellingen, eller velg en større `poster.size`.',
      },
      nn: {
        title: 'Plakatteksten blir for liten',
        text: 'Teksten på plakaten din ville vorte trykt i {size} pt, for smått til å kunne lesast på eit par stegs avstand.',
        fix: 'Kort ned forteljinga, eller vel ein større `poster.size`.',
      },
      sv: {
        title: 'Affischtexten blir för liten',
        text: 'Texten på din affisch skulle tryckas i {size} pt, för litet för att kunna läsas på ett par stegs avstånd.',
        fix: 'Korta berättelsen eller välj en större `poster.size`.',
      },
      de: {
        title: 'Der Postertext wäre zu klein',
        text: 'Der Text Ihres Posters würde in {size} pt gedruckt – zu klein, um ihn aus ein paar Schritten Entfernung zu lesen.',
        fix: 'Kürzen Sie die Geschichte oder wählen Sie eine größere `poster.size`.',
      },
    },
  },
  driftMissingSection: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'The version no longer matches its source',
        text: 'Your version has no *{label}* part; the source has it as *{title}* ({where}).',
        fix: 'Add `# {label}` here with the translation of that part, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Versionen passer ikke længere til kilden',
        text: 'Din version har ingen *{label}*-del; i kilden hedder den *{title}* ({where}).',
        fix: 'Tilføj `# {label}` her med en oversættelse af den del, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Versjonen stemmer ikke lenger med kilden',
        text: 'Versjonen din har ingen *{label}*-del; i kilden heter den *{title}* ({where}).',
        fix: 'Legg til `# {label}` her med en oversettelse av den delen, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Versjonen stemmer ikkje lenger med kjelda',
        text: 'Versjonen din har ingen *{label}*-del; i kjelda heiter han *{title}* ({where}).',
        fix: 'Legg til `# {label}` her med ei omsetjing av den delen, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Versionen stämmer inte längre med källan',
        text: 'Din version saknar delen *{label}*; i källan heter den *{title}* ({where}).',
        fix: 'Lägg till `# {label}` här med en översättning av den delen och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Die Fassung passt nicht mehr zur Originalfassung',
        text: 'Ihrer Fassung fehlt der Teil *{label}*; in der Originalfassung heißt er *{title}* ({where}).',
        fix: 'Fügen Sie hier `# {label}` mit der Übersetzung dieses Teils ein und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftExtraSection: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'A part the source does not have',
        text: 'Your version has a *{title}* part that the source {source} does not have.',
        fix: 'Remove it, or add it to the source first, so every language tells the same story.',
      },
      da: {
        title: 'En del, som kilden ikke har',
        text: 'Din version har en *{title}*-del, som kilden {source} ikke har.',
        fix: 'Fjern den, eller tilføj den først i kilden, så alle sprog fortæller den samme historie.',
      },
      nb: {
        title: 'En del som kilden ikke har',
        text: 'Versjonen din har en *{title}*-del som kilden {source} ikke har.',
        fix: 'Fjern den, eller legg den først til i kilden, slik at alle språk forteller den samme historien.',
      },
      nn: {
        title: 'Ein del som kjelda ikkje har',
        text: 'Versjonen din har ein *{title}*-del som kjelda {source} ikkje har.',
        fix: 'Fjern han, eller legg han først til i kjelda, slik at alle språka fortel den same historia.',
      },
      sv: {
        title: 'En del som källan inte har',
        text: 'Din version har delen *{title}*, som källan {source} inte har.',
        fix: 'Ta bort den eller lägg först till den i källan, så att alla språk berättar samma historia.',
      },
      de: {
        title: 'Ein Teil, den die Originalfassung nicht hat',
        text: 'Ihre Fassung hat einen Teil *{title}*, den die Originalfassung {source} nicht hat.',
        fix: 'Entfernen Sie ihn oder ergänzen Sie ihn zuerst in der Originalfassung, damit jede Sprache dieselbe Geschichte erzählt.',
      },
    },
  },
  driftChapters: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'Your own parts differ from the source',
        text: 'Your version has {count, plural, one {# part of its own} other {# parts of its own}}; the source has {expected} ({where}).',
        fix: 'Bring the version in step with the source, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Jeres egne dele afviger fra kilden',
        text: 'Din version har {count, plural, one {# egen del} other {# egne dele}}; kilden har {expected} ({where}).',
        fix: 'Opdatér versionen efter kilden, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Egne deler avviker fra kilden',
        text: 'Versjonen din har {count, plural, one {# egen del} other {# egne deler}}; kilden har {expected} ({where}).',
        fix: 'Oppdater versjonen etter kilden, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Eigne delar avvik frå kjelda',
        text: 'Versjonen din har {count, plural, one {# eigen del} other {# eigne delar}}; kjelda har {expected} ({where}).',
        fix: 'Oppdater versjonen etter kjelda, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Egna delar skiljer sig från källan',
        text: 'Din version har {count, plural, one {# egen del} other {# egna delar}}; källan har {expected} ({where}).',
        fix: 'Uppdatera versionen så att den stämmer med källan och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Eigene Teile weichen von der Originalfassung ab',
        text: 'Ihre Fassung hat {count, plural, one {# eigenen Teil} other {# eigene Teile}}; die Originalfassung hat {expected} ({where}).',
        fix: 'Gleichen Sie Ihre Fassung an die Originalfassung an und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftChaptersNone: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'Your own parts differ from the source',
        text: 'Your version has {count, plural, one {# part of its own} other {# parts of its own}}; the source has none.',
        fix: 'Bring the version in step with the source, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Jeres egne dele afviger fra kilden',
        text: 'Din version har {count, plural, one {# egen del} other {# egne dele}}; kilden har ingen.',
        fix: 'Opdatér versionen efter kilden, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Egne deler avviker fra kilden',
        text: 'Versjonen din har {count, plural, one {# egen del} other {# egne deler}}; kilden har ingen.',
        fix: 'Oppdater versjonen etter kilden, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Eigne delar avvik frå kjelda',
        text: 'Versjonen din har {count, plural, one {# eigen del} other {# eigne delar}}; kjelda har ingen.',
        fix: 'Oppdater versjonen etter kjelda, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Egna delar skiljer sig från källan',
        text: 'Din version har {count, plural, one {# egen del} other {# egna delar}}; källan har inga.',
        fix: 'Uppdatera versionen så att den stämmer med källan och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Eigene Teile weichen von der Originalfassung ab',
        text: 'Ihre Fassung hat {count, plural, one {# eigenen Teil} other {# eigene Teile}}; die Originalfassung hat keine.',
        fix: 'Gleichen Sie Ihre Fassung an die Originalfassung an und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftRoles: countDrift({
    en: ['A different number of roles', '{count, plural, one {# role} other {# roles}}'],
    da: ['Et andet antal roller', '{count, plural, one {# rolle} other {# roller}}'],
    nb: ['Et annet antall roller', '{count, plural, one {# rolle} other {# roller}}'],
    nn: ['Eit anna tal roller', '{count, plural, one {# rolle} other {# roller}}'],
    sv: ['Ett annat antal roller', '{count, plural, one {# roll} other {# roller}}'],
    de: ['Eine andere Zahl von Rollen', '{count, plural, one {# Rolle} other {# Rollen}}'],
  }),
  driftSteps: countDrift({
    en: ['A different number of steps', '{count, plural, one {# step} other {# steps}}'],
    da: ['Et andet antal trin', '{count, plural, one {# trin} other {# trin}}'],
    nb: ['Et annet antall steg', '{count, plural, one {# steg} other {# steg}}'],
    nn: ['Eit anna tal steg', '{count, plural, one {# steg} other {# steg}}'],
    sv: ['Ett annat antal steg', '{count, plural, one {# steg} other {# steg}}'],
    de: ['Eine andere Zahl von Schritten', '{count, plural, one {# Schritt} other {# Schritte}}'],
  }),
  driftQuestions: countDrift({
    en: ['A different number of questions', '{count, plural, one {# question} other {# questions}}'],
    da: ['Et andet antal spørgsmål', '{count, plural, one {# spørgsmål} other {# spørgsmål}}'],
    nb: ['Et annet antall spørsmål', '{count, plural, one {# spørsmål} other {# spørsmål}}'],
    nn: ['Eit anna tal spørsmål', '{count, plural, one {# spørsmål} other {# spørsmål}}'],
    sv: ['Ett annat antal frågor', '{count, plural, one {# fråga} other {# frågor}}'],
    de: ['Eine andere Zahl von Fragen', '{count, plural, one {# Frage} other {# Fragen}}'],
  }),
  driftHeadlineNumbers: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'Numbers differ from the source',
        text: 'The numbers in the headline of {section} ({numbers}) differ from the source’s ({expected}, {where}).',
        fix: 'Check which numbers are right, correct them in every language, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Tal afviger fra kilden',
        text: 'Tallene i kernesætningen i {section} ({numbers}) afviger fra kildens ({expected}, {where}).',
        fix: 'Tjek, hvilke tal der er rigtige, ret dem på alle sprog, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Tall avviker fra kilden',
        text: 'Tallene i kjernesetningen i {section} ({numbers}) avviker fra kildens ({expected}, {where}).',
        fix: 'Sjekk hvilke tall som stemmer, rett dem på alle språk, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Tal avvik frå kjelda',
        text: 'Tala i kjernesetninga i {section} ({numbers}) avvik frå tala i kjelda ({expected}, {where}).',
        fix: 'Sjekk kva tal som stemmer, rett dei på alle språka, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Siffror skiljer sig från källan',
        text: 'Siffrorna i kärnmeningen i {section} ({numbers}) skiljer sig från källans ({expected}, {where}).',
        fix: 'Kontrollera vilka siffror som stämmer, rätta dem på alla språk och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Zahlen weichen von der Originalfassung ab',
        text: 'Die Zahlen im Kernsatz von {section} ({numbers}) weichen von denen der Originalfassung ab ({expected}, {where}).',
        fix: 'Prüfen Sie, welche Zahlen stimmen, korrigieren Sie sie in jeder Sprache und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftStepNumbers: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'Numbers differ from the source',
        text: 'The numbers in step {step} ({numbers}) differ from those in the source’s step {step} ({expected}, {where}).',
        fix: 'Check which numbers are right, correct them in every language, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Tal afviger fra kilden',
        text: 'Tallene i trin {step} ({numbers}) afviger fra tallene i kildens trin {step} ({expected}, {where}).',
        fix: 'Tjek, hvilke tal der er rigtige, ret dem på alle sprog, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Tall avviker fra kilden',
        text: 'Tallene i steg {step} ({numbers}) avviker fra tallene i steg {step} i kilden ({expected}, {where}).',
        fix: 'Sjekk hvilke tall som stemmer, rett dem på alle språk, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Tal avvik frå kjelda',
        text: 'Tala i steg {step} ({numbers}) avvik frå tala i steg {step} i kjelda ({expected}, {where}).',
        fix: 'Sjekk kva tal som stemmer, rett dei på alle språka, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Siffror skiljer sig från källan',
        text: 'Siffrorna i steg {step} ({numbers}) skiljer sig från siffrorna i källans steg {step} ({expected}, {where}).',
        fix: 'Kontrollera vilka siffror som stämmer, rätta dem på alla språk och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Zahlen weichen von der Originalfassung ab',
        text: 'Die Zahlen in Schritt {step} ({numbers}) weichen von denen in Schritt {step} der Originalfassung ab ({expected}, {where}).',
        fix: 'Prüfen Sie, welche Zahlen stimmen, korrigieren Sie sie in jeder Sprache und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftGlossary: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'Glossary entries are missing',
        text: 'Your glossary does not explain {terms}, which the source’s glossary does ({where}).',
        fix: 'Add the missing entries, translated, under `glossary:`, then run `storydeck translations sync`.',
      },
      da: {
        title: 'Ord mangler i ordlisten',
        text: 'Din ordliste forklarer ikke {terms}, som kildens ordliste gør ({where}).',
        fix: 'Tilføj de manglende ord i oversat form under `glossary:`, og kør derefter `storydeck translations sync`.',
      },
      nb: {
        title: 'Ord mangler i ordlisten',
        text: 'Ordlisten din forklarer ikke {terms}, slik ordlisten i kilden gjør ({where}).',
        fix: 'Legg til de manglende ordene, oversatt, under `glossary:`, og kjør deretter `storydeck translations sync`.',
      },
      nn: {
        title: 'Ord manglar i ordlista',
        text: 'Ordlista di forklarer ikkje {terms}, slik ordlista i kjelda gjer ({where}).',
        fix: 'Legg til dei manglande orda, omsette, under `glossary:`, og køyr så `storydeck translations sync`.',
      },
      sv: {
        title: 'Ord saknas i ordlistan',
        text: 'Din ordlista förklarar inte {terms}, vilket källans ordlista gör ({where}).',
        fix: 'Lägg till de saknade orden, översatta, under `glossary:` och kör sedan `storydeck translations sync`.',
      },
      de: {
        title: 'Einträge im Glossar fehlen',
        text: 'Ihr Glossar erklärt {terms} nicht, das Glossar der Originalfassung schon ({where}).',
        fix: 'Ergänzen Sie die fehlenden Einträge übersetzt unter `glossary:` und führen Sie dann `storydeck translations sync` aus.',
      },
    },
  },
  driftFingerprint: {
    id: 'translation/drift',
    severity: 'warn',
    texts: {
      en: {
        title: 'The source has changed',
        text: 'The source {source} has changed since this version was last brought in step with it.',
        fix: 'Compare the version with the source, bring it in step, then run `storydeck translations sync` to record that it is.',
      },
      da: {
        title: 'Kilden er ændret',
        text: 'Kilden {source} er ændret, siden denne version sidst blev opdateret efter den.',
        fix: 'Sammenlign versionen med kilden, opdatér den, og kør derefter `storydeck translations sync` for at notere, at den er ajour.',
      },
      nb: {
        title: 'Kilden er endret',
        text: 'Kilden {source} er endret siden denne versjonen sist ble oppdatert etter den.',
        fix: 'Sammenlign versjonen med kilden, oppdater den, og kjør deretter `storydeck translations sync` for å registrere at den er à jour.',
      },
      nn: {
        title: 'Kjelda er endra',
        text: 'Kjelda {source} er endra sidan denne versjonen sist vart oppdatert etter ho.',
        fix: 'Samanlikn versjonen med kjelda, oppdater han, og køyr så `storydeck translations sync` for å registrere at han er à jour.',
      },
      sv: {
        title: 'Källan har ändrats',
        text: 'Källan {source} har ändrats sedan den här versionen senast stämdes av mot den.',
        fix: 'Jämför versionen med källan, uppdatera den och kör sedan `storydeck translations sync` för att notera att den stämmer.',
      },
      de: {
        title: 'Die Originalfassung hat sich geändert',
        text: 'Die Originalfassung {source} hat sich geändert, seit diese Fassung zuletzt an sie angeglichen wurde.',
        fix: 'Vergleichen Sie Ihre Fassung mit der Originalfassung, gleichen Sie sie an und führen Sie dann `storydeck translations sync` aus, um das festzuhalten.',
      },
    },
  },
  untranslatedKey: {
    id: 'translation/untranslated',
    severity: 'warn',
    texts: {
      en: {
        title: 'Text not yet translated',
        text: '`{key}` is still marked `{marker}`: its text has not been translated yet.',
        fix: 'Replace the text after `{marker}` by its translation and remove `{own}`.',
      },
      da: {
        title: 'Tekst, der ikke er oversat endnu',
        text: '`{key}` er stadig markeret `{marker}`: teksten er ikke oversat endnu.',
        fix: 'Erstat teksten efter `{marker}` med oversættelsen, og fjern `{own}`.',
      },
      nb: {
        title: 'Tekst som ikke er oversatt ennå',
        text: '`{key}` er fortsatt merket `{marker}`: teksten er ikke oversatt ennå.',
        fix: 'Erstatt teksten etter `{marker}` med oversettelsen, og fjern `{own}`.',
      },
      nn: {
        title: 'Tekst som ikkje er omsett enno',
        text: '`{key}` er framleis merkt `{marker}`: teksten er ikkje omsett enno.',
        fix: 'Byt ut teksten etter `{marker}` med omsetjinga, og fjern `{own}`.',
      },
      sv: {
        title: 'Text som inte är översatt än',
        text: '`{key}` är fortfarande märkt `{marker}`: texten är inte översatt än.',
        fix: 'Ersätt texten efter `{marker}` med översättningen och ta bort `{own}`.',
      },
      de: {
        title: 'Noch nicht übersetzter Text',
        text: '`{key}` ist noch mit `{marker}` markiert: Der Text ist noch nicht übersetzt.',
        fix: 'Ersetzen Sie den Text nach `{marker}` durch die Übersetzung und entfernen Sie `{own}`.',
      },
    },
  },
  untranslatedText: {
    id: 'translation/untranslated',
    severity: 'warn',
    texts: {
      en: {
        title: 'Text not yet translated',
        text: 'This text is still marked `{marker}`: it has not been translated yet.',
        fix: 'Replace the text after `{marker}` by its translation and remove `{own}`.',
      },
      da: {
        title: 'Tekst, der ikke er oversat endnu',
        text: 'Denne tekst er stadig markeret `{marker}`: den er ikke oversat endnu.',
        fix: 'Erstat teksten efter `{marker}` med oversættelsen, og fjern `{own}`.',
      },
      nb: {
        title: 'Tekst som ikke er oversatt ennå',
        text: 'Denne teksten er fortsatt merket `{marker}`: den er ikke oversatt ennå.',
        fix: 'Erstatt teksten etter `{marker}` med oversettelsen, og fjern `{own}`.',
      },
      nn: {
        title: 'Tekst som ikkje er omsett enno',
        text: 'Denne teksten er framleis merkt `{marker}`: han er ikkje omsett enno.',
        fix: 'Byt ut teksten etter `{marker}` med omsetjinga, og fjern `{own}`.',
      },
      sv: {
        title: 'Text som inte är översatt än',
        text: 'Den här texten är fortfarande märkt `{marker}`: den är inte översatt än.',
        fix: 'Ersätt texten efter `{marker}` med översättningen och ta bort `{own}`.',
      },
      de: {
        title: 'Noch nicht übersetzter Text',
        text: 'Dieser Text ist noch mit `{marker}` markiert: Er ist noch nicht übersetzt.',
        fix: 'Ersetzen Sie den Text nach `{marker}` durch die Übersetzung und entfernen Sie `{own}`.',
      },
    },
  },
  untranslatedGlossary: {
    id: 'translation/untranslated',
    severity: 'warn',
    texts: {
      en: {
        title: 'Text not yet translated',
        text: 'The glossary’s meaning of {term} is still marked for translation.',
        fix: 'Translate the meaning and remove `{own}`.',
      },
      da: {
        title: 'Tekst, der ikke er oversat endnu',
        text: 'Ordlistens forklaring af {term} er stadig markeret til oversættelse.',
        fix: 'Oversæt forklaringen, og fjern `{own}`.',
      },
      nb: {
        title: 'Tekst som ikke er oversatt ennå',
        text: 'Ordlistens forklaring av {term} er fortsatt merket for oversettelse.',
        fix: 'Oversett forklaringen, og fjern `{own}`.',
      },
      nn: {
        title: 'Tekst som ikkje er omsett enno',
        text: 'Forklaringa av {term} i ordlista er framleis merkt for omsetjing.',
        fix: 'Omset forklaringa, og fjern `{own}`.',
      },
      sv: {
        title: 'Text som inte är översatt än',
        text: 'Ordlistans förklaring av {term} är fortfarande märkt för översättning.',
        fix: 'Översätt förklaringen och ta bort `{own}`.',
      },
      de: {
        title: 'Noch nicht übersetzter Text',
        text: 'Die Erklärung von {term} im Glossar ist noch zum Übersetzen markiert.',
        fix: 'Übersetzen Sie die Erklärung und entfernen Sie `{own}`.',
      },
    },
  },
  templateText: {
    id: 'draft/template-text',
    severity: 'warn',
    texts: {
      en: {
        title: 'Example text from the template',
        text: '“{text}” is still the example that `storydeck new` wrote here.',
        fix: 'Write your own words in its place, or delete it.',
      },
      da: {
        title: 'Eksempeltekst fra skabelonen',
        text: '»{text}« er stadig det eksempel, som `storydeck new` skrev her.',
        fix: 'Skriv dine egne ord i stedet, eller slet teksten.',
      },
      nb: {
        title: 'Eksempeltekst fra malen',
        text: '«{text}» er fortsatt eksempelet som `storydeck new` skrev her.',
        fix: 'Skriv dine egne ord i stedet, eller slett teksten.',
      },
      nn: {
        title: 'Dømetekst frå malen',
        text: '«{text}» er framleis dømet som `storydeck new` skreiv her.',
        fix: 'Skriv dine eigne ord i staden, eller slett teksten.',
      },
      sv: {
        title: 'Exempeltext från mallen',
        text: '”{text}” är fortfarande exemplet som `storydeck new` skrev här.',
        fix: 'Skriv dina egna ord i stället eller ta bort texten.',
      },
      de: {
        title: 'Beispieltext aus der Vorlage',
        text: '„{text}“ ist noch das Beispiel, das `storydeck new` hier eingefügt hat.',
        fix: 'Schreiben Sie stattdessen Ihre eigenen Worte, oder löschen Sie den Text.',
      },
    },
  },
  templateKey: {
    id: 'draft/template-text',
    severity: 'warn',
    texts: {
      en: {
        title: 'Example text from the template',
        text: '`{key}:` still says “{value}”, the example that `storydeck new` wrote.',
        fix: 'Write the real one in its place: the deck and the poster show it.',
      },
      da: {
        title: 'Eksempeltekst fra skabelonen',
        text: '`{key}:` siger stadig »{value}«, det eksempel, som `storydeck new` skrev.',
        fix: 'Skriv det rigtige i stedet: præsentationen og plakaten viser det.',
      },
      nb: {
        title: 'Eksempeltekst fra malen',
        text: '`{key}:` sier fortsatt «{value}», eksempelet som `storydeck new` skrev.',
        fix: 'Skriv det riktige i stedet: presentasjonen og plakaten viser det.',
      },
      nn: {
        title: 'Dømetekst frå malen',
        text: '`{key}:` seier framleis «{value}», dømet som `storydeck new` skreiv.',
        fix: 'Skriv det rette i staden: presentasjonen og plakaten viser det.',
      },
      sv: {
        title: 'Exempeltext från mallen',
        text: '`{key}:` säger fortfarande ”{value}”, exemplet som `storydeck new` skrev.',
        fix: 'Skriv det riktiga i stället: presentationen och affischen visar det.',
      },
      de: {
        title: 'Beispieltext aus der Vorlage',
        text: '`{key}:` lautet noch „{value}“, das Beispiel, das `storydeck new` eingefügt hat.',
        fix: 'Tragen Sie dort das Richtige ein: Die Präsentation und das Poster zeigen es.',
      },
    },
  },
})

/**
 * Words the coach's messages are filled with, per language: the readability
 * bands, the formulas' names, a part of the poster with its word count, and
 * "none" for a list of numbers that is empty.
 */
export const coachWords = defineLines({
  bandVeryEasy: {
    en: 'very easy, like a children’s book',
    da: 'meget let, som en børnebog',
    nb: 'svært lett, som en barnebok',
    nn: 'svært lett, som ei barnebok',
    sv: 'mycket lätt, som en barnbok',
    de: 'sehr leicht, wie ein Kinderbuch',
  },
  bandEasyFiction: {
    en: 'easy, like popular fiction',
    da: 'let, som en underholdningsroman',
    nb: 'lett, som en underholdningsroman',
    nn: 'lett, som ein underhaldningsroman',
    sv: 'lätt, som en underhållningsroman',
    de: 'leicht, wie ein Unterhaltungsroman',
  },
  bandEasyChildren: {
    en: 'easy, like a children’s book',
    da: 'let, som en børnebog',
    nb: 'lett, som en barnebok',
    nn: 'lett, som ei barnebok',
    sv: 'lätt, som en barnbok',
    de: 'leicht, wie ein Kinderbuch',
  },
  bandMedium: {
    en: 'medium, like a newspaper',
    da: 'middelsvær, som en avis',
    nb: 'middels, som en avis',
    nn: 'middels, som ei avis',
    sv: 'medelsvår, som en dagstidning',
    de: 'mittel, wie eine Zeitung',
  },
  bandPlain: {
    en: 'plain, like a newspaper',
    da: 'ligetil, som en avis',
    nb: 'grei, som en avis',
    nn: 'grei, som ei avis',
    sv: 'lättläst, som en dagstidning',
    de: 'verständlich, wie eine Zeitung',
  },
  bandFairlyHard: {
    en: 'fairly hard, like a report',
    da: 'ret svær, som en rapport',
    nb: 'ganske vanskelig, som en rapport',
    nn: 'ganske vanskeleg, som ein rapport',
    sv: 'ganska svår, som en rapport',
    de: 'ziemlich schwer, wie ein Bericht',
  },
  bandHard: {
    en: 'hard, like an official letter',
    da: 'svær, som et brev fra det offentlige',
    nb: 'vanskelig, som et brev fra det offentlige',
    nn: 'vanskeleg, som eit brev frå det offentlege',
    sv: 'svår, som ett brev från en myndighet',
    de: 'schwer, wie ein Behördenbrief',
  },
  bandVeryHard: {
    en: 'very hard, like academic writing',
    da: 'meget svær, som en akademisk tekst',
    nb: 'svært vanskelig, som en akademisk tekst',
    nn: 'svært vanskeleg, som ein akademisk tekst',
    sv: 'mycket svår, som en akademisk text',
    de: 'sehr schwer, wie ein wissenschaftlicher Text',
  },
  formulaFlesch: {
    en: 'Flesch reading ease',
    da: 'Flesch-læsbarheden',
    nb: 'Flesch-lesbarheten',
    nn: 'Flesch-lesbarheita',
    sv: 'Flesch-läsbarheten',
    de: 'Die Lesbarkeit nach Flesch',
  },
  formulaAmstad: {
    en: 'Flesch–Amstad score',
    da: 'Flesch–Amstad-tallet',
    nb: 'Flesch–Amstad-tallet',
    nn: 'Flesch–Amstad-talet',
    sv: 'Flesch–Amstad-värdet',
    de: 'Der Flesch–Amstad-Wert',
  },
  partFirst: {
    en: '{name} ({count, plural, one {# word} other {# words}})',
    da: '{name} ({count} ord)',
    nb: '{name} ({count} ord)',
    nn: '{name} ({count} ord)',
    sv: '{name} ({count} ord)',
    de: '{name} ({count, plural, one {# Wort} other {# Wörter}})',
  },
  partMore: {
    en: '{name} ({count})',
    da: '{name} ({count})',
    nb: '{name} ({count})',
    nn: '{name} ({count})',
    sv: '{name} ({count})',
    de: '{name} ({count})',
  },
  none: { en: 'none', da: 'ingen', nb: 'ingen', nn: 'ingen', sv: 'inga', de: 'keine' },
})
