/**
 * Words of "town hall live" (`storydeck present`): the audience page, the
 * moderation page, the overlays on the presenter's deck, the terminal lines
 * and the questions export, per language. `{name}` marks a value to fill in
 * with {@link fillLabel}.
 */
import type { Lang } from '../types.ts'

/** Every text of town hall live. */
export interface LiveLabels {
  /** Suffix of the page title: "live". */
  live: string
  /** "Slide {n}". */
  slide: string
  waiting: string
  earlier: string
  later: string
  backToLive: string
  connected: string
  reconnecting: string
  askHeading: string
  questionLabel: string
  nameLabel: string
  send: string
  /** "{n} characters left" (singular and plural). */
  charsLeft: Plural
  sent: string
  refusedRate: string
  refusedSize: string
  refusedEmpty: string
  refusedClosed: string
  questionsHeading: string
  noQuestions: string
  vote: string
  voted: string
  /** "{n} votes" (singular and plural). */
  votes: Plural
  /** "{n} questions" (singular and plural; the terminal's recovery line). */
  questionCount: Plural
  answered: string
  pending: string
  anonymous: string
  /** "Also in" before links to the story's other language versions. */
  otherLanguages: string
  /** Above a slide the chosen language version does not have, shown as the presenter shows it. */
  notInVersion: string
  moderateTitle: string
  moderateIntro: string
  moderateConnected: string
  show: string
  hide: string
  answer: string
  stateNew: string
  stateShown: string
  stateHidden: string
  topOnScreen: string
  topOffScreen: string
  topHeading: string
  joinHeading: string
  /** "Open {url} and type the code". */
  joinOpen: string
  code: string
  /** The page at `/`: "Code shown on the screen", "Join", and the answer to a wrong code. */
  joinCodeLabel: string
  joinButton: string
  joinWrong: string
  joinKey: string
  /** Terminal: "Town hall live: {title}". */
  cliReady: string
  cliJoin: string
  /** "…this computer also has: {list}". */
  cliOtherAddresses: string
  cliPresenter: string
  cliModerate: string
  cliLocalOnly: string
  cliNetwork: string
  cliLog: string
  /** "Recovered {questions} and {votes} from {path}." (the counts filled with `questions` and `votes`). */
  cliRecovered: string
  /** "{place}: skipped a line that was cut off …". */
  cliTorn: string
  /** "Port {port} is in use…". */
  cliPortInUse: string
  /** "Could not save to {path}: {reason}…". */
  cliLogFailed: string
  cliStop: string
  cliStopped: string
  /** Export heading: "Questions of {date}". */
  exportSession: string
  exportNone: string
}

