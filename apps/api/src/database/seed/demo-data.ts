import { ActionInstrument, ActionStatus, AssignmentStatus, BottleneckLinkType, BottleneckOutcome, BottleneckStatus, BottleneckType, Language, Priority } from '@grensportaal/shared-domain';

/**
 * The demo register: real border bottlenecks of the three agendas (facts from
 * domain.md and the 2023 letter "Regio's aan de grens", worded for the demo),
 * in every status, with actions, questions to ministries, progress and
 * comments. Dates are relative to the day the demo is loaded. Each text is in
 * its author's language; some translations are missing and some outdated, on
 * purpose.
 */

export type Texts = Partial<Record<'title' | 'description' | 'whyToSolve' | 'impact', string>>;

export interface DemoBottleneck {
  key: string;
  agenda: 'NL-NRW' | 'NL-NDS' | 'NL-VL';
  theme: string;
  reporter: string;
  lang: Language;
  type: BottleneckType;
  title: string;
  description: string;
  whyToSolve: string;
  impact?: string;
  area: string;
  months?: number;
  status: BottleneckStatus;
  outcome?: BottleneckOutcome;
  reason?: string;
  duplicateOf?: string;
  /** Days since it was logged. */
  age: number;
  /**
   * The first wording of fields the reporter revised later. Translations are
   * made of the first wording, so after the revision they show as outdated.
   */
  revisedFrom?: Texts;
  /** Translations: per language the texts, by a person unless marked machine. */
  tr?: Partial<Record<Language, Texts & { machine?: boolean }>>;
  comments?: Array<{ by: string; lang: Language; body: string; daysAgo: number }>;
  /** Documents attached to it: a `.pdf` is made of the text (pdfkit), anything else is the text itself. */
  documents?: DemoDocument[];
}

export interface DemoDocument {
  by: string;
  lang: Language;
  title: string;
  description?: string;
  fileName: string;
  text: string;
  daysAgo: number;
}

export interface DemoAction {
  key: string;
  bottlenecks: string[];
  owner: string;
  ownerUser?: string;
  lang: Language;
  title: string;
  description?: string;
  instrument: ActionInstrument;
  priority?: Priority;
  status: ActionStatus;
  progress: number;
  /** Days from today to the due date (negative: past). */
  due: number;
  age: number;
  /** Days since the last progress report (stalled after 60). */
  quietFor: number;
  reason?: string;
  updates?: Array<{ daysAgo: number; progress: number; lang: Language; note: string }>;
  tr?: Partial<Record<Language, { title: string; machine?: boolean }>>;
}

export interface DemoAssignment {
  bottleneck: string;
  ministry: string;
  lang: Language;
  question: string;
  status: AssignmentStatus;
  age: number;
  /** Days from today to the due date (negative: past). */
  due: number;
  reason?: string;
  answers?: Array<{ lang: Language; text: string; review: 'PENDING' | 'ACCEPTED' | 'RETURNED'; returnReason?: string; daysAgo: number }>;
}

