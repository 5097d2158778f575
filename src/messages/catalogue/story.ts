/**
 * Messages of the `story` group: the story's file, its parts, its images,
 * its name and language versions. Each: rule id, severity, and in en, da,
 * nb, nn, sv, de a title, the text (second person, plain words, `{name}`
 * values) and the fix. See `../entry.ts`.
 */
import { defineMessages } from '../entry.ts'

export const story = defineMessages('story', {
  missingFrom: {
    id: 'story/missing-section',
    severity: 'error',
    texts: {
      en: {
        title: 'A part of the story is missing',
        text: 'Your story has no *{heading}* part: where we are today.',
        fix: 'Add a heading `# {heading}` with one sentence about where we are today.',
      },
      da: {
        title: 'En del af fortællingen mangler',
        text: 'Din fortælling har ingen *{heading}*-del: hvor vi står i dag.',
        fix: 'Tilføj overskriften `# {heading}` med én sætning om, hvor vi står i dag.',
      },
      nb: {
        title: 'En del av fortellingen mangler',
        text: 'Fortellingen din har ingen *{heading}*-del: hvor vi står i dag.',
        fix: 'Legg til overskriften `# {heading}` med én setning om hvor vi står i dag.',
      },
      nn: {
        title: 'Ein del av forteljinga manglar',
        text: 'Forteljinga di har ingen *{heading}*-del: kvar vi står i dag.',
        fix: 'Legg til overskrifta `# {heading}` med éi setning om kvar vi står i dag.',
      },
      sv: {
        title: 'En del av berättelsen saknas',
        text: 'Din berättelse saknar delen *{heading}*: var vi står i dag.',
        fix: 'Lägg till rubriken `# {heading}` med en mening om var vi står i dag.',
      },
      de: {
        title: 'Ein Teil der Geschichte fehlt',
        text: 'Ihrer Geschichte fehlt der Teil *{heading}*: wo wir heute stehen.',
        fix: 'Fügen Sie die Überschrift `# {heading}` mit einem Satz dazu ein, wo wir heute stehen.',
      },
    },
  },
  missingTo: {
    id: 'story/missing-section',
    severity: 'error',
    texts: {
      en: {
        title: 'A part of the story is missing',
        text: 'Your story has no *{heading}* part: where we are going.',
        fix: 'Add a heading `# {heading}` with one sentence about where we are going.',
      },
      da: {
        title: 'En del af fortællingen mangler',
        text: 'Din fortælling har ingen *{heading}*-del: hvor vi er på vej hen.',
        fix: 'Tilføj overskriften `# {heading}` med én sætning om, hvor vi er på vej hen.',
      },
      nb: {
        title: 'En del av fortellingen mangler',
        text: 'Fortellingen din har ingen *{heading}*-del: hvor vi skal.',
        fix: 'Legg til overskriften `# {heading}` med én setning om hvor vi skal.',
      },
      nn: {
        title: 'Ein del av forteljinga manglar',
        text: 'Forteljinga di har ingen *{heading}*-del: kvar vi skal.',
        fix: 'Legg til overskrifta `# {heading}` med éi setning om kvar vi skal.',
      },
      sv: {
        title: 'En del av berättelsen saknas',
        text: 'Din berättelse saknar delen *{heading}*: vart vi är på väg.',
        fix: 'Lägg till rubriken `# {heading}` med en mening om vart vi är på väg.',
      },
      de: {
        title: 'Ein Teil der Geschichte fehlt',
        text: 'Ihrer Geschichte fehlt der Teil *{heading}*: wohin wir gehen.',
        fix: 'Fügen Sie die Überschrift `# {heading}` mit einem Satz dazu ein, wohin wir gehen.',
      },
    },
  },
  missingBecause: {
    id: 'story/missing-section',
    severity: 'error',
    texts: {
      en: {
        title: 'A part of the story is missing',
        text: 'Your story has no *{heading}* part: why it matters.',
        fix: 'Add a heading `# {heading}` with one sentence about why it matters.',
      },
      da: {
        title: 'En del af fortællingen mangler',
        text: 'Din fortælling har ingen *{heading}*-del: hvorfor det betyder noget.',
        fix: 'Tilføj overskriften `# {heading}` med én sætning om, hvorfor det betyder noget.',
      },
      nb: {
        title: 'En del av fortellingen mangler',
        text: 'Fortellingen din har ingen *{heading}*-del: hvorfor det betyr noe.',
        fix: 'Legg til overskriften `# {heading}` med én setning om hvorfor det betyr noe.',
      },
      nn: {
        title: 'Ein del av forteljinga manglar',
        text: 'Forteljinga di har ingen *{heading}*-del: kvifor det betyr noko.',
        fix: 'Legg til overskrifta `# {heading}` med éi setning om kvifor det betyr noko.',
      },
      sv: {
        title: 'En del av berättelsen saknas',
        text: 'Din berättelse saknar delen *{heading}*: varför det spelar roll.',
        fix: 'Lägg till rubriken `# {heading}` med en mening om varför det spelar roll.',
      },
      de: {
        title: 'Ein Teil der Geschichte fehlt',
        text: 'Ihrer Geschichte fehlt der Teil *{heading}*: warum es wichtig ist.',
        fix: 'Fügen Sie die Überschrift `# {heading}` mit einem Satz dazu ein, warum es wichtig ist.',
      },
    },
  },
  crash: {
    id: 'internal/crash',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck failed',
        text: 'storydeck failed while building this story. This is a fault in storydeck, not in your story.',
        fix: 'Please report it to whoever looks after storydeck for you, with the story file attached. Other stories were built.',
      },
      da: {
        title: 'storydeck fejlede',
        text: 'storydeck fejlede under opbygningen af denne fortælling. Fejlen ligger i storydeck, ikke i din fortælling.',
        fix: 'Meld fejlen til den, der passer storydeck for jer, og vedhæft fortællingsfilen. De andre fortællinger blev bygget.',
      },
      nb: {
        title: 'storydeck feilet',
        text: 'storydeck feilet under byggingen av denne fortellingen. Feilen ligger i storydeck, ikke i fortellingen din.',
        fix: 'Meld feilen til den som har ansvar for storydeck hos dere, og legg ved fortellingsfilen. De andre fortellingene ble bygget.',
      },
      nn: {
        title: 'storydeck feila',
        text: 'storydeck feila under bygginga av denne forteljinga. Feilen ligg i storydeck, ikkje i forteljinga di.',
        fix: 'Meld feilen til den som har ansvaret for storydeck hjå dykk, og legg ved forteljingsfila. Dei andre forteljingane vart bygde.',
      },
      sv: {
        title: 'storydeck misslyckades',
        text: 'storydeck misslyckades med att bygga den här berättelsen. Felet ligger i storydeck, inte i din berättelse.',
        fix: 'Rapportera felet till den som sköter storydeck hos er och bifoga berättelsefilen. De andra berättelserna byggdes.',
      },
      de: {
        title: 'storydeck ist gescheitert',
        text: 'storydeck ist beim Erstellen dieser Geschichte gescheitert. Der Fehler liegt in storydeck, nicht in Ihrer Geschichte.',
        fix: 'Bitte melden Sie ihn der Person, die storydeck bei Ihnen betreut, und hängen Sie die Datei der Geschichte an. Die anderen Geschichten wurden erstellt.',
      },
    },
  },
  duplicateSpine: {
    id: 'story/duplicate-section',
    severity: 'error',
    texts: {
      en: {
        title: 'A part of the story appears twice',
        text: 'Your story has a second *{heading}* part; the first one starts on line {line}.',
        fix: 'Each of the three parts comes once. Merge the two *{heading}* parts into one.',
      },
      da: {
        title: 'En del af fortællingen står der to gange',
        text: 'Din fortælling har en ekstra *{heading}*-del; den første begynder i linje {line}.',
        fix: 'Hver af de tre dele skal kun stå der én gang. Slå de to *{heading}*-dele sammen til én.',
      },
      nb: {
        title: 'En del av fortellingen står to ganger',
        text: 'Fortellingen din har en ekstra *{heading}*-del; den første begynner på linje {line}.',
        fix: 'Hver av de tre delene skal bare stå én gang. Slå sammen de to *{heading}*-delene til én.',
      },
      nn: {
        title: 'Ein del av forteljinga står to gonger',
        text: 'Forteljinga di har ein ekstra *{heading}*-del; den første byrjar på line {line}.',
        fix: 'Kvar av dei tre delane skal berre stå éin gong. Slå saman dei to *{heading}*-delane til éin.',
      },
      sv: {
        title: 'En del av berättelsen förekommer två gånger',
        text: 'Din berättelse har en andra *{heading}*-del; den första börjar på rad {line}.',
        fix: 'Var och en av de tre delarna ska bara finnas en gång. Slå ihop de två *{heading}*-delarna till en.',
      },
      de: {
        title: 'Ein Teil der Geschichte steht doppelt',
        text: 'Ihre Geschichte hat einen zweiten Teil *{heading}*; der erste beginnt in Zeile {line}.',
        fix: 'Jeder der drei Teile kommt nur einmal vor. Führen Sie die beiden Teile *{heading}* zu einem zusammen.',
      },
    },
  },
  duplicateSection: {
    id: 'story/duplicate-section',
    severity: 'warn',
    texts: {
      en: {
        title: 'A section appears twice',
        text: 'Your story has a second *{heading}* section; its slides are added to the first one.',
        fix: 'Move these slides under the first *{heading}* heading and remove this one.',
      },
      da: {
        title: 'Et afsnit står der to gange',
        text: 'Din fortælling har et ekstra *{heading}*-afsnit; dets slides lægges til det første.',
        fix: 'Flyt disse slides ind under den første *{heading}*-overskrift, og fjern denne.',
      },
      nb: {
        title: 'En seksjon står to ganger',
        text: 'Fortellingen din har en ekstra *{heading}*-seksjon; lysbildene legges til den første.',
        fix: 'Flytt disse lysbildene inn under den første *{heading}*-overskriften, og fjern denne.',
      },
      nn: {
        title: 'Ein bolk står to gonger',
        text: 'Forteljinga di har ein ekstra *{heading}*-bolk; lysbileta vert lagde til den første.',
        fix: 'Flytt desse lysbileta inn under den første *{heading}*-overskrifta, og fjern denne.',
      },
      sv: {
        title: 'Ett avsnitt förekommer två gånger',
        text: 'Din berättelse har ett andra *{heading}*-avsnitt; dess bilder läggs till det första.',
        fix: 'Flytta de här bilderna till under den första *{heading}*-rubriken och ta bort den här.',
      },
      de: {
        title: 'Ein Abschnitt steht doppelt',
        text: 'Ihre Geschichte hat einen zweiten Abschnitt *{heading}*; seine Folien werden an den ersten angehängt.',
        fix: 'Verschieben Sie diese Folien unter die erste Überschrift *{heading}* und entfernen Sie diese hier.',
      },
    },
  },
  setextHeading: {
    id: 'story/setext-heading',
    severity: 'warn',
    texts: {
      en: {
        title: '`---` made a heading',
        text: 'The `---` under this line turns the line into a heading instead of starting a new slide.',
        fix: 'Add a blank line above `---` if you meant a new slide, or write `## ` before the text if you meant a heading.',
      },
      da: {
        title: '`---` blev til en overskrift',
        text: '`---` under denne linje gør linjen til en overskrift i stedet for at starte en ny slide.',
        fix: 'Indsæt en tom linje over `---`, hvis du ville have en ny slide, eller skriv `## ` foran teksten, hvis du ville have en overskrift.',
      },
      nb: {
        title: '`---` ble en overskrift',
        text: '`---` under denne linjen gjør linjen til en overskrift i stedet for å starte et nytt lysbilde.',
        fix: 'Legg inn en tom linje over `---` hvis du ville ha et nytt lysbilde, eller skriv `## ` foran teksten hvis du ville ha en overskrift.',
      },
      nn: {
        title: '`---` vart ei overskrift',
        text: '`---` under denne lina gjer lina til ei overskrift i staden for å starte eit nytt lysbilete.',
        fix: 'Legg inn ei tom line over `---` om du ville ha eit nytt lysbilete, eller skriv `## ` framfor teksten om du ville ha ei overskrift.',
      },
      sv: {
        title: '`---` blev en rubrik',
        text: '`---` under den här raden gör raden till en rubrik i stället för att starta en ny bild.',
        fix: 'Lägg in en tom rad ovanför `---` om du ville ha en ny bild, eller skriv `## ` före texten om du ville ha en rubrik.',
      },
      de: {
        title: '`---` hat eine Überschrift erzeugt',
        text: 'Das `---` unter dieser Zeile macht die Zeile zu einer Überschrift, statt eine neue Folie zu beginnen.',
        fix: 'Fügen Sie über `---` eine Leerzeile ein, wenn Sie eine neue Folie wollten, oder schreiben Sie `## ` vor den Text, wenn Sie eine Überschrift wollten.',
      },
    },
  },
  imageAlt: {
    id: 'image/alt',
    severity: 'error',
    texts: {
      en: {
        title: 'An image has no description',
        text: 'This image has no description (alt text) in its brackets.',
        fix: 'Write a few words about what it shows: `![Nurses at the new front desk](desk.jpg)`. Screen readers read it aloud, and it shows when the image cannot load.',
      },
      da: {
        title: 'Et billede mangler en beskrivelse',
        text: 'Dette billede har ingen beskrivelse (alternativ tekst) i sine kantede parenteser.',
        fix: 'Skriv et par ord om, hvad det viser: `![Sygeplejersker ved den nye skranke](skranke.jpg)`. Skærmlæsere læser teksten højt, og den vises, når billedet ikke kan indlæses.',
      },
      nb: {
        title: 'Et bilde mangler beskrivelse',
        text: 'Dette bildet har ingen beskrivelse (alternativ tekst) i hakeparentesene.',
        fix: 'Skriv noen ord om hva det viser: `![Sykepleiere ved den nye skranken](skranke.jpg)`. Skjermlesere leser teksten høyt, og den vises når bildet ikke kan lastes.',
      },
      nn: {
        title: 'Eit bilete manglar skildring',
        text: 'Dette biletet har inga skildring (alternativ tekst) i hakeparentesane.',
        fix: 'Skriv nokre ord om kva det viser: `![Sjukepleiarar ved den nye skranken](skranke.jpg)`. Skjermlesarar les teksten høgt, og han vert vist når biletet ikkje kan lastast.',
      },
      sv: {
        title: 'En bild saknar beskrivning',
        text: 'Den här bilden har ingen beskrivning (alternativtext) inom hakparenteserna.',
        fix: 'Skriv några ord om vad den visar: `![Sjuksköterskor vid den nya disken](disk.jpg)`. Skärmläsare läser upp texten, och den visas när bilden inte kan laddas.',
      },
      de: {
        title: 'Einem Bild fehlt die Beschreibung',
        text: 'Dieses Bild hat in seinen eckigen Klammern keine Beschreibung (Alternativtext).',
        fix: 'Schreiben Sie in wenigen Worten, was es zeigt: `![Pflegekräfte am neuen Empfang](empfang.jpg)`. Screenreader lesen den Text vor, und er erscheint, wenn das Bild nicht lädt.',
      },
    },
  },
  tooLarge: {
    id: 'file/too-large',
    severity: 'error',
    texts: {
      en: {
        title: 'The story file is too large',
        text: 'This story file is {size} KB; storydeck reads stories of up to {max} KB.',
        fix: 'A story is told in a few minutes. Split very long material into several stories.',
      },
      da: {
        title: 'Fortællingsfilen er for stor',
        text: 'Denne fortællingsfil fylder {size} KB; storydeck læser fortællinger på op til {max} KB.',
        fix: 'En fortælling fortælles på få minutter. Del meget langt materiale op i flere fortællinger.',
      },
      nb: {
        title: 'Fortellingsfilen er for stor',
        text: 'Denne fortellingsfilen er på {size} KB; storydeck leser fortellinger på opptil {max} KB.',
        fix: 'En fortelling fortelles på noen få minutter. Del svært langt materiale opp i flere fortellinger.',
      },
      nn: {
        title: 'Forteljingsfila er for stor',
        text: 'Denne forteljingsfila er på {size} KB; storydeck les forteljingar på opptil {max} KB.',
        fix: 'Ei forteljing vert fortald på nokre få minutt. Del svært langt materiale opp i fleire forteljingar.',
      },
      sv: {
        title: 'Berättelsefilen är för stor',
        text: 'Den här berättelsefilen är {size} kB; storydeck läser berättelser på upp till {max} kB.',
        fix: 'En berättelse berättas på några minuter. Dela upp mycket långt material i flera berättelser.',
      },
      de: {
        title: 'Die Datei der Geschichte ist zu groß',
        text: 'Diese Datei ist {size} KB groß; storydeck liest Geschichten bis {max} KB.',
        fix: 'Eine Geschichte ist in wenigen Minuten erzählt. Teilen Sie sehr langes Material auf mehrere Geschichten auf.',
      },
    },
  },
  notUtf8: {
    id: 'file/encoding',
    severity: 'error',
    texts: {
      en: {
        title: 'The file is not saved as UTF-8',
        text: 'From here on, the file contains characters storydeck cannot read: it is not saved as UTF-8 text.',
        fix: 'Save the file again as “UTF-8” in your editor (often under “Save as… → Encoding”).',
      },
      da: {
        title: 'Filen er ikke gemt som UTF-8',
        text: 'Herfra indeholder filen tegn, som storydeck ikke kan læse: den er ikke gemt som UTF-8-tekst.',
        fix: 'Gem filen igen som “UTF-8” i dit redigeringsprogram (ofte under “Gem som… → Kodning”).',
      },
      nb: {
        title: 'Filen er ikke lagret som UTF-8',
        text: 'Herfra inneholder filen tegn som storydeck ikke kan lese: den er ikke lagret som UTF-8-tekst.',
        fix: 'Lagre filen på nytt som «UTF-8» i redigeringsprogrammet (ofte under «Lagre som … → Koding»).',
      },
      nn: {
        title: 'Fila er ikkje lagra som UTF-8',
        text: 'Herifrå inneheld fila teikn som storydeck ikkje kan lese: ho er ikkje lagra som UTF-8-tekst.',
        fix: 'Lagre fila på nytt som «UTF-8» i redigeringsprogrammet (ofte under «Lagre som … → Koding»).',
      },
      sv: {
        title: 'Filen är inte sparad som UTF-8',
        text: 'Härifrån innehåller filen tecken som storydeck inte kan läsa: den är inte sparad som UTF-8-text.',
        fix: 'Spara filen igen som ”UTF-8” i ditt redigeringsprogram (ofta under ”Spara som … → Kodning”).',
      },
      de: {
        title: 'Die Datei ist nicht als UTF-8 gespeichert',
        text: 'Ab hier enthält die Datei Zeichen, die storydeck nicht lesen kann: Sie ist nicht als UTF-8-Text gespeichert.',
        fix: 'Speichern Sie die Datei in Ihrem Editor erneut als „UTF-8“ (oft unter „Speichern unter … → Codierung“).',
      },
    },
  },
  nul: {
    id: 'file/encoding',
    severity: 'error',
    texts: {
      en: {
        title: 'The file is not a text file',
        text: 'The file contains a NUL character here, so it does not look like a text file.',
        fix: 'Save the story as plain text (UTF-8), for example from a text editor rather than a word processor.',
      },
      da: {
        title: 'Filen er ikke en tekstfil',
        text: 'Filen indeholder et NUL-tegn her, så den ligner ikke en tekstfil.',
        fix: 'Gem fortællingen som ren tekst (UTF-8), for eksempel fra en teksteditor i stedet for et tekstbehandlingsprogram.',
      },
      nb: {
        title: 'Filen er ikke en tekstfil',
        text: 'Filen inneholder et NUL-tegn her, så den ser ikke ut som en tekstfil.',
        fix: 'Lagre fortellingen som ren tekst (UTF-8), for eksempel fra et tekstredigeringsprogram i stedet for et tekstbehandlingsprogram.',
      },
      nn: {
        title: 'Fila er ikkje ei tekstfil',
        text: 'Fila inneheld eit NUL-teikn her, så ho ser ikkje ut som ei tekstfil.',
        fix: 'Lagre forteljinga som rein tekst (UTF-8), til dømes frå eit tekstredigeringsprogram i staden for eit tekstbehandlingsprogram.',
      },
      sv: {
        title: 'Filen är ingen textfil',
        text: 'Filen innehåller ett NUL-tecken här, så den ser inte ut som en textfil.',
        fix: 'Spara berättelsen som ren text (UTF-8), till exempel från en textredigerare i stället för ett ordbehandlingsprogram.',
      },
      de: {
        title: 'Die Datei ist keine Textdatei',
        text: 'Die Datei enthält hier ein NUL-Zeichen und sieht daher nicht wie eine Textdatei aus.',
        fix: 'Speichern Sie die Geschichte als reinen Text (UTF-8), etwa aus einem Texteditor statt aus einer Textverarbeitung.',
      },
    },
  },
  denseStory: {
    id: 'file/too-complex',
    severity: 'error',
    texts: {
      en: {
        title: 'The story is too complex to show',
        text: 'Your story has tens of thousands of `*`, `_`, `~`, `[` or `]`; storydeck cannot show it safely.',
        fix: 'So many marks make a story slow or impossible to show. Remove the marks you do not need, starting here.',
      },
      da: {
        title: 'Fortællingen er for kompleks at vise',
        text: 'Din fortælling har titusindvis af `*`, `_`, `~`, `[` eller `]`; storydeck kan ikke vise den sikkert.',
        fix: 'Så mange tegn gør en fortælling langsom eller umulig at vise. Fjern de tegn, du ikke har brug for, begyndende her.',
      },
      nb: {
        title: 'Fortellingen er for kompleks å vise',
        text: 'Fortellingen din har titusenvis av `*`, `_`, `~`, `[` eller `]`; storydeck kan ikke vise den trygt.',
        fix: 'Så mange tegn gjør en fortelling treg eller umulig å vise. Fjern tegnene du ikke trenger, og begynn her.',
      },
      nn: {
        title: 'Forteljinga er for kompleks å vise',
        text: 'Forteljinga di har titusenvis av `*`, `_`, `~`, `[` eller `]`; storydeck kan ikkje vise henne trygt.',
        fix: 'Så mange teikn gjer ei forteljing treg eller umogleg å vise. Fjern teikna du ikkje treng, og byrj her.',
      },
      sv: {
        title: 'Berättelsen är för komplex för att visas',
        text: 'Din berättelse har tiotusentals `*`, `_`, `~`, `[` eller `]`; storydeck kan inte visa den säkert.',
        fix: 'Så många tecken gör en berättelse långsam eller omöjlig att visa. Ta bort de tecken du inte behöver, med början här.',
      },
      de: {
        title: 'Die Geschichte ist zu komplex zum Anzeigen',
        text: 'Ihre Geschichte enthält Zehntausende `*`, `_`, `~`, `[` oder `]`; storydeck kann sie nicht sicher anzeigen.',
        fix: 'So viele Zeichen machen eine Geschichte langsam oder unmöglich anzuzeigen. Entfernen Sie die Zeichen, die Sie nicht brauchen, ab hier.',
      },
    },
  },
  denseParagraph: {
    id: 'file/too-complex',
    severity: 'error',
    texts: {
      en: {
        title: 'A paragraph is too complex to show',
        text: 'This paragraph has over a thousand `*`, `_`, `~`, `[` or `]`; storydeck cannot show it safely.',
        fix: 'So many marks make a story slow or impossible to show. Simplify this paragraph.',
      },
      da: {
        title: 'Et afsnit er for komplekst at vise',
        text: 'Dette afsnit har over tusind `*`, `_`, `~`, `[` eller `]`; storydeck kan ikke vise det sikkert.',
        fix: 'Så mange tegn gør en fortælling langsom eller umulig at vise. Forenkl afsnittet.',
      },
      nb: {
        title: 'Et avsnitt er for komplekst å vise',
        text: 'Dette avsnittet har over tusen `*`, `_`, `~`, `[` eller `]`; storydeck kan ikke vise det trygt.',
        fix: 'Så mange tegn gjør en fortelling treg eller umulig å vise. Forenkle avsnittet.',
      },
      nn: {
        title: 'Eit avsnitt er for komplekst å vise',
        text: 'Dette avsnittet har over tusen `*`, `_`, `~`, `[` eller `]`; storydeck kan ikkje vise det trygt.',
        fix: 'Så mange teikn gjer ei forteljing treg eller umogleg å vise. Forenkle avsnittet.',
      },
      sv: {
        title: 'Ett stycke är för komplext för att visas',
        text: 'Det här stycket har över tusen `*`, `_`, `~`, `[` eller `]`; storydeck kan inte visa det säkert.',
        fix: 'Så många tecken gör en berättelse långsam eller omöjlig att visa. Förenkla stycket.',
      },
      de: {
        title: 'Ein Absatz ist zu komplex zum Anzeigen',
        text: 'Dieser Absatz enthält über tausend `*`, `_`, `~`, `[` oder `]`; storydeck kann ihn nicht sicher anzeigen.',
        fix: 'So viele Zeichen machen eine Geschichte langsam oder unmöglich anzuzeigen. Vereinfachen Sie diesen Absatz.',
      },
    },
  },
  longList: {
    id: 'file/too-complex',
    severity: 'error',
    texts: {
      en: {
        title: 'A list is too long to show',
        text: 'This list or quote runs for thousands of lines; storydeck cannot show it safely.',
        fix: 'Shorten the list, or split it into several shorter ones.',
      },
      da: {
        title: 'En liste er for lang at vise',
        text: 'Denne liste eller dette citat fylder tusindvis af linjer; storydeck kan ikke vise det sikkert.',
        fix: 'Gør listen kortere, eller del den op i flere korte lister.',
      },
      nb: {
        title: 'En liste er for lang å vise',
        text: 'Denne listen eller dette sitatet går over tusenvis av linjer; storydeck kan ikke vise det trygt.',
        fix: 'Gjør listen kortere, eller del den opp i flere korte lister.',
      },
      nn: {
        title: 'Ei liste er for lang å vise',
        text: 'Denne lista eller dette sitatet går over tusenvis av liner; storydeck kan ikkje vise det trygt.',
        fix: 'Gjer lista kortare, eller del henne opp i fleire korte lister.',
      },
      sv: {
        title: 'En lista är för lång för att visas',
        text: 'Den här listan eller det här citatet sträcker sig över tusentals rader; storydeck kan inte visa det säkert.',
        fix: 'Korta listan eller dela upp den i flera kortare listor.',
      },
      de: {
        title: 'Eine Liste ist zu lang zum Anzeigen',
        text: 'Diese Liste oder dieses Zitat umfasst Tausende Zeilen; storydeck kann es nicht sicher anzeigen.',
        fix: 'Kürzen Sie die Liste oder teilen Sie sie in mehrere kürzere auf.',
      },
    },
  },
  deepText: {
    id: 'file/too-complex',
    severity: 'error',
    texts: {
      en: {
        title: 'Text is nested too deeply',
        text: 'This text is nested {levels} levels deep in lists and quotes; storydeck shows at most {max}.',
        fix: 'Indent less, or turn the inner levels into ordinary paragraphs.',
      },
      da: {
        title: 'Tekst er indlejret for dybt',
        text: 'Denne tekst ligger {levels} niveauer nede i lister og citater; storydeck viser højst {max}.',
        fix: 'Ryk mindre ind, eller gør de inderste niveauer til almindelige afsnit.',
      },
      nb: {
        title: 'Tekst er nestet for dypt',
        text: 'Denne teksten ligger {levels} nivåer ned i lister og sitater; storydeck viser høyst {max}.',
        fix: 'Rykk mindre inn, eller gjør de innerste nivåene til vanlige avsnitt.',
      },
      nn: {
        title: 'Tekst ligg for djupt',
        text: 'Denne teksten ligg {levels} nivå ned i lister og sitat; storydeck viser høgst {max}.',
        fix: 'Rykk mindre inn, eller gjer dei inste nivåa til vanlege avsnitt.',
      },
      sv: {
        title: 'Texten är för djupt inbäddad',
        text: 'Den här texten ligger {levels} nivåer ned i listor och citat; storydeck visar högst {max}.',
        fix: 'Dra in mindre, eller gör de innersta nivåerna till vanliga stycken.',
      },
      de: {
        title: 'Text ist zu tief verschachtelt',
        text: 'Dieser Text ist {levels} Ebenen tief in Listen und Zitaten verschachtelt; storydeck zeigt höchstens {max}.',
        fix: 'Rücken Sie weniger ein oder machen Sie die inneren Ebenen zu normalen Absätzen.',
      },
    },
  },
  deepMarkdown: {
    id: 'file/too-complex',
    severity: 'error',
    texts: {
      en: {
        title: 'Text is nested too deeply',
        text: 'The text here is nested more than {max} levels deep; storydeck cannot show it safely.',
        fix: 'Simplify this part: fewer lists inside lists, quotes inside quotes or marks inside marks.',
      },
      da: {
        title: 'Tekst er indlejret for dybt',
        text: 'Teksten her ligger mere end {max} niveauer nede; storydeck kan ikke vise den sikkert.',
        fix: 'Forenkl denne del: færre lister i lister, citater i citater eller formateringer i formateringer.',
      },
      nb: {
        title: 'Tekst er nestet for dypt',
        text: 'Teksten her ligger mer enn {max} nivåer ned; storydeck kan ikke vise den trygt.',
        fix: 'Forenkle denne delen: færre lister i lister, sitater i sitater eller formateringer i formateringer.',
      },
      nn: {
        title: 'Tekst ligg for djupt',
        text: 'Teksten her ligg meir enn {max} nivå ned; storydeck kan ikkje vise han trygt.',
        fix: 'Forenkle denne delen: færre lister i lister, sitat i sitat eller formateringar i formateringar.',
      },
      sv: {
        title: 'Texten är för djupt inbäddad',
        text: 'Texten här ligger mer än {max} nivåer ned; storydeck kan inte visa den säkert.',
        fix: 'Förenkla den här delen: färre listor i listor, citat i citat eller formateringar i formateringar.',
      },
      de: {
        title: 'Text ist zu tief verschachtelt',
        text: 'Der Text hier ist mehr als {max} Ebenen tief verschachtelt; storydeck kann ihn nicht sicher anzeigen.',
        fix: 'Vereinfachen Sie diesen Teil: weniger Listen in Listen, Zitate in Zitaten oder Formatierungen in Formatierungen.',
      },
    },
  },
  outside: {
    id: 'file/outside',
    severity: 'error',
    texts: {
      en: {
        title: 'The story leads outside the project',
        text: 'This story file is a link to a file outside the project folder, so storydeck does not read it.',
        fix: 'Copy the file itself into `stories/` instead of linking to it.',
      },
      da: {
        title: 'Fortællingen fører uden for projektet',
        text: 'Denne fortællingsfil er et link til en fil uden for projektmappen, så storydeck læser den ikke.',
        fix: 'Kopiér selve filen ind i `stories/` i stedet for at linke til den.',
      },
      nb: {
        title: 'Fortellingen fører ut av prosjektet',
        text: 'Denne fortellingsfilen er en lenke til en fil utenfor prosjektmappen, så storydeck leser den ikke.',
        fix: 'Kopier selve filen inn i `stories/` i stedet for å lenke til den.',
      },
      nn: {
        title: 'Forteljinga fører ut av prosjektet',
        text: 'Denne forteljingsfila er ei lenkje til ei fil utanfor prosjektmappa, så storydeck les henne ikkje.',
        fix: 'Kopier sjølve fila inn i `stories/` i staden for å lenkje til henne.',
      },
      sv: {
        title: 'Berättelsen leder utanför projektet',
        text: 'Den här berättelsefilen är en länk till en fil utanför projektmappen, så storydeck läser den inte.',
        fix: 'Kopiera själva filen till `stories/` i stället för att länka till den.',
      },
      de: {
        title: 'Die Geschichte führt aus dem Projekt hinaus',
        text: 'Diese Datei ist ein Verweis auf eine Datei außerhalb des Projektordners; storydeck liest sie daher nicht.',
        fix: 'Kopieren Sie die Datei selbst nach `stories/`, statt auf sie zu verweisen.',
      },
    },
  },
  versionLangMismatch: {
    id: 'story/version-lang',
    severity: 'error',
    texts: {
      en: {
        title: 'The language differs from the file name',
        text: 'The file name makes this the `{lang}` version, but it says `lang: {written}`.',
        fix: 'Write `lang: {lang}`, leave the `lang:` line out, or rename the file.',
      },
      da: {
        title: 'Sproget passer ikke til filnavnet',
        text: 'Ifølge filnavnet er dette `{lang}`-versionen, men der står `lang: {written}`.',
        fix: 'Skriv `lang: {lang}`, udelad `lang:`-linjen, eller omdøb filen.',
      },
      nb: {
        title: 'Språket stemmer ikke med filnavnet',
        text: 'Ifølge filnavnet er dette `{lang}`-versjonen, men det står `lang: {written}`.',
        fix: 'Skriv `lang: {lang}`, utelat `lang:`-linjen, eller gi filen nytt navn.',
      },
      nn: {
        title: 'Språket stemmer ikkje med filnamnet',
        text: 'Ifølgje filnamnet er dette `{lang}`-versjonen, men det står `lang: {written}`.',
        fix: 'Skriv `lang: {lang}`, ta bort `lang:`-lina, eller gje fila nytt namn.',
      },
      sv: {
        title: 'Språket stämmer inte med filnamnet',
        text: 'Enligt filnamnet är det här `{lang}`-versionen, men det står `lang: {written}`.',
        fix: 'Skriv `lang: {lang}`, ta bort `lang:`-raden eller byt namn på filen.',
      },
      de: {
        title: 'Die Sprache passt nicht zum Dateinamen',
        text: 'Laut Dateiname ist dies die Fassung `{lang}`, aber dort steht `lang: {written}`.',
        fix: 'Schreiben Sie `lang: {lang}`, lassen Sie die Zeile `lang:` weg oder benennen Sie die Datei um.',
      },
    },
  },
  versionSuffix: {
    id: 'story/version-lang',
    severity: 'error',
    texts: {
      en: {
        title: 'The file name ends in an unknown language',
        text: 'The file name ends in `.{suffix}`, which is not a language storydeck knows ({langs}).',
        fix: 'A file named `<story>.<language>.md` is a language version of `<story>.md`. For a version, rename it to, say, `{name}.da.md`; for a story of its own, use a dash: `{name}-{lower}.md`.',
      },
      da: {
        title: 'Filnavnet ender på et ukendt sprog',
        text: 'Filnavnet ender på `.{suffix}`, som ikke er et sprog, storydeck kender ({langs}).',
        fix: 'En fil med navnet `<fortælling>.<sprog>.md` er en sprogversion af `<fortælling>.md`. Vil du have en version, så omdøb den til for eksempel `{name}.da.md`; vil du have en selvstændig fortælling, så brug en bindestreg: `{name}-{lower}.md`.',
      },
      nb: {
        title: 'Filnavnet slutter på et ukjent språk',
        text: 'Filnavnet slutter på `.{suffix}`, som ikke er et språk storydeck kjenner ({langs}).',
        fix: 'En fil som heter `<fortelling>.<språk>.md`, er en språkversjon av `<fortelling>.md`. For en versjon kan du gi den nytt navn, for eksempel `{name}.da.md`; for en egen fortelling bruker du bindestrek: `{name}-{lower}.md`.',
      },
      nn: {
        title: 'Filnamnet sluttar på eit ukjent språk',
        text: 'Filnamnet sluttar på `.{suffix}`, som ikkje er eit språk storydeck kjenner ({langs}).',
        fix: 'Ei fil som heiter `<forteljing>.<språk>.md`, er ein språkversjon av `<forteljing>.md`. For ein versjon kan du gje henne nytt namn, til dømes `{name}.da.md`; for ei eiga forteljing brukar du bindestrek: `{name}-{lower}.md`.',
      },
      sv: {
        title: 'Filnamnet slutar på ett okänt språk',
        text: 'Filnamnet slutar på `.{suffix}`, som inte är ett språk storydeck känner till ({langs}).',
        fix: 'En fil som heter `<berättelse>.<språk>.md` är en språkversion av `<berättelse>.md`. För en version byter du namn till exempelvis `{name}.da.md`; för en egen berättelse använder du bindestreck: `{name}-{lower}.md`.',
      },
      de: {
        title: 'Der Dateiname endet auf eine unbekannte Sprache',
        text: 'Der Dateiname endet auf `.{suffix}`; diese Sprache kennt storydeck nicht ({langs}).',
        fix: 'Eine Datei `<geschichte>.<sprache>.md` ist eine Sprachfassung von `<geschichte>.md`. Für eine Fassung benennen Sie sie etwa in `{name}.da.md` um; für eine eigene Geschichte verwenden Sie einen Bindestrich: `{name}-{lower}.md`.',
      },
    },
  },
  versionSuffixGuess: {
    id: 'story/version-lang',
    severity: 'error',
    texts: {
      en: {
        title: 'The file name ends in an unknown language',
        text: 'The file name ends in `.{suffix}`, which is not a language storydeck knows ({langs}). Did you mean `{guess}`?',
        fix: 'A file named `<story>.<language>.md` is a language version of `<story>.md`. For a version, rename it to `{name}.{guess}.md`; for a story of its own, use a dash: `{name}-{lower}.md`.',
      },
      da: {
        title: 'Filnavnet ender på et ukendt sprog',
        text: 'Filnavnet ender på `.{suffix}`, som ikke er et sprog, storydeck kender ({langs}). Mente du `{guess}`?',
        fix: 'En fil med navnet `<fortælling>.<sprog>.md` er en sprogversion af `<fortælling>.md`. Vil du have en version, så omdøb den til `{name}.{guess}.md`; vil du have en selvstændig fortælling, så brug en bindestreg: `{name}-{lower}.md`.',
      },
      nb: {
        title: 'Filnavnet slutter på et ukjent språk',
        text: 'Filnavnet slutter på `.{suffix}`, som ikke er et språk storydeck kjenner ({langs}). Mente du `{guess}`?',
        fix: 'En fil som heter `<fortelling>.<språk>.md`, er en språkversjon av `<fortelling>.md`. For en versjon gir du den navnet `{name}.{guess}.md`; for en egen fortelling bruker du bindestrek: `{name}-{lower}.md`.',
      },
      nn: {
        title: 'Filnamnet sluttar på eit ukjent språk',
        text: 'Filnamnet sluttar på `.{suffix}`, som ikkje er eit språk storydeck kjenner ({langs}). Meinte du `{guess}`?',
        fix: 'Ei fil som heiter `<forteljing>.<språk>.md`, er ein språkversjon av `<forteljing>.md`. For ein versjon gjev du henne namnet `{name}.{guess}.md`; for ei eiga forteljing brukar du bindestrek: `{name}-{lower}.md`.',
      },
      sv: {
        title: 'Filnamnet slutar på ett okänt språk',
        text: 'Filnamnet slutar på `.{suffix}`, som inte är ett språk storydeck känner till ({langs}). Menade du `{guess}`?',
        fix: 'En fil som heter `<berättelse>.<språk>.md` är en språkversion av `<berättelse>.md`. För en version byter du namn till `{name}.{guess}.md`; för en egen berättelse använder du bindestreck: `{name}-{lower}.md`.',
      },
      de: {
        title: 'Der Dateiname endet auf eine unbekannte Sprache',
        text: 'Der Dateiname endet auf `.{suffix}`; diese Sprache kennt storydeck nicht ({langs}). Meinten Sie `{guess}`?',
        fix: 'Eine Datei `<geschichte>.<sprache>.md` ist eine Sprachfassung von `<geschichte>.md`. Für eine Fassung benennen Sie sie in `{name}.{guess}.md` um; für eine eigene Geschichte verwenden Sie einen Bindestrich: `{name}-{lower}.md`.',
      },
    },
  },
  versionSameLang: {
    id: 'story/version-lang',
    severity: 'error',
    texts: {
      en: {
        title: 'A version is in its source’s language',
        text: 'This is the `{lang}` version, but its source `{source}` is in `{lang}` too.',
        fix: 'There is one version per language. Give this version another language, or change the source’s `lang:`.',
      },
      da: {
        title: 'En version er på kildens sprog',
        text: 'Dette er `{lang}`-versionen, men kilden `{source}` er også på `{lang}`.',
        fix: 'Der er én version pr. sprog. Giv denne version et andet sprog, eller ret kildens `lang:`.',
      },
      nb: {
        title: 'En versjon er på kildens språk',
        text: 'Dette er `{lang}`-versjonen, men kilden `{source}` er også på `{lang}`.',
        fix: 'Det er én versjon per språk. Gi denne versjonen et annet språk, eller endre kildens `lang:`.',
      },
      nn: {
        title: 'Ein versjon er på språket til kjelda',
        text: 'Dette er `{lang}`-versjonen, men kjelda `{source}` er òg på `{lang}`.',
        fix: 'Det er éin versjon per språk. Gje denne versjonen eit anna språk, eller endra `lang:` i kjelda.',
      },
      sv: {
        title: 'En version har källans språk',
        text: 'Det här är `{lang}`-versionen, men källan `{source}` är också på `{lang}`.',
        fix: 'Det finns en version per språk. Ge den här versionen ett annat språk eller ändra källans `lang:`.',
      },
      de: {
        title: 'Eine Fassung hat die Sprache ihrer Quelle',
        text: 'Dies ist die Fassung `{lang}`, aber ihre Quelle `{source}` ist ebenfalls `{lang}`.',
        fix: 'Es gibt eine Fassung je Sprache. Geben Sie dieser Fassung eine andere Sprache oder ändern Sie `lang:` in der Quelle.',
      },
    },
  },
  versionSource: {
    id: 'story/version-source',
    severity: 'error',
    texts: {
      en: {
        title: 'A language version has no source',
        text: 'This is a language version, but its source story `{name}` is not next to it.',
        fix: 'A file `<story>.{lang}.md` is the `{lang}` version of `<story>.md`. Add the source, or rename this file without `.{lang}` to make it a story of its own.',
      },
      da: {
        title: 'En sprogversion mangler sin kilde',
        text: 'Dette er en sprogversion, men kildefortællingen `{name}` ligger ikke ved siden af den.',
        fix: 'En fil `<fortælling>.{lang}.md` er `{lang}`-versionen af `<fortælling>.md`. Tilføj kilden, eller fjern `.{lang}` fra filnavnet for at gøre den til en selvstændig fortælling.',
      },
      nb: {
        title: 'En språkversjon mangler kilden',
        text: 'Dette er en språkversjon, men kildefortellingen `{name}` ligger ikke ved siden av den.',
        fix: 'En fil `<fortelling>.{lang}.md` er `{lang}`-versjonen av `<fortelling>.md`. Legg til kilden, eller fjern `.{lang}` fra filnavnet for å gjøre den til en egen fortelling.',
      },
      nn: {
        title: 'Ein språkversjon manglar kjelda',
        text: 'Dette er ein språkversjon, men kjeldeforteljinga `{name}` ligg ikkje ved sida av.',
        fix: 'Ei fil `<forteljing>.{lang}.md` er `{lang}`-versjonen av `<forteljing>.md`. Legg til kjelda, eller fjern `.{lang}` frå filnamnet for å gjere henne til ei eiga forteljing.',
      },
      sv: {
        title: 'En språkversion saknar källa',
        text: 'Det här är en språkversion, men källberättelsen `{name}` ligger inte bredvid den.',
        fix: 'En fil `<berättelse>.{lang}.md` är `{lang}`-versionen av `<berättelse>.md`. Lägg till källan, eller ta bort `.{lang}` ur filnamnet så blir den en egen berättelse.',
      },
      de: {
        title: 'Einer Sprachfassung fehlt die Quelle',
        text: 'Dies ist eine Sprachfassung, aber ihre Quelle `{name}` liegt nicht daneben.',
        fix: 'Eine Datei `<geschichte>.{lang}.md` ist die Fassung `{lang}` von `<geschichte>.md`. Fügen Sie die Quelle hinzu oder entfernen Sie `.{lang}` aus dem Dateinamen, um eine eigene Geschichte daraus zu machen.',
      },
    },
  },
  reservedName: {
    id: 'story/reserved-name',
    severity: 'error',
    texts: {
      en: {
        title: 'The file name is taken by storydeck',
        text: 'storydeck keeps its own files under the name `{name}`, so a story cannot be called that.',
        fix: 'Rename the file, for example to `{suggestion}`.',
      },
      da: {
        title: 'Filnavnet er optaget af storydeck',
        text: 'storydeck gemmer sine egne filer under navnet `{name}`, så en fortælling kan ikke hedde det.',
        fix: 'Omdøb filen, for eksempel til `{suggestion}`.',
      },
      nb: {
        title: 'Filnavnet er opptatt av storydeck',
        text: 'storydeck lagrer sine egne filer under navnet `{name}`, så en fortelling kan ikke hete det.',
        fix: 'Gi filen nytt navn, for eksempel `{suggestion}`.',
      },
      nn: {
        title: 'Filnamnet er oppteke av storydeck',
        text: 'storydeck lagrar sine eigne filer under namnet `{name}`, så ei forteljing kan ikkje heite det.',
        fix: 'Gje fila nytt namn, til dømes `{suggestion}`.',
      },
      sv: {
        title: 'Filnamnet är upptaget av storydeck',
        text: 'storydeck sparar sina egna filer under namnet `{name}`, så en berättelse kan inte heta så.',
        fix: 'Byt namn på filen, till exempel till `{suggestion}`.',
      },
      de: {
        title: 'Der Dateiname ist für storydeck reserviert',
        text: 'storydeck legt unter dem Namen `{name}` eigene Dateien ab; eine Geschichte kann deshalb nicht so heißen.',
        fix: 'Benennen Sie die Datei um, zum Beispiel in `{suggestion}`.',
      },
    },
  },
  themeUnknown: {
    id: 'story/theme',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a theme',
        text: 'storydeck does not know the theme `{theme}`.',
        fix: 'Write one of {names} after `theme:`.',
      },
      da: {
        title: 'storydeck kender ikke et tema',
        text: 'storydeck kender ikke temaet `{theme}`.',
        fix: 'Skriv et af {names} efter `theme:`.',
      },
      nb: {
        title: 'storydeck kjenner ikke et tema',
        text: 'storydeck kjenner ikke temaet `{theme}`.',
        fix: 'Skriv ett av {names} etter `theme:`.',
      },
      nn: {
        title: 'storydeck kjenner ikkje eit tema',
        text: 'storydeck kjenner ikkje temaet `{theme}`.',
        fix: 'Skriv eitt av {names} etter `theme:`.',
      },
      sv: {
        title: 'storydeck känner inte igen ett tema',
        text: 'storydeck känner inte igen temat `{theme}`.',
        fix: 'Skriv något av {names} efter `theme:`.',
      },
      de: {
        title: 'storydeck kennt ein Design nicht',
        text: 'storydeck kennt das Design `{theme}` nicht.',
        fix: 'Schreiben Sie eines von {names} hinter `theme:`.',
      },
    },
  },
  themeUnknownGuess: {
    id: 'story/theme',
    severity: 'error',
    texts: {
      en: {
        title: 'storydeck does not know a theme',
        text: 'storydeck does not know the theme `{theme}`. Did you mean `{guess}`?',
        fix: 'Write `theme: {guess}`. The themes you can use are {names}.',
      },
      da: {
        title: 'storydeck kender ikke et tema',
        text: 'storydeck kender ikke temaet `{theme}`. Mente du `{guess}`?',
        fix: 'Skriv `theme: {guess}`. Du kan bruge temaerne {names}.',
      },
      nb: {
        title: 'storydeck kjenner ikke et tema',
        text: 'storydeck kjenner ikke temaet `{theme}`. Mente du `{guess}`?',
        fix: 'Skriv `theme: {guess}`. Du kan bruke temaene {names}.',
      },
      nn: {
        title: 'storydeck kjenner ikkje eit tema',
        text: 'storydeck kjenner ikkje temaet `{theme}`. Meinte du `{guess}`?',
        fix: 'Skriv `theme: {guess}`. Du kan bruke temaa {names}.',
      },
      sv: {
        title: 'storydeck känner inte igen ett tema',
        text: 'storydeck känner inte igen temat `{theme}`. Menade du `{guess}`?',
        fix: 'Skriv `theme: {guess}`. Du kan använda temana {names}.',
      },
      de: {
        title: 'storydeck kennt ein Design nicht',
        text: 'storydeck kennt das Design `{theme}` nicht. Meinten Sie `{guess}`?',
        fix: 'Schreiben Sie `theme: {guess}`. Sie können die Designs {names} verwenden.',
      },
    },
  },

  themeBroken: {
    id: 'story/theme',
    severity: 'error',
    texts: {
      en: {
        title: 'The theme has errors',
        text: 'The theme `{theme}` has errors, so this story cannot use it.',
        fix: 'Fix the theme, or choose another one with `theme:`. The theme’s problems:\n{problems}',
      },
      da: {
        title: 'Temaet har fejl',
        text: 'Temaet `{theme}` har fejl, så denne fortælling kan ikke bruge det.',
        fix: 'Ret temaet, eller vælg et andet med `theme:`. Temaets problemer:\n{problems}',
      },
      nb: {
        title: 'Temaet har feil',
        text: 'Temaet `{theme}` har feil, så denne fortellingen kan ikke bruke det.',
        fix: 'Rett temaet, eller velg et annet med `theme:`. Problemene i temaet:\n{problems}',
      },
      nn: {
        title: 'Temaet har feil',
        text: 'Temaet `{theme}` har feil, så denne forteljinga kan ikkje bruke det.',
        fix: 'Rett temaet, eller vel eit anna med `theme:`. Problema i temaet:\n{problems}',
      },
      sv: {
        title: 'Temat har fel',
        text: 'Temat `{theme}` har fel, så den här berättelsen kan inte använda det.',
        fix: 'Rätta temat eller välj ett annat med `theme:`. Temats problem:\n{problems}',
      },
      de: {
        title: 'Das Design hat Fehler',
        text: 'Das Design `{theme}` hat Fehler; diese Geschichte kann es daher nicht verwenden.',
        fix: 'Beheben Sie die Fehler im Design oder wählen Sie mit `theme:` ein anderes. Die Probleme des Designs:\n{problems}',
      },
    },
  },
  imageRemote: {
    id: 'image/remote',
    severity: 'error',
    texts: {
      en: {
        title: 'An image is on the internet',
        text: 'This image is on the internet; the deck and the poster must work without a network.',
        fix: 'Save the image next to the story and link it by its file name, such as `![What it shows](team.jpg)`.',
      },
      da: {
        title: 'Et billede ligger på internettet',
        text: 'Dette billede ligger på internettet; præsentationen og plakaten skal virke uden netværk.',
        fix: 'Gem billedet ved siden af fortællingen, og henvis til det med filnavnet, for eksempel `![Hvad det viser](team.jpg)`.',
      },
      nb: {
        title: 'Et bilde ligger på internett',
        text: 'Dette bildet ligger på internett; presentasjonen og plakaten må fungere uten nettverk.',
        fix: 'Lagre bildet ved siden av fortellingen, og vis til det med filnavnet, for eksempel `![Hva det viser](team.jpg)`.',
      },
      nn: {
        title: 'Eit bilete ligg på internett',
        text: 'Dette biletet ligg på internett; presentasjonen og plakaten må verke utan nettverk.',
        fix: 'Lagre biletet ved sida av forteljinga, og vis til det med filnamnet, til dømes `![Kva det viser](team.jpg)`.',
      },
      sv: {
        title: 'En bild ligger på internet',
        text: 'Den här bilden ligger på internet; presentationen och affischen måste fungera utan nätverk.',
        fix: 'Spara bilden bredvid berättelsen och hänvisa till den med filnamnet, till exempel `![Vad den visar](team.jpg)`.',
      },
      de: {
        title: 'Ein Bild liegt im Internet',
        text: 'Dieses Bild liegt im Internet; Präsentation und Poster müssen ohne Netzwerk funktionieren.',
        fix: 'Speichern Sie das Bild neben der Geschichte und verweisen Sie mit dem Dateinamen darauf, etwa `![Was es zeigt](team.jpg)`.',
      },
    },
  },
  imageMissing: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image cannot be found',
        text: 'storydeck cannot find the image `{url}`; it looked for `{path}`.',
        fix: 'Check the spelling of the file name (capitals count), or put the image at `{path}`.',
      },
      da: {
        title: 'Et billede kan ikke findes',
        text: 'storydeck kan ikke finde billedet `{url}`; den ledte efter `{path}`.',
        fix: 'Tjek stavningen af filnavnet (store og små bogstaver tæller), eller læg billedet på `{path}`.',
      },
      nb: {
        title: 'Et bilde finnes ikke',
        text: 'storydeck finner ikke bildet `{url}`; den lette etter `{path}`.',
        fix: 'Sjekk stavingen av filnavnet (store og små bokstaver teller), eller legg bildet på `{path}`.',
      },
      nn: {
        title: 'Eit bilete finst ikkje',
        text: 'storydeck finn ikkje biletet `{url}`; han leitte etter `{path}`.',
        fix: 'Sjekk stavinga av filnamnet (store og små bokstavar tel), eller legg biletet på `{path}`.',
      },
      sv: {
        title: 'En bild kan inte hittas',
        text: 'storydeck hittar inte bilden `{url}`; den letade efter `{path}`.',
        fix: 'Kontrollera stavningen av filnamnet (stora och små bokstäver räknas), eller lägg bilden på `{path}`.',
      },
      de: {
        title: 'Ein Bild wurde nicht gefunden',
        text: 'storydeck findet das Bild `{url}` nicht; gesucht wurde `{path}`.',
        fix: 'Prüfen Sie die Schreibweise des Dateinamens (Groß- und Kleinschreibung zählt) oder legen Sie das Bild unter `{path}` ab.',
      },
    },
  },
  imageEmpty: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image has no file name',
        text: 'This image has no file name in its parentheses.',
        fix: 'Write the image’s file name between the parentheses: `![What it shows](team.jpg)`.',
      },
      da: {
        title: 'Et billede mangler filnavn',
        text: 'Dette billede har intet filnavn i sine runde parenteser.',
        fix: 'Skriv billedets filnavn mellem de runde parenteser: `![Hvad det viser](team.jpg)`.',
      },
      nb: {
        title: 'Et bilde mangler filnavn',
        text: 'Dette bildet har ikke noe filnavn i parentesene.',
        fix: 'Skriv filnavnet til bildet mellom parentesene: `![Hva det viser](team.jpg)`.',
      },
      nn: {
        title: 'Eit bilete manglar filnamn',
        text: 'Dette biletet har ikkje noko filnamn i parentesane.',
        fix: 'Skriv filnamnet til biletet mellom parentesane: `![Kva det viser](team.jpg)`.',
      },
      sv: {
        title: 'En bild saknar filnamn',
        text: 'Den här bilden har inget filnamn inom parenteserna.',
        fix: 'Skriv bildens filnamn mellan parenteserna: `![Vad den visar](team.jpg)`.',
      },
      de: {
        title: 'Einem Bild fehlt der Dateiname',
        text: 'Dieses Bild hat in seinen runden Klammern keinen Dateinamen.',
        fix: 'Schreiben Sie den Dateinamen des Bildes in die runden Klammern: `![Was es zeigt](team.jpg)`.',
      },
    },
  },
  imageScheme: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image is not a file of the project',
        text: 'This image’s address starts with `{scheme}:`; storydeck only shows image files from the project.',
        fix: 'Save the image next to the story and link it by its file name, such as `team.jpg`.',
      },
      da: {
        title: 'Et billede er ikke en fil i projektet',
        text: 'Dette billedes adresse begynder med `{scheme}:`; storydeck viser kun billedfiler fra projektet.',
        fix: 'Gem billedet ved siden af fortællingen, og henvis til det med filnavnet, for eksempel `team.jpg`.',
      },
      nb: {
        title: 'Et bilde er ikke en fil i prosjektet',
        text: 'Adressen til dette bildet begynner med `{scheme}:`; storydeck viser bare bildefiler fra prosjektet.',
        fix: 'Lagre bildet ved siden av fortellingen, og vis til det med filnavnet, for eksempel `team.jpg`.',
      },
      nn: {
        title: 'Eit bilete er ikkje ei fil i prosjektet',
        text: 'Adressa til dette biletet byrjar med `{scheme}:`; storydeck viser berre biletfiler frå prosjektet.',
        fix: 'Lagre biletet ved sida av forteljinga, og vis til det med filnamnet, til dømes `team.jpg`.',
      },
      sv: {
        title: 'En bild är ingen fil i projektet',
        text: 'Bildens adress börjar med `{scheme}:`; storydeck visar bara bildfiler från projektet.',
        fix: 'Spara bilden bredvid berättelsen och hänvisa till den med filnamnet, till exempel `team.jpg`.',
      },
      de: {
        title: 'Ein Bild ist keine Datei des Projekts',
        text: 'Die Adresse dieses Bildes beginnt mit `{scheme}:`; storydeck zeigt nur Bilddateien aus dem Projekt.',
        fix: 'Speichern Sie das Bild neben der Geschichte und verweisen Sie mit dem Dateinamen darauf, etwa `team.jpg`.',
      },
    },
  },
  imageAbsolute: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image path starts at the top of the disk',
        text: 'This image’s path starts with `/`; storydeck looks for images from the story’s own folder.',
        fix: 'Write the path from the story’s folder, such as `images/team.jpg`.',
      },
      da: {
        title: 'En billedsti begynder fra roden af disken',
        text: 'Dette billedes sti begynder med `/`; storydeck leder efter billeder ud fra fortællingens egen mappe.',
        fix: 'Skriv stien ud fra fortællingens mappe, for eksempel `images/team.jpg`.',
      },
      nb: {
        title: 'En bildesti starter på toppen av disken',
        text: 'Stien til dette bildet begynner med `/`; storydeck leter etter bilder ut fra fortellingens egen mappe.',
        fix: 'Skriv stien ut fra mappen til fortellingen, for eksempel `images/team.jpg`.',
      },
      nn: {
        title: 'Ein biletsti byrjar på toppen av disken',
        text: 'Stien til dette biletet byrjar med `/`; storydeck leitar etter bilete ut frå mappa til forteljinga.',
        fix: 'Skriv stien ut frå mappa til forteljinga, til dømes `images/team.jpg`.',
      },
      sv: {
        title: 'En bildsökväg börjar i diskens rot',
        text: 'Bildens sökväg börjar med `/`; storydeck letar efter bilder utifrån berättelsens egen mapp.',
        fix: 'Skriv sökvägen från berättelsens mapp, till exempel `images/team.jpg`.',
      },
      de: {
        title: 'Ein Bildpfad beginnt ganz oben auf dem Laufwerk',
        text: 'Der Pfad dieses Bildes beginnt mit `/`; storydeck sucht Bilder vom Ordner der Geschichte aus.',
        fix: 'Schreiben Sie den Pfad vom Ordner der Geschichte aus, etwa `images/team.jpg`.',
      },
    },
  },
  imageEscape: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image address has a broken `%` code',
        text: 'This image’s address has a `%` that is not followed by a valid code.',
        fix: 'Write the file name as it is (spaces are fine), without `%` codes.',
      },
      da: {
        title: 'En billedadresse har en ødelagt `%`-kode',
        text: 'Dette billedes adresse har et `%`, der ikke efterfølges af en gyldig kode.',
        fix: 'Skriv filnavnet, som det er (mellemrum er i orden), uden `%`-koder.',
      },
      nb: {
        title: 'En bildeadresse har en ødelagt `%`-kode',
        text: 'Adressen til dette bildet har et `%` som ikke følges av en gyldig kode.',
        fix: 'Skriv filnavnet slik det er (mellomrom går fint), uten `%`-koder.',
      },
      nn: {
        title: 'Ei biletadresse har ein øydelagd `%`-kode',
        text: 'Adressa til dette biletet har eit `%` som ikkje vert følgt av ein gyldig kode.',
        fix: 'Skriv filnamnet slik det er (mellomrom går fint), utan `%`-kodar.',
      },
      sv: {
        title: 'En bildadress har en trasig `%`-kod',
        text: 'Bildens adress har ett `%` som inte följs av en giltig kod.',
        fix: 'Skriv filnamnet som det är (mellanslag går bra), utan `%`-koder.',
      },
      de: {
        title: 'Eine Bildadresse hat einen fehlerhaften `%`-Code',
        text: 'Die Adresse dieses Bildes enthält ein `%`, auf das kein gültiger Code folgt.',
        fix: 'Schreiben Sie den Dateinamen so, wie er ist (Leerzeichen sind in Ordnung), ohne `%`-Codes.',
      },
    },
  },
  imageOutside: {
    id: 'image/path',
    severity: 'error',
    texts: {
      en: {
        title: 'An image lies outside the project',
        text: 'This image lies outside the project folder, so storydeck does not use it.',
        fix: 'Copy the image into the project, next to the story, and link it from there.',
      },
      da: {
        title: 'Et billede ligger uden for projektet',
        text: 'Dette billede ligger uden for projektmappen, så storydeck bruger det ikke.',
        fix: 'Kopiér billedet ind i projektet ved siden af fortællingen, og henvis til det derfra.',
      },
      nb: {
        title: 'Et bilde ligger utenfor prosjektet',
        text: 'Dette bildet ligger utenfor prosjektmappen, så storydeck bruker det ikke.',
        fix: 'Kopier bildet inn i prosjektet ved siden av fortellingen, og vis til det derfra.',
      },
      nn: {
        title: 'Eit bilete ligg utanfor prosjektet',
        text: 'Dette biletet ligg utanfor prosjektmappa, så storydeck brukar det ikkje.',
        fix: 'Kopier biletet inn i prosjektet ved sida av forteljinga, og vis til det derifrå.',
      },
      sv: {
        title: 'En bild ligger utanför projektet',
        text: 'Den här bilden ligger utanför projektmappen, så storydeck använder den inte.',
        fix: 'Kopiera bilden till projektet, bredvid berättelsen, och hänvisa till den därifrån.',
      },
      de: {
        title: 'Ein Bild liegt außerhalb des Projekts',
        text: 'Dieses Bild liegt außerhalb des Projektordners; storydeck verwendet es daher nicht.',
        fix: 'Kopieren Sie das Bild in das Projekt neben die Geschichte und verweisen Sie von dort darauf.',
      },
    },
  },
  duplicateSlug: {
    id: 'story/duplicate-slug',
    severity: 'error',
    texts: {
      en: {
        title: 'Two stories would share a folder',
        text: 'This story would be written to the folder `{slug}`, which `{first}` already uses.',
        fix: 'Rename one of the two files so that their names differ.',
      },
      da: {
        title: 'To fortællinger ville dele en mappe',
        text: 'Denne fortælling ville blive skrevet til mappen `{slug}`, som `{first}` allerede bruger.',
        fix: 'Omdøb en af de to filer, så navnene er forskellige.',
      },
      nb: {
        title: 'To fortellinger ville delt en mappe',
        text: 'Denne fortellingen ville blitt skrevet til mappen `{slug}`, som `{first}` allerede bruker.',
        fix: 'Gi en av de to filene nytt navn, slik at navnene blir forskjellige.',
      },
      nn: {
        title: 'To forteljingar ville delt ei mappe',
        text: 'Denne forteljinga ville vorte skriven til mappa `{slug}`, som `{first}` alt brukar.',
        fix: 'Gje ei av dei to filene nytt namn, slik at namna vert ulike.',
      },
      sv: {
        title: 'Två berättelser skulle dela mapp',
        text: 'Den här berättelsen skulle skrivas till mappen `{slug}`, som `{first}` redan använder.',
        fix: 'Byt namn på en av de två filerna så att namnen skiljer sig åt.',
      },
      de: {
        title: 'Zwei Geschichten würden denselben Ordner nutzen',
        text: 'Diese Geschichte würde in den Ordner `{slug}` geschrieben, den `{first}` bereits verwendet.',
        fix: 'Benennen Sie eine der beiden Dateien um, sodass sich die Namen unterscheiden.',
      },
    },
  },
})