const en: LiveLabels = {
  live: 'live',
  slide: 'Slide {n}',
  waiting: 'The talk has not started yet. This page follows the presenter as soon as it does.',
  earlier: 'Earlier slide',
  later: 'Later slide',
  backToLive: 'Back to the current slide',
  connected: 'Following the presenter.',
  reconnecting: 'Connection lost. Reconnecting…',
  askHeading: 'Ask a question',
  questionLabel: 'Your question',
  nameLabel: 'Your name (optional)',
  send: 'Send question',
  charsLeft: { one: '{n} character left', other: '{n} characters left' },
  sent: 'Thank you. Your question is with the presenter.',
  refusedRate: 'You have asked several questions just now. Please wait a minute and try again.',
  refusedSize: 'That is too long. A question can have at most 280 characters, a name 60.',
  refusedEmpty: 'Please write your question first.',
  refusedClosed: 'Not sent: the connection is lost. Please try again in a moment.',
  questionsHeading: 'Questions from the room',
  noQuestions: 'No questions yet.',
  vote: 'Vote for this question',
  voted: 'You voted for this question',
  votes: { one: '{n} vote', other: '{n} votes' },
  questionCount: { one: '{n} question', other: '{n} questions' },
  answered: 'Answered',
  pending: 'Waiting for the presenter',
  anonymous: 'Anonymous',
  otherLanguages: 'Also in',
  notInVersion: 'This slide is not in this language version. Here it is as the presenter shows it:',
  moderateTitle: 'Questions to moderate',
  moderateIntro:
    'New questions reach the room only when you show them. The top questions are those with the most votes that are not answered yet.',
  moderateConnected: 'Connected. New questions appear here as they arrive.',
  show: 'Show to the room',
  hide: 'Hide',
  answer: 'Mark answered',
  stateNew: 'New',
  stateShown: 'Shown',
  stateHidden: 'Hidden',
  topOnScreen: 'Put the top five on the screen',
  topOffScreen: 'Take them off the screen',
  topHeading: 'Your questions',
  joinHeading: 'Follow on your phone and ask questions',
  joinOpen: 'Scan the code or open {url}',
  code: 'Code',
  joinCodeLabel: 'Code shown on the screen',
  joinButton: 'Join',
  joinWrong: 'That code is not right. Check the screen and try again.',
  joinKey: 'Show or hide the join address',
  cliReady: 'Town hall live: {title}',
  cliJoin: 'The audience joins at {url} (code {code}).',
  cliOtherAddresses: 'If phones cannot open that address, this computer also has: {list}',
  cliPresenter: 'Your deck (keep this address to yourself, it opens your notes): {url}',
  cliModerate: 'Questions to moderate: {url}',
  cliLocalOnly:
    'Only this computer can connect (127.0.0.1). To let phones in the room join, start again with --host 0.0.0.0, or with this computer’s address on the room’s network.',
  cliNetwork:
    'Anyone on the same network who has the join address can read the slides you have shown and ask questions. The connection is not encrypted: use a network you trust.',
  cliLog: 'Questions and votes are saved to {path}.',
  cliRecovered: 'Recovered {questions} and {votes} from {path}.',
  cliTorn: '{place}: skipped a line that was cut off when the server stopped; everything confirmed before it is kept.',
  cliPortInUse:
    'Port {port} is already in use by another program. Start again with another port, for example --port {next}.',
  cliLogFailed:
    'Could not save to {path}: {reason}. Questions sent now are not confirmed to the phones; check the disk.',
  cliStop: 'Press Ctrl+C to stop.',
  cliStopped: 'Stopped. Questions and votes are saved in {path}.',
  exportSession: 'Questions of {date}',
  exportNone: 'No questions were asked.',
}

