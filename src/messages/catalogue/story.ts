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
})