export const DEMO_BOTTLENECKS: DemoBottleneck[] = [
  // ------------------------------------------------------------------ NL-NRW
  {
    key: 'nrw-telework',
    agenda: 'NL-NRW',
    theme: 'labour-market',
    reporter: 'GLD',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Thuiswerken door grensarbeiders',
    description:
      'Grensarbeiders die in Nederland wonen en in Nordrhein-Westfalen werken, vallen onder de Nederlandse sociale zekerheid zodra zij 25 % of meer van hun werktijd thuis werken. Werkgevers in Duitsland moeten dan Nederlandse premies afdragen, wat zij vaak niet willen of kunnen.',
    whyToSolve: 'Werkgevers weigeren thuiswerken of nemen geen Nederlanders meer aan; werknemers lopen onverzekerd risico.',
    impact: 'Ongeveer 23.000 grensarbeiders tussen Gelderland en NRW; het raamwerkakkoord van 2023 staat tot 49,9 % toe, maar wordt nog niet overal toegepast.',
    area: 'Grens Gelderland – Kreis Kleve en Kreis Borken',
    months: 12,
    status: 'ANALYSIS',
    age: 240,
    tr: {
      de: {
        title: 'Homeoffice von Grenzgängern',
        description:
          'Grenzgänger, die in den Niederlanden wohnen und in Nordrhein-Westfalen arbeiten, fallen unter die niederländische Sozialversicherung, sobald sie 25 % oder mehr ihrer Arbeitszeit im Homeoffice arbeiten. Deutsche Arbeitgeber müssten dann niederländische Beiträge abführen.',
      },
      en: { title: 'Telework by cross-border workers', machine: true },
    },
    comments: [
      { by: 'jonas.hartmann', lang: 'de', body: 'Bei uns im Münsterland betrifft das vor allem Pendler aus Winterswijk und Enschede.', daysAgo: 180 },
      { by: 'femke.jansen', lang: 'nl', body: 'Vraag aan SZW uitgezet over de toepassing van het raamwerkakkoord.', daysAgo: 150 },
    ],
    documents: [
      {
        by: 'anna.degroot',
        lang: 'nl',
        title: 'Juridische analyse ITEM: thuiswerken en sociale zekerheid',
        description: 'Analyse van het raamwerkakkoord over telewerken (2023) en de gevolgen voor grensarbeiders tussen Gelderland en NRW.',
        fileName: 'ITEM-analyse thuiswerken grensarbeiders.pdf',
        text: 'Juridische analyse ITEM\n\nThuiswerken door grensarbeiders en de toepasselijke sociale zekerheid.\n\nHet raamwerkakkoord van 1 juli 2023 staat toe dat een grensarbeider tot 49,9 % van de werktijd in het woonland telewerkt zonder dat de socialezekerheidswetgeving van het woonland van toepassing wordt. Nederland en Duitsland hebben het akkoord ondertekend; werkgevers moeten een aanvraag indienen.',
        daysAgo: 200,
      },
      {
        by: 'jonas.hartmann',
        lang: 'de',
        title: 'Protokoll Arbeitsgruppe Grenzgänger, März 2026',
        fileName: 'Protokoll AG Grenzgänger 2026-03.txt',
        text: 'Protokoll der Arbeitsgruppe Grenzgänger\nMünster, 12. März 2026\n\n1. Stand der Anwendung der Rahmenvereinbarung zur Telearbeit\n2. Rückmeldungen der Arbeitgeber im Münsterland\n3. Nächste Schritte: Informationsblatt für Arbeitgeber (DE/NL)',
        daysAgo: 120,
      },
    ],
  },
  {
    key: 'nrw-ambulance',
    agenda: 'NL-NRW',
    theme: 'health-care',
    reporter: 'ERW',
    lang: 'de',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Grenzüberschreitender Rettungsdienst Kleve–Nijmegen',
    description:
      'Rettungswagen aus Kleve dürfen Patienten nur in Ausnahmefällen in das nächstgelegene Krankenhaus in Nijmegen bringen. Abrechnung, Haftung und Funkverkehr sind nicht geregelt.',
    whyToSolve: 'Im Notfall zählt jede Minute; der nächste Rettungswagen steht oft auf der anderen Seite der Grenze.',
    area: 'Kreis Kleve – Regio Nijmegen',
    months: 18,
    status: 'DECISION',
    age: 420,
    tr: { nl: { title: 'Grensoverschrijdende ambulancezorg Kleef–Nijmegen', description: 'Ambulances uit Kleef mogen patiënten alleen bij uitzondering naar het dichtstbijzijnde ziekenhuis in Nijmegen brengen.' } },
  },
  {
    key: 'nrw-medical-costs',
    agenda: 'NL-NRW',
    theme: 'health-care',
    reporter: 'BR-DUS',
    lang: 'de',
    type: 'ADMINISTRATIVE_PRACTICE',
    title: 'Erstattung von Behandlungskosten für niederländische und deutsche Patienten',
    description:
      'Patienten, die sich jenseits der Grenze behandeln lassen, warten oft Monate auf die Erstattung; die Krankenkassen verlangen unterschiedliche Nachweise.',
    whyToSolve: 'Patienten verzichten auf die nächstgelegene Behandlung, weil sie die Kosten vorstrecken müssen.',
    area: 'Regierungsbezirk Düsseldorf – Limburg und Gelderland',
    status: 'ADVICE',
    age: 300,
    revisedFrom: { description: 'Patienten, die sich jenseits der Grenze behandeln lassen, warten oft Monate auf die Erstattung.' },
    tr: { en: { title: 'Reimbursement of medical costs for Dutch and German patients', description: 'Patients treated across the border wait months for reimbursement.' } },
  },
  {
    key: 'nrw-minijobs',
    agenda: 'NL-NRW',
    theme: 'labour-market',
    reporter: 'LI-NL',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Duitse minijobs en Nederlandse uitkeringen',
    description: 'Wie met een Nederlandse uitkering een Duitse minijob aanneemt, krijgt te maken met verrekening waarvan de regels niet op elkaar aansluiten.',
    whyToSolve: 'Uitkeringsgerechtigden laten werk over de grens liggen uit angst voor terugvorderingen.',
    area: 'Zuid-Limburg – Kreis Heinsberg',
    status: 'IDENTIFICATION',
    age: 60,
  },
  {
    key: 'nrw-labour-migrants',
    agenda: 'NL-NRW',
    theme: 'labour-market',
    reporter: 'ERMN',
    lang: 'de',
    type: 'ADMINISTRATIVE_PRACTICE',
    title: 'Meldepflicht für Arbeitsmigranten mit Wohnsitz in den Niederlanden',
    description: 'Arbeitsmigranten, die in den Niederlanden wohnen und in Deutschland arbeiten, werden in keinem der beiden Melderegister vollständig erfasst.',
    whyToSolve: 'Ohne Meldung fehlen Krankenversicherung, Steuernummer und Schutz vor Ausbeutung.',
    area: 'Kreis Viersen – Venlo',
    status: 'SUBMITTED',
    age: 9,
  },
  {
    key: 'nrw-health-data',
    agenda: 'NL-NRW',
    theme: 'health-care',
    reporter: 'EMR',
    lang: 'en',
    type: 'LEGISLATION',
    title: 'GDPR limits on sharing public-health data across the border',
    description: 'Municipal health services on both sides may not share case data during outbreaks, because the legal bases for processing differ.',
    whyToSolve: 'During the pandemic, contact tracing stopped at the border.',
    area: 'Euregio Meuse-Rhine',
    status: 'ANALYSIS',
    age: 200,
    tr: { nl: { title: 'AVG-grenzen bij het delen van gezondheidsgegevens over de grens', machine: true } },
  },
  {
    key: 'nrw-teachers',
    agenda: 'NL-NRW',
    theme: 'education',
    reporter: 'NRW',
    lang: 'de',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Anerkennung von Lehrerdiplomen für grenzüberschreitend tätige Lehrkräfte',
    description: 'Niederländische Lehrkräfte, die Niederländisch an Schulen in NRW unterrichten wollen, durchlaufen ein langwieriges Anerkennungsverfahren.',
    whyToSolve: 'Nachbarsprachenunterricht scheitert am Lehrkräftemangel.',
    area: 'Nordrhein-Westfalen',
    status: 'CLOSED',
    outcome: 'SOLVED_ADMINISTRATIVE',
    reason: 'Die Bezirksregierungen erkennen seit dem Schuljahr 2025/26 ein verkürztes Verfahren an.',
    age: 600,
  },
  {
    key: 'nrw-ovchip',
    agenda: 'NL-NRW',
    theme: 'mobility',
    reporter: 'GLD',
    lang: 'nl',
    type: 'INFRASTRUCTURE',
    title: 'OV-chipkaart werkt niet op de lijn Arnhem–Emmerich',
    description: 'Reizigers kunnen in Emmerich niet inchecken met de OV-chipkaart of OVpay; aan Duitse zijde ontbreken palen.',
    whyToSolve: 'Pendelaars kopen twee kaartjes of reizen zonder geldig vervoersbewijs.',
    area: 'Arnhem – Zevenaar – Emmerich',
    status: 'ADVICE',
    age: 330,
    tr: { de: { title: 'OV-Chipkarte funktioniert nicht auf der Strecke Arnheim–Emmerich' } },
  },
  {
    key: 'nrw-alerting',
    agenda: 'NL-NRW',
    theme: 'safety',
    reporter: 'BR-MUE',
    lang: 'de',
    type: 'INFORMATION',
    title: 'Unterschiedliche Warnsysteme bei grenzüberschreitenden Katastrophen',
    description: 'NL-Alert und NINA/Cell Broadcast erreichen Menschen jenseits der Grenze nicht; bei einem Chemieunfall fehlen gemeinsame Warnungen.',
    whyToSolve: 'Die Hochwasser von 2021 haben gezeigt, wie schnell Gefahren die Grenze überschreiten.',
    area: 'Münsterland – Twente und Achterhoek',
    status: 'ANALYSIS',
    age: 150,
  },
  {
    key: 'nrw-organised-crime',
    agenda: 'NL-NRW',
    theme: 'safety',
    reporter: 'OV',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Informatie-uitwisseling over ondermijning tussen gemeenten over de grens',
    description: 'Gemeenten mogen signalen van georganiseerde criminaliteit niet met hun buurgemeente in Duitsland delen.',
    whyToSolve: 'Criminelen gebruiken de grens om vergunningen en controles te ontlopen.',
    area: 'Twente – Grafschaft Bentheim',
    status: 'IDENTIFICATION',
    age: 40,
  },
  {
    key: 'nrw-kinderzuschlag',
    agenda: 'NL-NRW',
    theme: 'labour-market',
    reporter: 'EUREGIO',
    lang: 'de',
    type: 'LEGISLATION',
    title: 'Kinderzuschlag und niederländisches Kindgebundenes Budget',
    description: 'Familien mit einem Elternteil in Deutschland und einem in den Niederlanden verlieren Leistungen, weil beide Systeme einander anrechnen.',
    whyToSolve: 'Betroffene Familien haben weniger als nach dem Recht eines der beiden Länder.',
    area: 'EUREGIO-Gebiet',
    status: 'DRAFT',
    age: 3,
  },
  {
    key: 'nrw-apprentices',
    agenda: 'NL-NRW',
    theme: 'education',
    reporter: 'EUREGIO',
    lang: 'nl',
    type: 'ADMINISTRATIVE_PRACTICE',
    title: 'Stages van mbo-studenten bij Duitse bedrijven',
    description: 'Mbo-scholen twijfelden of een stage bij een Duits leerbedrijf meetelt voor de beroepspraktijkvorming.',
    whyToSolve: 'Studenten missen leerplaatsen vlak over de grens.',
    area: 'Achterhoek – Kreis Borken',
    status: 'CLOSED',
    outcome: 'NO_OBSTACLE',
    reason: 'Een stage in Duitsland telt mee als het leerbedrijf door SBB is erkend; dat kan al. Informatie is verspreid via de Euregio.',
    age: 210,
  },
  // ------------------------------------------------------------------ NL-NDS
  {
    key: 'nds-hydrogen',
    agenda: 'NL-NDS',
    theme: 'energy',
    reporter: 'GR',
    lang: 'nl',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Vergunningen voor een waterstofleiding onder de Eems',
    description: 'Voor een waterstofleiding tussen Eemshaven en Emden gelden twee vergunningstelsels met verschillende termijnen en eisen aan de milieueffectrapportage.',
    whyToSolve: 'De leiding is nodig voor de verduurzaming van de industrie aan beide kanten van de Eems.',
    area: 'Eemshaven – Emden',
    months: 36,
    status: 'ANALYSIS',
    age: 280,
    tr: { de: { title: 'Genehmigungen für eine Wasserstoffleitung unter der Ems', machine: true } },
  },
  {
    key: 'nds-grid',
    agenda: 'NL-NDS',
    theme: 'energy',
    reporter: 'NDS',
    lang: 'de',
    type: 'LEGISLATION',
    title: 'Netzanschluss grenznaher Windparks an das niederländische Netz',
    description: 'Ein Windpark im Emsland darf nicht direkt an das nähere niederländische Netz angeschlossen werden.',
    whyToSolve: 'Lange Leitungen zum deutschen Netz verteuern und verzögern den Ausbau.',
    area: 'Emsland – Drenthe',
    status: 'ADVICE',
    age: 380,
    revisedFrom: { whyToSolve: 'Lange Leitungen verteuern den Ausbau.' },
    tr: {
      nl: { title: 'Netaansluiting van windparken bij de grens op het Nederlandse net', whyToSolve: 'Lange leidingen maken de uitbreiding duurder.' },
      en: { title: 'Connecting wind farms near the border to the Dutch grid', machine: true },
    },
  },
  {
    key: 'nds-eticket-leer',
    agenda: 'NL-NDS',
    theme: 'e-ticketing',
    reporter: 'EDR',
    lang: 'de',
    type: 'INFRASTRUCTURE',
    title: 'Ein Ticket für den Zug Groningen–Leer',
    description: 'Auf der Wunderline gibt es kein gemeinsames Ticket; Reisende kaufen einen niederländischen und einen deutschen Fahrschein.',
    whyToSolve: 'Die Strecke soll Pendler und Studierende verbinden, doch der Tarif schreckt ab.',
    area: 'Groningen – Bad Nieuweschans – Leer',
    status: 'DECISION',
    age: 500,
    tr: { nl: { title: 'Eén kaartje voor de trein Groningen–Leer' }, en: { title: 'One ticket for the Groningen–Leer train', machine: true } },
  },
  {
    key: 'nds-ovchip-poles',
    agenda: 'NL-NDS',
    theme: 'e-ticketing',
    reporter: 'DR',
    lang: 'nl',
    type: 'INFRASTRUCTURE',
    title: 'Incheckpalen van de OV-chipkaart over de grens',
    description: 'Nederlandse vervoerders willen palen plaatsen op Duitse haltes, maar de grondeigenaar en de vergunningverlener zijn onduidelijk.',
    whyToSolve: 'Zonder palen kunnen reizigers de grensoverschrijdende buslijn niet met hun pas gebruiken.',
    area: 'Emmen – Meppen',
    status: 'IDENTIFICATION',
    age: 35,
  },
  {
    key: 'nds-telework',
    agenda: 'NL-NDS',
    theme: 'labour-market-education',
    reporter: 'NDS',
    lang: 'de',
    type: 'LEGISLATION',
    title: 'Homeoffice-Grenze für Grenzpendler zwischen Niedersachsen und den Niederlanden',
    description: 'Die 25-%-Grenze der Sozialversicherungskoordinierung verhinderte Homeoffice für Grenzpendler.',
    whyToSolve: 'Arbeitgeber untersagten Homeoffice aus Angst vor niederländischer Beitragspflicht.',
    area: 'Niedersachsen – Groningen, Drenthe, Overijssel',
    status: 'CLOSED',
    outcome: 'SOLVED_LEGISLATIVE',
    reason: 'Das Rahmenübereinkommen von 2023 erlaubt bis zu 49,9 % Telearbeit; beide Staaten haben es unterzeichnet.',
    duplicateOf: undefined,
    age: 700,
  },
  {
    key: 'nds-care-workers',
    agenda: 'NL-NDS',
    theme: 'labour-market-education',
    reporter: 'FR',
    lang: 'nl',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Erkenning van diploma’s van zorgmedewerkers',
    description: 'Verzorgenden met een Nederlands mbo-diploma worden in Niedersachsen als ongeschoold ingedeeld.',
    whyToSolve: 'Beide kanten van de grens kampen met grote tekorten in de zorg.',
    area: 'Fryslân – Ostfriesland',
    status: 'SUBMITTED',
    age: 6,
  },
  {
    key: 'nds-waste',
    agenda: 'NL-NDS',
    theme: 'circular-economy',
    reporter: 'OV',
    lang: 'en',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Cross-border shipment of waste for recycling',
    description: 'Shipping sorted plastic waste to a recycler 20 km across the border requires the same notification procedure as an export to another continent.',
    whyToSolve: 'Regional recycling chains are cut in two by paperwork.',
    area: 'Twente – Emsland',
    status: 'ANALYSIS',
    age: 260,
  },
  {
    key: 'nds-end-of-waste',
    agenda: 'NL-NDS',
    theme: 'circular-economy',
    reporter: 'GR',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Verschillende einde-afvalstatus voor secundaire grondstoffen',
    description: 'Granulaat dat in Nederland geen afval meer is, geldt in Duitsland nog als afval.',
    whyToSolve: 'Bouwbedrijven kunnen gerecycled materiaal niet over de grens gebruiken.',
    area: 'Groningen – Landkreis Leer',
    status: 'ADVICE',
    age: 340,
  },
  {
    key: 'nds-vocational-school',
    agenda: 'NL-NDS',
    theme: 'labour-market-education',
    reporter: 'DR',
    lang: 'de',
    type: 'LEGISLATION',
    title: 'Zweisprachige Berufsschule Emmen–Meppen',
    description: 'Eine gemeinsame Berufsschulklasse scheitert daran, dass Abschlüsse nur nach einem Recht vergeben werden können.',
    whyToSolve: 'Junge Menschen sollen auf einem grenzüberschreitenden Arbeitsmarkt ausgebildet werden.',
    area: 'Emmen – Meppen',
    status: 'CLOSED',
    outcome: 'NOT_SOLVABLE',
    reason: 'Ein Doppelabschluss ist nach geltendem Recht nicht möglich; die Partner verfolgen stattdessen gegenseitige Anerkennung.',
    age: 650,
  },
  {
    key: 'nds-heat-network',
    agenda: 'NL-NDS',
    theme: 'energy',
    reporter: 'EUREGIO',
    lang: 'nl',
    type: 'INFRASTRUCTURE',
    title: 'Warmtenet over de grens bij Coevorden',
    description: 'Restwarmte van een Duits bedrijf zou een Nederlandse woonwijk kunnen verwarmen.',
    whyToSolve: 'Concept: nog aan te vullen met de betrokken gemeenten.',
    area: 'Coevorden – Emlichheim',
    status: 'DRAFT',
    age: 2,
  },
  {
    key: 'nds-bike-train',
    agenda: 'NL-NDS',
    theme: 'e-ticketing',
    reporter: 'EDR',
    lang: 'de',
    type: 'INFORMATION',
    title: 'Fahrradmitnahme im Grenzverkehr',
    description: 'Unterschiedliche Regeln für Fahrradkarten im Zug.',
    whyToSolve: 'Touristen und Pendler wissen nicht, welches Ticket gilt.',
    area: 'Ems Dollart Region',
    status: 'CLOSED',
    outcome: 'INCOMPLETE',
    reason: 'Die angeforderten Angaben zu Strecken und Zahlen wurden nicht geliefert.',
    age: 400,
  },
  // ------------------------------------------------------------------ NL-VL
  {
    key: 'vl-ambulance',
    agenda: 'NL-VL',
    theme: 'health-care',
    reporter: 'NB',
    lang: 'nl',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Aanrijtijden van ambulances bij Woensdrecht en Essen',
    description:
      'Een ambulance uit Essen (België) is in ongeveer 10 minuten bij inwoners van Woensdrecht; vanaf Nederlandse zijde duurt het rond de 40 minuten. Belgische ambulances mogen Nederlandse patiënten echter niet structureel helpen.',
    whyToSolve: 'De normtijd voor spoedeisende hulp wordt in dit grensgebied structureel overschreden.',
    impact: 'Ongeveer 22.000 inwoners van Woensdrecht en omgeving.',
    area: 'Woensdrecht – Essen – Kalmthout',
    months: 12,
    status: 'DECISION',
    age: 520,
    tr: { en: { title: 'Ambulance response times near Woensdrecht and Essen' } },
    comments: [{ by: 'koen.maes', lang: 'nl', body: 'De brandweerzone Rand is bereid mee te werken aan een proefproject.', daysAgo: 90 }],
  },
  {
    key: 'vl-pension-age',
    agenda: 'NL-VL',
    theme: 'labour-social-security',
    reporter: 'VLA',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Verschillende pensioenleeftijden (België 65, Nederland 67)',
    description: 'Grensarbeiders die in beide landen werkten, hebben tussen 65 en 67 een gat in hun inkomen, omdat de pensioenen op verschillende leeftijden ingaan.',
    whyToSolve: 'Oudere grensarbeiders komen tijdelijk zonder inkomen te zitten.',
    area: 'Vlaams-Nederlandse grensstreek',
    status: 'ANALYSIS',
    age: 310,
    tr: { de: { title: 'Unterschiedliches Rentenalter (Belgien 65, Niederlande 67)', machine: true } },
  },
  {
    key: 'vl-telework',
    agenda: 'NL-VL',
    theme: 'labour-social-security',
    reporter: 'ANT',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Telewerk van Vlaamse grensarbeiders in Nederland',
    description: 'Ook voor grensarbeiders tussen Vlaanderen en Nederland bepaalt de 25 %-grens welk socialezekerheidsstelsel geldt.',
    whyToSolve: 'Werkgevers in de haven van Antwerpen verbieden thuiswerk voor Nederlanders.',
    area: 'Antwerpen – West-Brabant',
    status: 'ADVICE',
    age: 230,
    revisedFrom: { title: 'Telewerk van grensarbeiders' },
    tr: { en: { title: 'Telework by cross-border workers', machine: true } },
  },
  {
    key: 'vl-bus-ticketing',
    agenda: 'NL-VL',
    theme: 'mobility',
    reporter: 'NB',
    lang: 'nl',
    type: 'INFRASTRUCTURE',
    title: 'Kaartverkoop op de buslijn Breda–Antwerpen',
    description: 'Op de grensoverschrijdende bus kun je niet met OVpay of de De Lijn-app betalen voor de hele rit.',
    whyToSolve: 'Reizigers kiezen de auto.',
    area: 'Breda – Hoogstraten – Antwerpen',
    status: 'IDENTIFICATION',
    age: 45,
  },
  {
    key: 'vl-nurses',
    agenda: 'NL-VL',
    theme: 'education',
    reporter: 'LI-BE',
    lang: 'nl',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Erkenning van Vlaamse verpleegkundigendiploma’s in Nederland',
    description: 'Vlaamse HBO5-verpleegkundigen worden in Nederland niet als verpleegkundige geregistreerd in het BIG-register.',
    whyToSolve: 'Limburgse ziekenhuizen kunnen Vlaamse verpleegkundigen niet inzetten.',
    area: 'Belgisch en Nederlands Limburg',
    status: 'SUBMITTED',
    age: 12,
  },
  {
    key: 'vl-drugs-baarle',
    agenda: 'NL-VL',
    theme: 'safety',
    reporter: 'NB',
    lang: 'nl',
    type: 'ADMINISTRATIVE_PRACTICE',
    title: 'Politiesamenwerking tegen drugshandel in Baarle',
    description: 'In Baarle-Nassau en Baarle-Hertog liggen de grenzen door huizen heen; agenten mogen niet zonder meer optreden op het grondgebied van het andere land.',
    whyToSolve: 'Drugscriminelen maken gebruik van de lappendeken van enclaves.',
    area: 'Baarle-Nassau – Baarle-Hertog',
    status: 'ANALYSIS',
    age: 190,
  },
  {
    key: 'vl-fire-brigade',
    agenda: 'NL-VL',
    theme: 'safety',
    reporter: 'OVL',
    lang: 'nl',
    type: 'ADMINISTRATIVE_RULE',
    title: 'Verzekering bij grensoverschrijdende brandweerhulp',
    description: 'Brandweerlieden die over de grens helpen, waren niet verzekerd voor ongevallen op het grondgebied van het buurland.',
    whyToSolve: 'Korpsen aarzelden bij grote branden bij Zelzate en Sas van Gent.',
    area: 'Kanaalzone Gent–Terneuzen',
    status: 'CLOSED',
    outcome: 'SOLVED_ADMINISTRATIVE',
    reason: 'Een aanvulling op het samenwerkingsprotocol regelt de verzekering sinds januari.',
    age: 480,
  },
  {
    key: 'vl-childcare',
    agenda: 'NL-VL',
    theme: 'labour-social-security',
    reporter: 'ZE',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Kinderopvangtoeslag voor kinderen in Vlaamse opvang',
    description: 'Ouders die in Zeeland wonen en hun kind in Vlaanderen laten opvangen, krijgen geen toeslag.',
    whyToSolve: 'De dichtstbijzijnde opvang ligt soms in België.',
    area: 'Zeeuws-Vlaanderen',
    status: 'CLOSED',
    outcome: 'WITHDRAWN',
    reason: 'De melder trekt het knelpunt in: het wordt meegenomen in het bredere dossier over toeslagen.',
    age: 260,
  },
  {
    key: 'vl-student-finance',
    agenda: 'NL-VL',
    theme: 'education',
    reporter: 'WVL',
    lang: 'nl',
    type: 'LEGISLATION',
    title: 'Studiefinanciering voor Nederlandse studenten aan Vlaamse scholen',
    description: 'Nederlandse jongeren die een Vlaamse graduaatsopleiding volgen, hebben geen recht op studiefinanciering.',
    whyToSolve: 'Opleidingen vlak over de grens blijven voor hen onbereikbaar.',
    area: 'West-Vlaanderen – Zeeuws-Vlaanderen',
    status: 'ADVICE',
    age: 270,
  },
  {
    key: 'vl-scheldt-ferry',
    agenda: 'NL-VL',
    theme: 'mobility',
    reporter: 'ZE',
    lang: 'en',
    type: 'INFORMATION',
    title: 'Scheldt ferry timetables missing from journey planners',
    description: 'The ferries across the Western Scheldt do not appear in Flemish journey planners.',
    whyToSolve: 'Draft: to be completed.',
    area: 'Vlissingen – Breskens',
    status: 'DRAFT',
    age: 1,
  },
  {
    key: 'vl-hospital-referrals',
    agenda: 'NL-VL',
    theme: 'health-care',
    reporter: 'LI-NL',
    lang: 'nl',
    type: 'ADMINISTRATIVE_PRACTICE',
    title: 'Verwijzingen tussen ziekenhuizen in Maastricht en Genk',
    description: 'Huisartsen wisten niet dat verwijzing naar Genk vergoed wordt.',
    whyToSolve: 'Patiënten reisden onnodig ver.',
    area: 'Maastricht – Genk',
    status: 'CLOSED',
    outcome: 'DUPLICATE',
    duplicateOf: 'vl-ambulance',
    reason: 'Wordt behandeld samen met de afspraken over grensoverschrijdende acute zorg.',
    age: 160,
  },
];