const da: LiveLabels = {
  live: 'direkte',
  slide: 'Slide {n}',
  waiting: 'Oplægget er ikke begyndt endnu. Siden følger oplægsholderen, så snart det går i gang.',
  earlier: 'Forrige slide',
  later: 'Næste slide',
  backToLive: 'Tilbage til den aktuelle slide',
  connected: 'Følger oplægsholderen.',
  reconnecting: 'Forbindelsen er afbrudt. Forbinder igen…',
  askHeading: 'Stil et spørgsmål',
  questionLabel: 'Dit spørgsmål',
  nameLabel: 'Dit navn (frivilligt)',
  send: 'Send spørgsmål',
  charsLeft: { one: '{n} tegn tilbage', other: '{n} tegn tilbage' },
  sent: 'Tak. Dit spørgsmål er sendt til oplægsholderen.',
  refusedRate: 'Du har stillet flere spørgsmål lige nu. Vent et minut, og prøv igen.',
  refusedSize: 'Det er for langt. Et spørgsmål må højst have 280 tegn og et navn 60.',
  refusedEmpty: 'Skriv først dit spørgsmål.',
  refusedClosed: 'Ikke sendt: forbindelsen er afbrudt. Prøv igen om et øjeblik.',
  questionsHeading: 'Spørgsmål fra salen',
  noQuestions: 'Ingen spørgsmål endnu.',
  vote: 'Stem på dette spørgsmål',
  voted: 'Du har stemt på dette spørgsmål',
  votes: { one: '{n} stemme', other: '{n} stemmer' },
  questionCount: { one: '{n} spørgsmål', other: '{n} spørgsmål' },
  answered: 'Besvaret',
  pending: 'Venter på oplægsholderen',
  anonymous: 'Anonym',
  otherLanguages: 'Også på',
  notInVersion: 'Denne slide findes ikke i denne sprogversion. Her er den, som oplægsholderen viser den:',
  moderateTitle: 'Spørgsmål til moderation',
  moderateIntro:
    'Nye spørgsmål vises først for salen, når du viser dem. Topspørgsmålene er dem med flest stemmer, som endnu ikke er besvaret.',
  moderateConnected: 'Forbundet. Nye spørgsmål vises her, efterhånden som de kommer.',
  show: 'Vis for salen',
  hide: 'Skjul',
  answer: 'Markér som besvaret',
  stateNew: 'Nyt',
  stateShown: 'Vist',
  stateHidden: 'Skjult',
  topOnScreen: 'Vis de fem øverste på skærmen',
  topOffScreen: 'Fjern dem fra skærmen',
  topHeading: 'Jeres spørgsmål',
  joinHeading: 'Følg med på telefonen, og stil spørgsmål',
  joinOpen: 'Scan koden, eller åbn {url}',
  code: 'Kode',
  joinCodeLabel: 'Koden på skærmen',
  joinButton: 'Deltag',
  joinWrong: 'Koden er ikke rigtig. Se efter på skærmen, og prøv igen.',
  joinKey: 'Vis eller skjul adressen til at deltage',
  cliReady: 'Town hall direkte: {title}',
  cliJoin: 'Publikum deltager på {url} (kode {code}).',
  cliOtherAddresses: 'Hvis telefonerne ikke kan åbne den adresse, har computeren også: {list}',
  cliPresenter: 'Din præsentation (hold adressen for dig selv, den åbner dine noter): {url}',
  cliModerate: 'Spørgsmål til moderation: {url}',
  cliLocalOnly:
    'Kun denne computer kan forbinde sig (127.0.0.1). Vil du lade telefonerne i salen deltage, så start igen med --host 0.0.0.0 eller med computerens adresse på salens netværk.',
  cliNetwork:
    'Alle på samme netværk, som har adressen, kan læse de slides, du har vist, og stille spørgsmål. Forbindelsen er ikke krypteret: brug et netværk, du har tillid til.',
  cliLog: 'Spørgsmål og stemmer gemmes i {path}.',
  cliRecovered: 'Hentede {questions} og {votes} fra {path}.',
  cliTorn: '{place}: sprang en linje over, der blev afbrudt, da serveren stoppede; alt bekræftet før den er bevaret.',
  cliPortInUse:
    'Port {port} bruges allerede af et andet program. Start igen med en anden port, for eksempel --port {next}.',
  cliLogFailed:
    'Kunne ikke gemme i {path}: {reason}. Spørgsmål, der sendes nu, bliver ikke bekræftet over for telefonerne; tjek disken.',
  cliStop: 'Tryk Ctrl+C for at stoppe.',
  cliStopped: 'Stoppet. Spørgsmål og stemmer er gemt i {path}.',
  exportSession: 'Spørgsmål fra {date}',
  exportNone: 'Der blev ikke stillet nogen spørgsmål.',
}

