/**
 * Per language: a story with a frontmatter mistake, and a draft with a
 * missing part and three things for the coach (a long sentence, a
 * buzzword, an unexplained abbreviation). Written as an author in that
 * language would write them.
 */
import type { Lang } from '../../src/types.ts'

interface Draft {
  /** The frontmatter mistake: `subtitel` for `subtitle`. */
  frontmatter: string
  /** No Because part; a 35-word sentence, a buzzword and the abbreviation KPX. */
  draft: string
}

const front = (lang: Lang, title: string): string => `---\ntitle: ${title}\nlang: ${lang}\nsubtitel: 2027\n---\n`

export const DRAFTS: Readonly<Record<Lang, Draft>> = {
  en: {
    frontmatter: `${front('en', 'Claims in a day')}\n# From\n\nClaims take nine days.\n\n# To\n\nClaims take one day.\n\n# Because\n\nPeople need their car.\n`,
    draft:
      '---\ntitle: Claims in a day\nlang: en\n---\n\n# From\n\nToday a simple claim takes nine days because every form waits in a queue for a handler who has to check it against three different systems before anyone can call the customer back to say what happens next.\n\n# To\n\nWe use synergies to settle simple claims within a day.\n\nThe KPX team leads the work.\n',
  },
  da: {
    frontmatter: `${front('da', 'Skader på en dag')}\n# Fra\n\nSkader tager ni dage.\n\n# Til\n\nSkader tager en dag.\n\n# Fordi\n\nFolk har brug for deres bil.\n`,
    draft:
      '---\ntitle: Skader på en dag\nlang: da\n---\n\n# Fra\n\nI dag tager en enkel skade ni dage, fordi hver formular venter i en kø på en sagsbehandler, som skal tjekke den i tre forskellige systemer, før nogen kan ringe kunden op og fortælle, hvad der sker nu.\n\n# Til\n\nVores målbillede er, at enkle skader afgøres på en dag.\n\nKPX-holdet leder arbejdet.\n',
  },
  nb: {
    frontmatter: `${front('nb', 'Skader på én dag')}\n# Fra\n\nSkader tar ni dager.\n\n# Til\n\nSkader tar én dag.\n\n# Fordi\n\nFolk trenger bilen sin.\n`,
    draft:
      '---\ntitle: Skader på én dag\nlang: nb\n---\n\n# Fra\n\nI dag tar en enkel skade ni dager, fordi hvert skjema venter i en kø på en saksbehandler som må sjekke det i tre forskjellige systemer før noen kan ringe kunden og fortelle hva som skjer videre.\n\n# Til\n\nVårt målbilde er at enkle skader avgjøres på én dag.\n\nKPX-gruppa leder arbeidet.\n',
  },
  nn: {
    frontmatter: `${front('nn', 'Skadar på éin dag')}\n# Frå\n\nSkadar tek ni dagar.\n\n# Til\n\nSkadar tek éin dag.\n\n# Fordi\n\nFolk treng bilen sin.\n`,
    draft:
      '---\ntitle: Skadar på éin dag\nlang: nn\n---\n\n# Frå\n\nI dag tek ein enkel skade ni dagar, fordi kvart skjema ventar i ein kø på ein sakshandsamar som må sjekke det i tre ulike system før nokon kan ringje kunden og fortelje kva som skjer vidare.\n\n# Til\n\nMålbiletet vårt er at enkle skadar vert avgjorde på éin dag.\n\nKPX-gruppa leier arbeidet.\n',
  },
  sv: {
    frontmatter: `${front('sv', 'Skador på en dag')}\n# Från\n\nSkador tar nio dagar.\n\n# Till\n\nSkador tar en dag.\n\n# Därför att\n\nFolk behöver sin bil.\n`,
    draft:
      '---\ntitle: Skador på en dag\nlang: sv\n---\n\n# Från\n\nI dag tar en enkel skada nio dagar, eftersom varje blankett väntar i en kö på en handläggare som måste kontrollera den i tre olika system innan någon kan ringa kunden och berätta vad som händer härnäst.\n\n# Till\n\nVår målbild är att enkla skador avgörs på en dag.\n\nKPX-gruppen leder arbetet.\n',
  },
  de: {
    frontmatter: `${front('de', 'Schäden an einem Tag')}\n# Von\n\nSchäden dauern neun Tage.\n\n# Zu\n\nSchäden dauern einen Tag.\n\n# Weil\n\nMenschen brauchen ihr Auto.\n`,
    draft:
      '---\ntitle: Schäden an einem Tag\nlang: de\n---\n\n# Von\n\nHeute dauert ein einfacher Schaden neun Tage, weil jedes Formular in einer Warteschlange auf eine Sachbearbeiterin wartet, die es in drei verschiedenen Systemen prüfen muss, bevor jemand den Kunden anrufen und sagen kann, wie es weitergeht.\n\n# Zu\n\nUnser Zielbild ist, dass einfache Schäden an einem Tag erledigt sind.\n\nDas KPX-Team leitet die Arbeit.\n',
  },
}