export const DEMO_ACTIONS: DemoAction[] = [
  // NL-NRW
  { key: 'a-kleve', bottlenecks: ['nrw-telework'], owner: 'ERW', lang: 'de', title: 'Grenzüberschreitendes Vermittlungsbüro in Kleve', description: 'Ein gemeinsames Büro der Agentur für Arbeit und des UWV berät Grenzgänger.', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'IN_PROGRESS', progress: 60, due: 45, age: 230, quietFor: 20, updates: [{ daysAgo: 120, progress: 30, lang: 'de', note: 'Räume angemietet, Personal benannt.' }, { daysAgo: 20, progress: 60, lang: 'de', note: 'Beratung läuft an zwei Tagen pro Woche.' }], tr: { nl: { title: 'Grensoverschrijdend arbeidsbemiddelingspunt in Kleef' } } },
  { key: 'a-telework-info', bottlenecks: ['nrw-telework'], owner: 'SZW', lang: 'nl', title: 'Voorlichting over het raamwerkakkoord telewerken', instrument: 'INFORMATION', priority: 'HIGH', status: 'IN_PROGRESS', progress: 40, due: -20, age: 200, quietFor: 75, updates: [{ daysAgo: 75, progress: 40, lang: 'nl', note: 'Factsheet in NL en DE opgesteld.' }] },
  { key: 'a-telework-a1', bottlenecks: ['nrw-telework'], owner: 'SZW', lang: 'nl', title: 'A1-verklaringen sneller afgeven bij telewerk', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'PLANNED', progress: 0, due: 120, age: 90, quietFor: 90 },
  { key: 'a-ambulance-pilot', bottlenecks: ['nrw-ambulance'], owner: 'VWS', lang: 'nl', title: 'Pilot grensoverschrijdende inzet ambulances Kleef–Nijmegen', instrument: 'PILOT', priority: 'HIGH', status: 'IN_PROGRESS', progress: 70, due: 60, age: 380, quietFor: 10, updates: [{ daysAgo: 200, progress: 30, lang: 'nl', note: 'Convenant in concept.' }, { daysAgo: 10, progress: 70, lang: 'nl', note: 'Meldkamers hebben de werkwijze getest.' }] },
  { key: 'a-ambulance-radio', bottlenecks: ['nrw-ambulance'], owner: 'BR-DUS', lang: 'de', title: 'Gemeinsame Funkgruppe der Leitstellen', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'DONE', progress: 100, due: -100, age: 400, quietFor: 110 },
  { key: 'a-medical-costs', bottlenecks: ['nrw-medical-costs'], owner: 'VWS', lang: 'nl', title: 'Eén formulier voor terugbetaling zorgkosten over de grens', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'ON_HOLD', progress: 25, due: 30, age: 260, quietFor: 100, reason: 'Wacht op de nieuwe EU-regels voor zorg over de grens.' },
  { key: 'a-health-data', bottlenecks: ['nrw-health-data'], owner: 'VWS', lang: 'en', title: 'Data-sharing agreement between public health services', instrument: 'TREATY', status: 'IN_PROGRESS', progress: 20, due: -45, age: 180, quietFor: 95, updates: [{ daysAgo: 95, progress: 20, lang: 'en', note: 'Legal advice requested from both ministries.' }] },
  { key: 'a-ovchip-emmerich', bottlenecks: ['nrw-ovchip'], owner: 'IENW', lang: 'nl', title: 'Incheckpalen in Emmerich plaatsen', instrument: 'FUNDING', status: 'PLANNED', progress: 0, due: 200, age: 120, quietFor: 120 },
  { key: 'a-ovpay', bottlenecks: ['nrw-ovchip'], owner: 'GLD', ownerUser: 'anna.degroot', lang: 'nl', title: 'OVpay op de grenslijn laten werken', instrument: 'PILOT', status: 'IN_PROGRESS', progress: 35, due: 90, age: 150, quietFor: 30, updates: [{ daysAgo: 30, progress: 35, lang: 'nl', note: 'Arriva en VRR zijn akkoord over de tariefafspraken.' }] },
  { key: 'a-disaster-network', bottlenecks: ['nrw-alerting'], owner: 'BR-MUE', ownerUser: 'jonas.hartmann', lang: 'de', title: 'Expertennetzwerk für grenzüberschreitenden Katastrophenschutz', instrument: 'INFORMATION', status: 'IN_PROGRESS', progress: 55, due: 20, age: 140, quietFor: 15, updates: [{ daysAgo: 15, progress: 55, lang: 'de', note: 'Zweites Netzwerktreffen in Enschede; Übung geplant.' }] },
  { key: 'a-cell-broadcast', bottlenecks: ['nrw-alerting'], owner: 'JENV', lang: 'nl', title: 'NL-Alert en Cell Broadcast afstemmen in de grensstrook', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'PLANNED', progress: 0, due: -5, age: 100, quietFor: 100 },
  { key: 'a-euriec', bottlenecks: ['nrw-organised-crime'], owner: 'JENV', lang: 'nl', title: 'Informatiebijeenkomsten over georganiseerde criminaliteit (EURIEC)', instrument: 'INFORMATION', status: 'DONE', progress: 100, due: -30, age: 35, quietFor: 32 },
  { key: 'a-teachers', bottlenecks: ['nrw-teachers'], owner: 'NRW', ownerUser: 'katrin.schulz', lang: 'de', title: 'Verkürztes Anerkennungsverfahren für Lehrkräfte', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'DONE', progress: 100, due: -200, age: 560, quietFor: 210 },
  { key: 'a-contact-point', bottlenecks: ['nrw-teachers'], owner: 'OCW', lang: 'nl', title: 'Euregionaal onderwijsloket in elke Euregio', description: 'Afgesproken op de Grenslandconferentie: een loket per Euregio, in te richten vóór het najaar van 2024.', instrument: 'INFORMATION', priority: 'HIGH', status: 'IN_PROGRESS', progress: 75, due: -390, age: 590, quietFor: 70, updates: [{ daysAgo: 400, progress: 50, lang: 'nl', note: 'Loketten EUREGIO en Rijn-Waal geopend.' }, { daysAgo: 70, progress: 75, lang: 'nl', note: 'Loket Maas-Rijn open; rijn-maas-noord volgt.' }] },
  { key: 'a-minijobs', bottlenecks: ['nrw-minijobs'], owner: 'LI-NL', lang: 'nl', title: 'Rekenvoorbeelden minijob en uitkering', instrument: 'INFORMATION', status: 'PLANNED', progress: 0, due: 75, age: 50, quietFor: 50 },
  { key: 'a-medical-guide', bottlenecks: ['nrw-medical-costs'], owner: 'BR-DUS', lang: 'de', title: 'Leitfaden für Patienten zur Kostenerstattung', instrument: 'INFORMATION', status: 'CANCELLED', progress: 10, due: 10, age: 250, quietFor: 150, reason: 'Wird durch das gemeinsame Formular ersetzt.' },
  // NL-NDS
  { key: 'a-hydrogen-permits', bottlenecks: ['nds-hydrogen'], owner: 'EZ', lang: 'nl', title: 'Gezamenlijke vergunningsprocedure waterstofleiding', instrument: 'DEVIATION_CLAUSE', priority: 'HIGH', status: 'IN_PROGRESS', progress: 45, due: 150, age: 250, quietFor: 25, updates: [{ daysAgo: 25, progress: 45, lang: 'nl', note: 'Afspraken over één gezamenlijke MER gemaakt.' }], tr: { de: { title: 'Gemeinsames Genehmigungsverfahren für die Wasserstoffleitung', machine: true } } },
  { key: 'a-hydrogen-route', bottlenecks: ['nds-hydrogen'], owner: 'NDS', ownerUser: 'frauke.meyer', lang: 'de', title: 'Trassenkorridor unter der Ems festlegen', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'IN_PROGRESS', progress: 30, due: -10, age: 240, quietFor: 80, updates: [{ daysAgo: 80, progress: 30, lang: 'de', note: 'Drei Varianten untersucht.' }] },
  { key: 'a-grid-study', bottlenecks: ['nds-grid'], owner: 'EZ', lang: 'nl', title: 'Verkenning grensoverschrijdende netaansluiting', instrument: 'PILOT', status: 'DONE', progress: 100, due: -60, age: 350, quietFor: 65 },
  { key: 'a-grid-law', bottlenecks: ['nds-grid'], owner: 'NDS', lang: 'de', title: 'Experimentierklausel im Energiewirtschaftsrecht prüfen', instrument: 'DEVIATION_CLAUSE', status: 'PLANNED', progress: 0, due: 180, age: 60, quietFor: 60 },
  { key: 'a-wunderline-ticket', bottlenecks: ['nds-eticket-leer'], owner: 'IENW', lang: 'nl', title: 'Gezamenlijk tarief op de Wunderline', instrument: 'TREATY', priority: 'HIGH', status: 'IN_PROGRESS', progress: 80, due: 40, age: 450, quietFor: 12, updates: [{ daysAgo: 300, progress: 40, lang: 'nl', note: 'Tariefmodel akkoord bij Arriva en DB.' }, { daysAgo: 12, progress: 80, lang: 'nl', note: 'Verkoop via beide apps getest.' }] },
  { key: 'a-wunderline-app', bottlenecks: ['nds-eticket-leer'], owner: 'EDR', lang: 'de', title: 'Fahrkarten in beiden Apps verkaufen', instrument: 'PILOT', status: 'IN_PROGRESS', progress: 50, due: 30, age: 200, quietFor: 40 },
  { key: 'a-poles-drenthe', bottlenecks: ['nds-ovchip-poles'], owner: 'DR', lang: 'nl', title: 'Grondeigenaren van grenshaltes in kaart brengen', instrument: 'INFORMATION', status: 'PLANNED', progress: 0, due: 50, age: 30, quietFor: 30 },
  { key: 'a-framework', bottlenecks: ['nds-telework'], owner: 'SZW', lang: 'nl', title: 'Raamwerkakkoord telewerken ondertekenen', instrument: 'TREATY', status: 'DONE', progress: 100, due: -400, age: 680, quietFor: 400 },
  { key: 'a-waste-notification', bottlenecks: ['nds-waste'], owner: 'IENW', lang: 'en', title: 'Simplified notification for regional recycling shipments', instrument: 'DEVIATION_CLAUSE', status: 'IN_PROGRESS', progress: 15, due: 100, age: 220, quietFor: 110, updates: [{ daysAgo: 110, progress: 15, lang: 'en', note: 'Discussed with the European Commission.' }] },
  { key: 'a-waste-pilot', bottlenecks: ['nds-waste', 'nds-end-of-waste'], owner: 'OV', lang: 'nl', title: 'Proef met een grensregio-recyclingketen', instrument: 'PILOT', status: 'ON_HOLD', progress: 10, due: 90, age: 180, quietFor: 130, reason: 'Wacht op de uitkomst van de notificatieprocedure.' },
  { key: 'a-end-of-waste', bottlenecks: ['nds-end-of-waste'], owner: 'IENW', lang: 'nl', title: 'Wederzijdse erkenning van einde-afvalverklaringen', instrument: 'TREATY', status: 'IN_PROGRESS', progress: 25, due: -15, age: 300, quietFor: 55 },
  { key: 'a-vocational', bottlenecks: ['nds-vocational-school'], owner: 'OCW', lang: 'nl', title: 'Onderzoek naar een dubbeldiploma', instrument: 'LAW_AMENDMENT', status: 'CANCELLED', progress: 30, due: -300, age: 600, quietFor: 320, reason: 'Juridisch niet haalbaar gebleken.' },
  { key: 'a-care-workers', bottlenecks: ['nds-care-workers', 'nds-vocational-school'], owner: 'FR', lang: 'nl', title: 'Vergelijking van zorgopleidingen NL–NDS', instrument: 'INFORMATION', status: 'PLANNED', progress: 0, due: 110, age: 5, quietFor: 5 },
  // NL-VL
  { key: 'a-ambulance-essen', bottlenecks: ['vl-ambulance'], owner: 'VWS', lang: 'nl', title: 'Afspraken over inzet Belgische ambulances in Woensdrecht', instrument: 'TREATY', priority: 'HIGH', status: 'IN_PROGRESS', progress: 65, due: 25, age: 480, quietFor: 18, updates: [{ daysAgo: 300, progress: 30, lang: 'nl', note: 'Principeakkoord tussen de ministers.' }, { daysAgo: 18, progress: 65, lang: 'nl', note: 'Conceptovereenkomst voor de meldkamers ligt klaar.' }] },
  { key: 'a-ambulance-deviation', bottlenecks: ['vl-ambulance'], owner: 'NB', ownerUser: undefined, lang: 'nl', title: 'Experimenteerbepaling acute zorg in de grensstreek', description: 'Afwijken van de regels in het grensgebied in plaats van de regels zelf te wijzigen.', instrument: 'DEVIATION_CLAUSE', status: 'PLANNED', progress: 0, due: 140, age: 100, quietFor: 100 },
  { key: 'a-pension-gap', bottlenecks: ['vl-pension-age'], owner: 'SZW', lang: 'nl', title: 'Overbruggingsregeling voor grensarbeiders tussen 65 en 67', instrument: 'LAW_AMENDMENT', status: 'IN_PROGRESS', progress: 20, due: -60, age: 280, quietFor: 90, updates: [{ daysAgo: 90, progress: 20, lang: 'nl', note: 'Omvang van de groep in beeld gebracht.' }] },
  { key: 'a-pension-info', bottlenecks: ['vl-pension-age'], owner: 'VLA', ownerUser: 'lotte.peeters', lang: 'nl', title: 'Pensioenspreekuren voor grensarbeiders', instrument: 'INFORMATION', status: 'IN_PROGRESS', progress: 50, due: 35, age: 200, quietFor: 22 },
  { key: 'a-telework-vl', bottlenecks: ['vl-telework'], owner: 'SZW', lang: 'nl', title: 'Raamwerkakkoord telewerken ook voor België toepassen', instrument: 'TREATY', status: 'IN_PROGRESS', progress: 60, due: 15, age: 210, quietFor: 45 },
  { key: 'a-bus-breda', bottlenecks: ['vl-bus-ticketing'], owner: 'IENW', lang: 'nl', title: 'Gemeenschappelijk betaalsysteem op grensbussen', instrument: 'PILOT', status: 'PLANNED', progress: 0, due: 160, age: 40, quietFor: 40 },
  { key: 'a-nurses', bottlenecks: ['vl-nurses'], owner: 'VWS', lang: 'nl', title: 'Toetsingskader BIG-registratie voor Vlaamse verpleegkundigen', instrument: 'ADMINISTRATIVE_PRACTICE', status: 'PLANNED', progress: 0, due: 90, age: 10, quietFor: 10 },
  { key: 'a-baarle', bottlenecks: ['vl-drugs-baarle'], owner: 'JENV', lang: 'nl', title: 'Gezamenlijke patrouilles in Baarle', instrument: 'TREATY', status: 'IN_PROGRESS', progress: 40, due: -25, age: 170, quietFor: 85, updates: [{ daysAgo: 85, progress: 40, lang: 'nl', note: 'Wederzijdse bevoegdheden beschreven in een uitvoeringsregeling.' }] },
  { key: 'a-fire-protocol', bottlenecks: ['vl-fire-brigade'], owner: 'OVL', lang: 'nl', title: 'Aanvulling samenwerkingsprotocol brandweer', instrument: 'TREATY', status: 'DONE', progress: 100, due: -120, age: 450, quietFor: 125 },
  { key: 'a-student-finance', bottlenecks: ['vl-student-finance'], owner: 'OCW', lang: 'nl', title: 'Studiefinanciering meeneembaar maken voor graduaatsopleidingen', instrument: 'LAW_AMENDMENT', status: 'ON_HOLD', progress: 15, due: 200, age: 240, quietFor: 140, reason: 'Afhankelijk van de herziening van de Wet studiefinanciering.' },
  { key: 'a-student-info', bottlenecks: ['vl-student-finance'], owner: 'WVL', lang: 'nl', title: 'Informatie over studeren over de grens', instrument: 'INFORMATION', status: 'DONE', progress: 100, due: -40, age: 200, quietFor: 45 },
  { key: 'a-childcare', bottlenecks: ['vl-childcare'], owner: 'ZE', lang: 'nl', title: 'Inventarisatie opvang over de grens', instrument: 'INFORMATION', status: 'CANCELLED', progress: 20, due: 0, age: 250, quietFor: 120, reason: 'Knelpunt ingetrokken.' },
];