const nb: LiveLabels = {
  live: 'direkte',
  slide: 'Lysbilde {n}',
  waiting: 'Foredraget har ikke begynt ennå. Siden følger foredragsholderen så snart det starter.',
  earlier: 'Forrige lysbilde',
  later: 'Neste lysbilde',
  backToLive: 'Tilbake til lysbildet som vises nå',
  connected: 'Følger foredragsholderen.',
  reconnecting: 'Forbindelsen ble brutt. Kobler til igjen…',
  askHeading: 'Still et spørsmål',
  questionLabel: 'Spørsmålet ditt',
  nameLabel: 'Navnet ditt (valgfritt)',
  send: 'Send spørsmål',
  charsLeft: { one: '{n} tegn igjen', other: '{n} tegn igjen' },
  sent: 'Takk. Spørsmålet ditt er sendt til foredragsholderen.',
  refusedRate: 'Du har stilt flere spørsmål akkurat nå. Vent et minutt og prøv igjen.',
  refusedSize: 'Det er for langt. Et spørsmål kan ha høyst 280 tegn, et navn 60.',
  refusedEmpty: 'Skriv spørsmålet ditt først.',
  refusedClosed: 'Ikke sendt: forbindelsen er brutt. Prøv igjen om et øyeblikk.',
  questionsHeading: 'Spørsmål fra salen',
  noQuestions: 'Ingen spørsmål ennå.',
  vote: 'Stem på dette spørsmålet',
  voted: 'Du har stemt på dette spørsmålet',
  votes: { one: '{n} stemme', other: '{n} stemmer' },
  questionCount: { one: '{n} spørsmål', other: '{n} spørsmål' },
  answered: 'Besvart',
  pending: 'Venter på foredragsholderen',
  anonymous: 'Anonym',
  otherLanguages: 'Også på',
  notInVersion: 'Dette lysbildet finnes ikke i denne språkversjonen. Her er det slik foredragsholderen viser det:',
  moderateTitle: 'Spørsmål til moderering',
  moderateIntro:
    'Nye spørsmål vises for salen først når du viser dem. Toppspørsmålene er de med flest stemmer som ikke er besvart ennå.',
  moderateConnected: 'Tilkoblet. Nye spørsmål vises her etter hvert som de kommer inn.',
  show: 'Vis for salen',
  hide: 'Skjul',
  answer: 'Merk som besvart',
  stateNew: 'Nytt',
  stateShown: 'Vist',
  stateHidden: 'Skjult',
  topOnScreen: 'Vis de fem øverste på skjermen',
  topOffScreen: 'Ta dem bort fra skjermen',
  topHeading: 'Spørsmålene deres',
  joinHeading: 'Følg med på mobilen og still spørsmål',
  joinOpen: 'Skann koden eller åpne {url}',
  code: 'Kode',
  joinCodeLabel: 'Koden som vises på skjermen',
  joinButton: 'Bli med',
  joinWrong: 'Koden er ikke riktig. Se på skjermen og prøv igjen.',
  joinKey: 'Vis eller skjul adressen for å bli med',
  cliReady: 'Allmøte direkte: {title}',
  cliJoin: 'Publikum blir med på {url} (kode {code}).',
  cliOtherAddresses: 'Hvis mobilene ikke får åpnet den adressen, har maskinen også: {list}',
  cliPresenter: 'Presentasjonen din (hold adressen for deg selv, den åpner notatene dine): {url}',
  cliModerate: 'Spørsmål til moderering: {url}',
  cliLocalOnly:
    'Bare denne datamaskinen kan koble til (127.0.0.1). Vil du la mobilene i salen bli med, starter du på nytt med --host 0.0.0.0 eller med maskinens adresse på nettverket i salen.',
  cliNetwork:
    'Alle på samme nettverk som har adressen, kan lese lysbildene du har vist, og stille spørsmål. Forbindelsen er ikke kryptert: bruk et nettverk du stoler på.',
  cliLog: 'Spørsmål og stemmer lagres i {path}.',
  cliRecovered: 'Hentet {questions} og {votes} fra {path}.',
  cliTorn:
    '{place}: hoppet over en linje som ble avbrutt da serveren stoppet; alt som var bekreftet før den, er tatt vare på.',
  cliPortInUse:
    'Port {port} brukes allerede av et annet program. Start på nytt med en annen port, for eksempel --port {next}.',
  cliLogFailed:
    'Kunne ikke lagre i {path}: {reason}. Spørsmål som sendes nå, blir ikke bekreftet til mobilene; sjekk disken.',
  cliStop: 'Trykk Ctrl+C for å stoppe.',
  cliStopped: 'Stoppet. Spørsmål og stemmer er lagret i {path}.',
  exportSession: 'Spørsmål fra {date}',
  exportNone: 'Ingen stilte spørsmål.',
}

