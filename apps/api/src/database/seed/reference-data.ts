import { Country, LocalizedNames, OrganisationKind } from '@grensportaal/shared-domain';

/**
 * The reference data of domain.md: the organisations, the three agendas with
 * their partners and themes. Codes are stable identifiers (users' tokens carry
 * the organisation code), names are in nl/de/en.
 */
export interface OrganisationSeed {
  code: string;
  kind: OrganisationKind;
  country: Country;
  names: LocalizedNames;
}

export interface AgendaSeed {
  code: string;
  referencePrefix: string;
  sortOrder: number;
  names: LocalizedNames;
  descriptions: LocalizedNames;
  steeringOrganisation: string;
  partners: string[];
  themes: Array<{ code: string; names: LocalizedNames }>;
}

const same = (name: string): LocalizedNames => ({ nl: name, de: name, en: name });

export const ORGANISATIONS: OrganisationSeed[] = [
  { code: 'BZK', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', de: 'Ministerium des Innern und für Königreichsbeziehungen', en: 'Ministry of the Interior and Kingdom Relations' } },
  { code: 'SZW', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Sociale Zaken en Werkgelegenheid', de: 'Ministerium für Soziales und Beschäftigung', en: 'Ministry of Social Affairs and Employment' } },
  { code: 'VWS', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Volksgezondheid, Welzijn en Sport', de: 'Ministerium für Gesundheit, Gemeinwohl und Sport', en: 'Ministry of Health, Welfare and Sport' } },
  { code: 'OCW', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Onderwijs, Cultuur en Wetenschap', de: 'Ministerium für Bildung, Kultur und Wissenschaft', en: 'Ministry of Education, Culture and Science' } },
  { code: 'IENW', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Infrastructuur en Waterstaat', de: 'Ministerium für Infrastruktur und Wasserwirtschaft', en: 'Ministry of Infrastructure and Water Management' } },
  { code: 'LVVN', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur', de: 'Ministerium für Landwirtschaft, Fischerei, Ernährungssicherheit und Natur', en: 'Ministry of Agriculture, Fisheries, Food Security and Nature' } },
  { code: 'FIN', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Financiën', de: 'Finanzministerium', en: 'Ministry of Finance' } },
  { code: 'JENV', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Justitie en Veiligheid', de: 'Ministerium für Justiz und Sicherheit', en: 'Ministry of Justice and Security' } },
  { code: 'EZ', kind: 'MINISTRY', country: 'NL', names: { nl: 'Ministerie van Economische Zaken', de: 'Ministerium für Wirtschaft', en: 'Ministry of Economic Affairs' } },
  { code: 'NRW', kind: 'GERMAN_STATE', country: 'DE', names: { nl: 'Staatskanselarij van Noordrijn-Westfalen', de: 'Staatskanzlei des Landes Nordrhein-Westfalen', en: 'State Chancellery of North Rhine-Westphalia' } },
  { code: 'NDS', kind: 'GERMAN_STATE', country: 'DE', names: { nl: 'Staatskanselarij van Nedersaksen', de: 'Niedersächsische Staatskanzlei', en: 'Lower Saxony State Chancellery' } },
  { code: 'BR-DUS', kind: 'BEZIRKSREGIERUNG', country: 'DE', names: same('Bezirksregierung Düsseldorf') },
  { code: 'BR-KOE', kind: 'BEZIRKSREGIERUNG', country: 'DE', names: same('Bezirksregierung Köln') },
  { code: 'BR-MUE', kind: 'BEZIRKSREGIERUNG', country: 'DE', names: same('Bezirksregierung Münster') },
  { code: 'GLD', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Gelderland', de: 'Provinz Gelderland', en: 'Province of Gelderland' } },
  { code: 'OV', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Overijssel', de: 'Provinz Overijssel', en: 'Province of Overijssel' } },
  { code: 'LI-NL', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Limburg', de: 'Provinz Limburg (NL)', en: 'Province of Limburg (NL)' } },
  { code: 'GR', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Groningen', de: 'Provinz Groningen', en: 'Province of Groningen' } },
  { code: 'DR', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Drenthe', de: 'Provinz Drenthe', en: 'Province of Drenthe' } },
  { code: 'FR', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Fryslân', de: 'Provinz Fryslân', en: 'Province of Fryslân' } },
  { code: 'ZE', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Zeeland', de: 'Provinz Zeeland', en: 'Province of Zeeland' } },
  { code: 'NB', kind: 'PROVINCE', country: 'NL', names: { nl: 'Provincie Noord-Brabant', de: 'Provinz Nordbrabant', en: 'Province of North Brabant' } },
  { code: 'VLA', kind: 'FLEMISH_GOVERNMENT', country: 'BE', names: { nl: 'Vlaamse overheid', de: 'Flämische Regierung', en: 'Flemish Government' } },
  { code: 'WVL', kind: 'FLEMISH_PROVINCE', country: 'BE', names: { nl: 'Provincie West-Vlaanderen', de: 'Provinz Westflandern', en: 'Province of West Flanders' } },
  { code: 'OVL', kind: 'FLEMISH_PROVINCE', country: 'BE', names: { nl: 'Provincie Oost-Vlaanderen', de: 'Provinz Ostflandern', en: 'Province of East Flanders' } },
  { code: 'ANT', kind: 'FLEMISH_PROVINCE', country: 'BE', names: { nl: 'Provincie Antwerpen', de: 'Provinz Antwerpen', en: 'Province of Antwerp' } },
  { code: 'LI-BE', kind: 'FLEMISH_PROVINCE', country: 'BE', names: { nl: 'Provincie Limburg (België)', de: 'Provinz Limburg (BE)', en: 'Province of Limburg (BE)' } },
  { code: 'EUREGIO', kind: 'EUREGIO', country: 'DE', names: same('EUREGIO') },
  { code: 'ERW', kind: 'EUREGIO', country: 'DE', names: same('Euregio Rhein-Waal') },
  { code: 'ERMN', kind: 'EUREGIO', country: 'DE', names: same('euregio rhein-maas-nord') },
  { code: 'EMR', kind: 'EUREGIO', country: 'BE', names: { nl: 'Euregio Maas-Rijn', de: 'Euregio Maas-Rhein', en: 'Euregio Meuse-Rhine' } },
  { code: 'EDR', kind: 'EUREGIO', country: 'NL', names: same('Ems Dollart Region') },
];

export const AGENDAS: AgendaSeed[] = [
  {
    code: 'NL-NRW',
    referencePrefix: 'NRW',
    sortOrder: 1,
    names: {
      nl: 'Grenslandagenda Nederland–Nordrhein-Westfalen',
      de: 'Grenzlandagenda Niederlande–Nordrhein-Westfalen',
      en: 'Border Region Agenda Netherlands–North Rhine-Westphalia',
    },
    descriptions: {
      nl: 'Jaarlijks vastgesteld op de Grenslandconferentie; werkt aan arbeidsmarkt, onderwijs, mobiliteit, veiligheid en zorg langs de grens met Nordrhein-Westfalen.',
      de: 'Jährlich auf der Grenzlandkonferenz beschlossen; befasst sich mit Arbeitsmarkt, Bildung, Mobilität, Sicherheit und Gesundheitsversorgung an der Grenze zu Nordrhein-Westfalen.',
      en: 'Adopted every year at the Border Conference; covers labour market, education, mobility, safety and health care along the border with North Rhine-Westphalia.',
    },
    steeringOrganisation: 'GLD',
    partners: ['BZK', 'NRW', 'BR-DUS', 'BR-KOE', 'BR-MUE', 'GLD', 'OV', 'LI-NL', 'EUREGIO', 'ERW', 'ERMN', 'EMR'],
    themes: [
      { code: 'labour-market', names: { nl: 'Arbeidsmarkt', de: 'Arbeitsmarkt', en: 'Labour market' } },
      { code: 'education', names: { nl: 'Onderwijs', de: 'Bildung', en: 'Education' } },
      { code: 'mobility', names: { nl: 'Mobiliteit', de: 'Mobilität', en: 'Mobility' } },
      { code: 'safety', names: { nl: 'Veiligheid', de: 'Sicherheit', en: 'Safety' } },
      { code: 'health-care', names: { nl: 'Zorg', de: 'Gesundheitsversorgung', en: 'Health care' } },
    ],
  },
  {
    code: 'NL-NDS',
    referencePrefix: 'NDS',
    sortOrder: 2,
    names: {
      nl: 'Samenwerkingsagenda Noordoost-Nederland–Niedersachsen',
      de: 'Kooperationsagenda Nordost-Niederlande–Niedersachsen',
      en: 'Cooperation Agenda North-East Netherlands–Lower Saxony',
    },
    descriptions: {
      nl: 'De samenwerking van Groningen, Drenthe, Fryslân en Overijssel met Niedersachsen, in themagroepen voor energie, arbeidsmarkt en onderwijs, e-ticketing en circulaire economie.',
      de: 'Die Zusammenarbeit von Groningen, Drenthe, Fryslân und Overijssel mit Niedersachsen, in Themengruppen zu Energie, Arbeitsmarkt und Bildung, E-Ticketing und Kreislaufwirtschaft.',
      en: 'The cooperation of Groningen, Drenthe, Fryslân and Overijssel with Lower Saxony, in theme groups on energy, labour market and education, e-ticketing and the circular economy.',
    },
    steeringOrganisation: 'OV',
    partners: ['BZK', 'NDS', 'GR', 'DR', 'FR', 'OV', 'EDR', 'EUREGIO'],
    themes: [
      { code: 'energy', names: { nl: 'Energie', de: 'Energie', en: 'Energy' } },
      { code: 'labour-market-education', names: { nl: 'Arbeidsmarkt en onderwijs', de: 'Arbeitsmarkt und Bildung', en: 'Labour market and education' } },
      { code: 'e-ticketing', names: { nl: 'E-ticketing (mobiliteit)', de: 'E-Ticketing (Mobilität)', en: 'E-ticketing (mobility)' } },
      { code: 'circular-economy', names: { nl: 'Circulaire economie', de: 'Kreislaufwirtschaft', en: 'Circular economy' } },
    ],
  },
  {
    code: 'NL-VL',
    referencePrefix: 'VL',
    sortOrder: 3,
    names: {
      nl: 'Vlaams-Nederlandse acties tegen grensbelemmeringen (werkgroep Donner-Berx)',
      de: 'Flämisch-niederländische Maßnahmen gegen Grenzhindernisse (Arbeitsgruppe Donner-Berx)',
      en: 'Flemish–Dutch actions on border bottlenecks (Donner-Berx working group)',
    },
    descriptions: {
      nl: 'De acties van de Vlaams-Nederlandse bestuurlijke werkgroep grensbelemmeringen. Leidend idee: in grensgebieden afwijken van regels toestaan in plaats van de regels zelf te wijzigen.',
      de: 'Die Maßnahmen der flämisch-niederländischen Arbeitsgruppe zu Grenzhindernissen. Leitgedanke: in Grenzgebieten Abweichungen von Regeln zulassen, statt die Regeln selbst zu ändern.',
      en: 'The actions of the Flemish–Dutch administrative working group on border bottlenecks. Leading idea: allow deviation from rules in border areas rather than amend the rules themselves.',
    },
    steeringOrganisation: 'LI-NL',
    partners: ['BZK', 'VLA', 'ZE', 'NB', 'LI-NL', 'WVL', 'OVL', 'ANT', 'LI-BE'],
    themes: [
      { code: 'labour-social-security', names: { nl: 'Arbeidsmarkt en sociale zekerheid', de: 'Arbeitsmarkt und soziale Sicherheit', en: 'Labour market and social security' } },
      { code: 'health-care', names: { nl: 'Zorg', de: 'Gesundheitsversorgung', en: 'Health care' } },
      { code: 'mobility', names: { nl: 'Mobiliteit', de: 'Mobilität', en: 'Mobility' } },
      { code: 'education', names: { nl: 'Onderwijs', de: 'Bildung', en: 'Education' } },
      { code: 'safety', names: { nl: 'Veiligheid', de: 'Sicherheit', en: 'Safety' } },
    ],
  },
];
