import type { Language } from '@grensportaal/shared-domain';

/**
 * One word per concept and language (GLOSSARY.md gives the reasons). A text
 * whose English names the concept uses the agreed word in Dutch and German,
 * and words that were used for the same thing before do not come back.
 */
export interface GlossaryTerm {
  concept: string;
  /** How the English text names the concept. */
  en: RegExp;
  /** The agreed word (with its inflections and compounds) per other language. */
  nl: RegExp;
  de: RegExp;
  /** Other words for the same concept, refused in every text of that language. */
  avoid?: Partial<Record<Language, RegExp>>;
  /** Where the agreed word is also an everyday word, it is kept for the concept alone. */
  exclusive?: Partial<Record<'nl' | 'de', RegExp>>;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { concept: 'bottleneck', en: /\bbottlenecks?\b/i, nl: /knelpunt/i, de: /hindernis/i, avoid: { nl: /belemmering/i, de: /hemmnis|engpass|hürde/i, en: /\bobstacles?\b/i } },
  // "Algemene maatregel van bestuur" is the name of a kind of Dutch regulation, not a word for an action.
  { concept: 'action', en: /\bactions?\b/i, nl: /actie/i, de: /maßnahme/i, avoid: { nl: /maatregel(?! van bestuur)|oplossingsrichting/i, de: /\baktion(en)?\b|lösungsansatz/i } },
  { concept: 'question to a ministry', en: /\bquestions?\b|\bask a ministry\b/i, nl: /vra(a)?g/i, de: /anfrage/i, avoid: { nl: /\bopdracht/i, de: /\bfragen?\b/i }, exclusive: { de: /\banfragen?\b/i } },
  { concept: 'answer', en: /\banswer/i, nl: /antwoord/i, de: /antwort/i, avoid: { en: /\brepl(y|ies)\b/i } },
  { concept: 'progress update', en: /\bprogress (report|update)s?\b/i, nl: /voortgang/i, de: /sachstand/i },
  { concept: 'comment', en: /\bcomment/i, nl: /opmerking/i, de: /kommentar|kommentier/i, avoid: { nl: /\breactie/i } },
  { concept: 'ministry', en: /\bministr(y|ies)\b/i, nl: /ministerie|departement/i, de: /ministeri/i },
  { concept: 'secretariat', en: /\bsecretariat\b/i, nl: /secretariaat/i, de: /sekretariat/i },
  { concept: 'triage', en: /\btriage\b/i, nl: /triage/i, de: /triage/i, avoid: { de: /sichtung/i } },
  // The states, as register.json names them.
  { concept: 'draft', en: /\bdrafts?\b/i, nl: /concept/i, de: /entw(u|ü)rf/i },
  { concept: 'submitted', en: /\bsubmit/i, nl: /ingedien|indien|in te dienen|dien .* in/i, de: /einreich|eingereicht|reich(en|t) .* ein\b/i },
  { concept: 'accepted', en: /\baccept/i, nl: /aanvaard/i, de: /angenommen|annehm|nimmt .* an|nehmen .* an/i, avoid: { nl: /accept|in behandeling nemen/i } },
  { concept: 'returned', en: /\breturn(ed)?\b/i, nl: /terug/i, de: /zurück/i },
  { concept: 'withdrawn', en: /\bwithdr(aw|ew|awn)\b/i, nl: /ingetrokken|intrekken|trekt .* in|trekken .* in/i, de: /zurückgezogen|zurückziehen|zieht .* zurück/i },
  { concept: 'closed', en: /\bclosed?\b/i, nl: /afgesloten|afsluiten|sluit/i, de: /abgeschlossen|abschließen|schließ/i },
  { concept: 'on hold', en: /\bon hold\b/i, nl: /gepauzeerd|pauzeren|pauze/i, de: /pausiert|pausieren/i },
  { concept: 'cancelled', en: /\bcancel(led)?\b/i, nl: /annuleer|geannuleerd|annuleren/i, de: /abgebrochen|abbrechen|abbruch/i },
];