const nn: LiveLabels = {
  live: 'direkte',
  slide: 'Lysbilete {n}',
  waiting: 'Foredraget har ikkje byrja enno. Sida følgjer foredragshaldaren så snart det startar.',
  earlier: 'Førre lysbilete',
  later: 'Neste lysbilete',
  backToLive: 'Tilbake til lysbiletet som blir vist no',
  connected: 'Følgjer foredragshaldaren.',
  reconnecting: 'Sambandet vart brote. Koplar til att…',
  askHeading: 'Still eit spørsmål',
  questionLabel: 'Spørsmålet ditt',
  nameLabel: 'Namnet ditt (valfritt)',
  send: 'Send spørsmål',
  charsLeft: { one: '{n} teikn att', other: '{n} teikn att' },
  sent: 'Takk. Spørsmålet ditt er sendt til foredragshaldaren.',
  refusedRate: 'Du har stilt fleire spørsmål akkurat no. Vent eit minutt og prøv att.',
  refusedSize: 'Det er for langt. Eit spørsmål kan ha høgst 280 teikn, eit namn 60.',
  refusedEmpty: 'Skriv spørsmålet ditt først.',
  refusedClosed: 'Ikkje sendt: sambandet er brote. Prøv att om ei lita stund.',
  questionsHeading: 'Spørsmål frå salen',
  noQuestions: 'Ingen spørsmål enno.',
  vote: 'Røyst på dette spørsmålet',
  voted: 'Du har røysta på dette spørsmålet',
  votes: { one: '{n} røyst', other: '{n} røyster' },
  questionCount: { one: '{n} spørsmål', other: '{n} spørsmål' },
  answered: 'Svara på',
  pending: 'Ventar på foredragshaldaren',
  anonymous: 'Anonym',
  otherLanguages: 'Også på',
  notInVersion: 'Dette lysbiletet finst ikkje i denne språkversjonen. Her er det slik føredragshaldaren viser det:',
  moderateTitle: 'Spørsmål til moderering',
  moderateIntro:
    'Nye spørsmål blir viste for salen først når du viser dei. Toppspørsmåla er dei med flest røyster som ikkje er svara på enno.',
  moderateConnected: 'Kopla til. Nye spørsmål blir viste her etter kvart som dei kjem inn.',
  show: 'Vis for salen',
  hide: 'Gøym',
  answer: 'Merk som svara på',
  stateNew: 'Nytt',
  stateShown: 'Vist',
  stateHidden: 'Gøymt',
  topOnScreen: 'Vis dei fem øvste på skjermen',
  topOffScreen: 'Ta dei bort frå skjermen',
  topHeading: 'Spørsmåla dykkar',
  joinHeading: 'Følg med på mobilen og still spørsmål',
  joinOpen: 'Skann koden eller opna {url}',
  code: 'Kode',
  joinCodeLabel: 'Koden som blir vist på skjermen',
  joinButton: 'Ver med',
  joinWrong: 'Koden er ikkje rett. Sjå på skjermen og prøv att.',
  joinKey: 'Vis eller gøym adressa for å vere med',
  cliReady: 'Allmøte direkte: {title}',
  cliJoin: 'Publikum blir med på {url} (kode {code}).',
  cliOtherAddresses: 'Viss mobilane ikkje får opna den adressa, har maskina også: {list}',
  cliPresenter: 'Presentasjonen din (hald adressa for deg sjølv, ho opnar notata dine): {url}',
  cliModerate: 'Spørsmål til moderering: {url}',
  cliLocalOnly:
    'Berre denne datamaskina kan kople seg til (127.0.0.1). Vil du la mobilane i salen vere med, startar du på nytt med --host 0.0.0.0 eller med adressa til maskina på nettverket i salen.',
  cliNetwork:
    'Alle på same nettverk som har adressa, kan lese lysbileta du har vist, og stille spørsmål. Sambandet er ikkje kryptert: bruk eit nettverk du stolar på.',
  cliLog: 'Spørsmål og røyster blir lagra i {path}.',
  cliRecovered: 'Henta {questions} og {votes} frå {path}.',
  cliTorn:
    '{place}: hoppa over ei linje som vart broten då serveren stoppa; alt som var stadfesta før ho, er teke vare på.',
  cliPortInUse:
    'Port {port} er alt i bruk av eit anna program. Start på nytt med ein annan port, til dømes --port {next}.',
  cliLogFailed:
    'Kunne ikkje lagre i {path}: {reason}. Spørsmål som blir sende no, blir ikkje stadfesta til mobilane; sjekk disken.',
  cliStop: 'Trykk Ctrl+C for å stoppe.',
  cliStopped: 'Stoppa. Spørsmål og røyster er lagra i {path}.',
  exportSession: 'Spørsmål frå {date}',
  exportNone: 'Ingen stilte spørsmål.',
}