export const DEMO_ASSIGNMENTS: DemoAssignment[] = [
  { bottleneck: 'nrw-telework', ministry: 'SZW', lang: 'nl', question: 'Past de SVB het raamwerkakkoord telewerken (tot 49,9 %) al toe voor grensarbeiders met een Duitse werkgever?', status: 'ANSWERED', age: 150, due: -122, answers: [{ lang: 'nl', text: 'Ja, sinds 1 juli 2023, op aanvraag van werkgever en werknemer. Wij verspreiden een factsheet.', review: 'PENDING', daysAgo: 4 }] },
  { bottleneck: 'nrw-telework', ministry: 'FIN', lang: 'nl', question: 'Welke gevolgen heeft meer thuiswerk voor de verdeling van de belastingheffing onder het belastingverdrag?', status: 'OPEN', age: 40, due: -12 },
  { bottleneck: 'nrw-ambulance', ministry: 'VWS', lang: 'de', question: 'Ist das Ministerium bereit, die Abrechnung grenzüberschreitender Rettungseinsätze über die Krankenversicherer zu regeln?', status: 'ACCEPTED', age: 300, due: -272, answers: [{ lang: 'nl', text: 'Ja. VWS stelt samen met Zorgverzekeraars Nederland een regeling op voor de pilot.', review: 'ACCEPTED', daysAgo: 260 }] },
  { bottleneck: 'nrw-medical-costs', ministry: 'VWS', lang: 'de', question: 'Können die Erstattungsformulare beider Länder vereinheitlicht werden?', status: 'RETURNED', age: 120, due: 10, answers: [{ lang: 'nl', text: 'Dat is een zaak van de verzekeraars.', review: 'RETURNED', returnReason: 'Bitte konkret angeben, welche Schritte das Ministerium gegenüber den Versicherern unternimmt.', daysAgo: 50 }] },
  { bottleneck: 'nrw-health-data', ministry: 'VWS', lang: 'en', question: 'Is there a legal basis under the Public Health Act to share outbreak data with German health authorities?', status: 'OPEN', age: 20, due: 8 },
  { bottleneck: 'nrw-alerting', ministry: 'JENV', lang: 'de', question: 'Kann NL-Alert auf deutschem Gebiet in Grenznähe ausgelöst werden?', status: 'ANSWERED', age: 90, due: -62, answers: [{ lang: 'nl', text: 'Technisch reikt NL-Alert enkele kilometers over de grens; juridisch is afstemming met Duitsland nodig.', review: 'PENDING', daysAgo: 30 }] },
  { bottleneck: 'nrw-organised-crime', ministry: 'JENV', lang: 'nl', question: 'Biedt de Wet gegevensverwerking door samenwerkingsverbanden ruimte voor uitwisseling met Duitse gemeenten?', status: 'OPEN', age: 30, due: -2 },
  { bottleneck: 'nrw-ovchip', ministry: 'IENW', lang: 'nl', question: 'Kan IenW bijdragen aan de kosten van incheckpalen op Duitse stations?', status: 'WITHDRAWN', age: 200, due: -172, reason: 'Vervangen door de vraag over OVpay.' },
  { bottleneck: 'nrw-minijobs', ministry: 'SZW', lang: 'nl', question: 'Hoe wordt inkomen uit een Duitse minijob verrekend met een WW-uitkering?', status: 'OPEN', age: 10, due: 18 },
  { bottleneck: 'nds-hydrogen', ministry: 'EZ', lang: 'nl', question: 'Is EZ bereit een gezamenlijke vergunningsprocedure met Niedersachsen te starten?', status: 'ACCEPTED', age: 200, due: -172, answers: [{ lang: 'nl', text: 'Ja, EZ trekt dit samen met het Niedersächsische Umweltministerium.', review: 'ACCEPTED', daysAgo: 180 }] },
  { bottleneck: 'nds-grid', ministry: 'EZ', lang: 'de', question: 'Erlaubt das niederländische Recht den Anschluss eines deutschen Windparks an das niederländische Netz?', status: 'ANSWERED', age: 60, due: -32, answers: [{ lang: 'nl', text: 'Niet zonder wetswijziging; een experimenteerbepaling is denkbaar.', review: 'PENDING', daysAgo: 15 }] },
  { bottleneck: 'nds-eticket-leer', ministry: 'IENW', lang: 'de', question: 'Finanziert das Ministerium die Einführung eines gemeinsamen Tarifs mit?', status: 'ACCEPTED', age: 400, due: -372, answers: [{ lang: 'nl', text: 'IenW draagt bij uit de middelen voor grensoverschrijdend spoor.', review: 'ACCEPTED', daysAgo: 380 }] },
  { bottleneck: 'nds-waste', ministry: 'IENW', lang: 'en', question: 'Can regional recycling shipments be exempted from full notification under the Waste Shipment Regulation?', status: 'RETURNED', age: 100, due: 5, answers: [{ lang: 'en', text: 'We are looking into it.', review: 'RETURNED', returnReason: 'Please say by when and with whom.', daysAgo: 40 }] },
  { bottleneck: 'nds-end-of-waste', ministry: 'IENW', lang: 'nl', question: 'Kan een Nederlandse einde-afvalverklaring in Duitsland worden erkend?', status: 'OPEN', age: 50, due: -22 },
  { bottleneck: 'nds-care-workers', ministry: 'OCW', lang: 'nl', question: 'Welke mbo-zorgopleidingen zijn vergelijkbaar met de Duitse Pflegefachassistenz?', status: 'OPEN', age: 4, due: 24 },
  { bottleneck: 'vl-ambulance', ministry: 'VWS', lang: 'nl', question: 'Onder welke voorwaarden mogen Belgische ambulances structureel in Woensdrecht worden ingezet?', status: 'ACCEPTED', age: 400, due: -372, answers: [{ lang: 'nl', text: 'Met een verdrag of uitvoeringsafspraak tussen de meldkamers en een regeling voor aansprakelijkheid.', review: 'ACCEPTED', daysAgo: 350 }] },
  { bottleneck: 'vl-pension-age', ministry: 'SZW', lang: 'nl', question: 'Hoeveel grensarbeiders hebben te maken met het gat tussen 65 en 67 jaar?', status: 'ANSWERED', age: 80, due: -52, answers: [{ lang: 'nl', text: 'Naar schatting 1.800 personen per jaar.', review: 'PENDING', daysAgo: 6 }] },
  { bottleneck: 'vl-student-finance', ministry: 'OCW', lang: 'nl', question: 'Kan studiefinanciering worden meegenomen naar Vlaamse graduaatsopleidingen?', status: 'RETURNED', age: 150, due: 14, answers: [{ lang: 'nl', text: 'Dat vergt een wetswijziging.', review: 'RETURNED', returnReason: 'Graag aangeven of OCW die wetswijziging wil voorbereiden.', daysAgo: 20 }] },
  { bottleneck: 'vl-drugs-baarle', ministry: 'JENV', lang: 'nl', question: 'Is een uitvoeringsregeling voor gezamenlijke patrouilles in Baarle mogelijk onder het Benelux-politieverdrag?', status: 'OPEN', age: 35, due: -7 },
  { bottleneck: 'vl-nurses', ministry: 'VWS', lang: 'nl', question: 'Kunnen Vlaamse HBO5-verpleegkundigen onder voorwaarden in het BIG-register worden ingeschreven?', status: 'WITHDRAWN', age: 8, due: 20, reason: 'Eerst de triage afronden.' },
];

/** Links the secretariat laid between bottlenecks: [from, to, type]. */
export const DEMO_LINKS: Array<[string, string, BottleneckLinkType]> = [
  ['nrw-telework', 'nds-telework', 'SAME_OBSTACLE_OTHER_BORDER'],
  ['vl-telework', 'nrw-telework', 'SAME_OBSTACLE_OTHER_BORDER'],
  ['vl-ambulance', 'nrw-ambulance', 'SAME_OBSTACLE_OTHER_BORDER'],
  ['nds-ovchip-poles', 'nrw-ovchip', 'RELATED'],
  ['nds-end-of-waste', 'nds-waste', 'RELATED'],
  ['nrw-medical-costs', 'nrw-health-data', 'RELATED'],
];