const sv: LiveLabels = {
  live: 'live',
  slide: 'Bild {n}',
  waiting: 'Presentationen har inte börjat än. Sidan följer talaren så snart den börjar.',
  earlier: 'Föregående bild',
  later: 'Nästa bild',
  backToLive: 'Tillbaka till bilden som visas nu',
  connected: 'Följer talaren.',
  reconnecting: 'Anslutningen bröts. Ansluter igen…',
  askHeading: 'Ställ en fråga',
  questionLabel: 'Din fråga',
  nameLabel: 'Ditt namn (frivilligt)',
  send: 'Skicka frågan',
  charsLeft: { one: '{n} tecken kvar', other: '{n} tecken kvar' },
  sent: 'Tack. Din fråga har skickats till talaren.',
  refusedRate: 'Du har ställt flera frågor alldeles nyss. Vänta en minut och försök igen.',
  refusedSize: 'Det är för långt. En fråga får ha högst 280 tecken och ett namn 60.',
  refusedEmpty: 'Skriv din fråga först.',
  refusedClosed: 'Inte skickad: anslutningen är bruten. Försök igen om en liten stund.',
  questionsHeading: 'Frågor från publiken',
  noQuestions: 'Inga frågor än.',
  vote: 'Rösta på den här frågan',
  voted: 'Du har röstat på den här frågan',
  votes: { one: '{n} röst', other: '{n} röster' },
  questionCount: { one: '{n} fråga', other: '{n} frågor' },
  answered: 'Besvarad',
  pending: 'Väntar på talaren',
  anonymous: 'Anonym',
  otherLanguages: 'Finns även på',
  notInVersion: 'Den här bilden finns inte i den här språkversionen. Här är den så som talaren visar den:',
  moderateTitle: 'Frågor att moderera',
  moderateIntro:
    'Nya frågor syns för publiken först när du visar dem. Toppfrågorna är de med flest röster som ännu inte är besvarade.',
  moderateConnected: 'Ansluten. Nya frågor visas här när de kommer in.',
  show: 'Visa för publiken',
  hide: 'Dölj',
  answer: 'Markera som besvarad',
  stateNew: 'Ny',
  stateShown: 'Visas',
  stateHidden: 'Dold',
  topOnScreen: 'Visa de fem främsta på skärmen',
  topOffScreen: 'Ta bort dem från skärmen',
  topHeading: 'Era frågor',
  joinHeading: 'Följ med i mobilen och ställ frågor',
  joinOpen: 'Skanna koden eller öppna {url}',
  code: 'Kod',
  joinCodeLabel: 'Koden som visas på skärmen',
  joinButton: 'Delta',
  joinWrong: 'Koden stämmer inte. Titta på skärmen och försök igen.',
  joinKey: 'Visa eller dölj adressen för att delta',
  cliReady: 'Town hall live: {title}',
  cliJoin: 'Publiken ansluter på {url} (kod {code}).',
  cliOtherAddresses: 'Om mobilerna inte kan öppna den adressen har datorn också: {list}',
  cliPresenter: 'Din presentation (håll adressen för dig själv, den öppnar dina anteckningar): {url}',
  cliModerate: 'Frågor att moderera: {url}',
  cliLocalOnly:
    'Bara den här datorn kan ansluta (127.0.0.1). Vill du att mobilerna i salen ska kunna delta startar du om med --host 0.0.0.0, eller med datorns adress i salens nätverk.',
  cliNetwork:
    'Alla i samma nätverk som har adressen kan läsa bilderna du har visat och ställa frågor. Anslutningen är inte krypterad: använd ett nätverk du litar på.',
  cliLog: 'Frågor och röster sparas i {path}.',
  cliRecovered: 'Hämtade {questions} och {votes} från {path}.',
  cliTorn: '{place}: hoppade över en rad som avbröts när servern stannade; allt som bekräftats före den finns kvar.',
  cliPortInUse:
    'Port {port} används redan av ett annat program. Starta igen med en annan port, till exempel --port {next}.',
  cliLogFailed:
    'Kunde inte spara i {path}: {reason}. Frågor som skickas nu bekräftas inte till mobilerna; kontrollera disken.',
  cliStop: 'Tryck Ctrl+C för att stoppa.',
  cliStopped: 'Stoppad. Frågor och röster är sparade i {path}.',
  exportSession: 'Frågor från {date}',
  exportNone: 'Inga frågor ställdes.',
}

const de: LiveLabels = {
  live: 'live',
  slide: 'Folie {n}',
  waiting: 'Der Vortrag hat noch nicht begonnen. Diese Seite folgt der Präsentation, sobald es losgeht.',
  earlier: 'Vorherige Folie',
  later: 'Nächste Folie',
  backToLive: 'Zurück zur aktuellen Folie',
  connected: 'Sie folgen der Präsentation.',
  reconnecting: 'Verbindung unterbrochen. Neue Verbindung wird aufgebaut…',
  askHeading: 'Eine Frage stellen',
  questionLabel: 'Ihre Frage',
  nameLabel: 'Ihr Name (freiwillig)',
  send: 'Frage senden',
  charsLeft: { one: 'Noch {n} Zeichen', other: 'Noch {n} Zeichen' },
  sent: 'Danke. Ihre Frage ist bei der vortragenden Person angekommen.',
  refusedRate:
    'Sie haben gerade mehrere Fragen gestellt. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
  refusedSize: 'Das ist zu lang. Eine Frage darf höchstens 280 Zeichen haben, ein Name 60.',
  refusedEmpty: 'Bitte schreiben Sie zuerst Ihre Frage.',
  refusedClosed: 'Nicht gesendet: Die Verbindung ist unterbrochen. Bitte versuchen Sie es gleich noch einmal.',
  questionsHeading: 'Fragen aus dem Publikum',
  noQuestions: 'Noch keine Fragen.',
  vote: 'Für diese Frage stimmen',
  voted: 'Sie haben für diese Frage gestimmt',
  votes: { one: '{n} Stimme', other: '{n} Stimmen' },
  questionCount: { one: '{n} Frage', other: '{n} Fragen' },
  answered: 'Beantwortet',
  pending: 'Wartet auf die vortragende Person',
  anonymous: 'Anonym',
  otherLanguages: 'Auch auf',
  notInVersion: 'Diese Folie gibt es in dieser Sprachfassung nicht. Hier sehen Sie sie so, wie sie vorgetragen wird:',
  moderateTitle: 'Fragen moderieren',
  moderateIntro:
    'Neue Fragen sieht das Publikum erst, wenn Sie sie freigeben. Die Top-Fragen sind die noch nicht beantworteten mit den meisten Stimmen.',
  moderateConnected: 'Verbunden. Neue Fragen erscheinen hier, sobald sie eintreffen.',
  show: 'Für das Publikum freigeben',
  hide: 'Ausblenden',
  answer: 'Als beantwortet markieren',
  stateNew: 'Neu',
  stateShown: 'Freigegeben',
  stateHidden: 'Ausgeblendet',
  topOnScreen: 'Die fünf wichtigsten auf der Leinwand zeigen',
  topOffScreen: 'Von der Leinwand nehmen',
  topHeading: 'Ihre Fragen',
  joinHeading: 'Auf dem Handy mitlesen und Fragen stellen',
  joinOpen: 'Code scannen oder {url} öffnen',
  code: 'Code',
  joinCodeLabel: 'Code auf der Leinwand',
  joinButton: 'Teilnehmen',
  joinWrong: 'Dieser Code stimmt nicht. Bitte prüfen Sie die Leinwand und versuchen Sie es erneut.',
  joinKey: 'Teilnahmeadresse zeigen oder ausblenden',
  cliReady: 'Town Hall live: {title}',
  cliJoin: 'Das Publikum nimmt teil unter {url} (Code {code}).',
  cliOtherAddresses: 'Falls die Handys diese Adresse nicht öffnen können, hat dieser Computer auch: {list}',
  cliPresenter: 'Ihre Präsentation (Adresse nicht weitergeben, sie öffnet Ihre Notizen): {url}',
  cliModerate: 'Fragen moderieren: {url}',
  cliLocalOnly:
    'Nur dieser Computer kann sich verbinden (127.0.0.1). Damit die Handys im Saal teilnehmen können, starten Sie erneut mit --host 0.0.0.0 oder mit der Adresse dieses Computers im Netzwerk des Saals.',
  cliNetwork:
    'Alle im selben Netzwerk, die die Adresse kennen, können die bereits gezeigten Folien lesen und Fragen stellen. Die Verbindung ist nicht verschlüsselt: Nutzen Sie ein Netzwerk, dem Sie vertrauen.',
  cliLog: 'Fragen und Stimmen werden in {path} gespeichert.',
  cliRecovered: '{questions} und {votes} aus {path} wiederhergestellt.',
  cliTorn:
    '{place}: Eine beim Anhalten des Servers abgebrochene Zeile wurde übersprungen; alles zuvor Bestätigte bleibt erhalten.',
  cliPortInUse:
    'Port {port} wird bereits von einem anderen Programm verwendet. Starten Sie erneut mit einem anderen Port, zum Beispiel --port {next}.',
  cliLogFailed:
    'Speichern in {path} nicht möglich: {reason}. Jetzt gesendete Fragen werden den Handys nicht bestätigt; prüfen Sie den Datenträger.',
  cliStop: 'Zum Beenden Strg+C drücken.',
  cliStopped: 'Beendet. Fragen und Stimmen sind in {path} gespeichert.',
  exportSession: 'Fragen vom {date}',
  exportNone: 'Es wurden keine Fragen gestellt.',
}

const byLang: Readonly<Record<Lang, LiveLabels>> = { en, da, nb, nn, sv, de }

/** The town hall live texts of a language. */
export function liveLabelsFor(lang: Lang): LiveLabels {
  return byLang[lang]
}

/**
 * A text with a count in it, in the forms a language needs: `one` for
 * exactly one ("1 vote"), `other` for every other number ("0 votes", "2
 * votes"). `{n}` is the number. (All six languages need only these two for
 * whole numbers; `Intl.PluralRules` picks.)
 */
export interface Plural {
  one: string
  other: string
}

/** The form of `label` for the count `n` in `lang`, with `{n}` filled in. */
export function fillCount(lang: Lang, label: Readonly<Plural>, n: number): string {
  return fillLabel(new Intl.PluralRules(lang).select(n) === 'one' ? label.one : label.other, { n })
}

/** Fill `{name}` slots of a label; unknown slots stay as written. */
export function fillLabel(label: string, values: Readonly<Record<string, string | number>>): string {
  return label.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot))
}
