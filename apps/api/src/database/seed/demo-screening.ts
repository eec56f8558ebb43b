import type { AffectedGroup, BorderEffectDirection, BorderTestReport, ConsultationKind, ConsultationLink, Language, Mitigation, Neighbour } from '@grensportaal/shared-domain';
import type { Caller } from '@api/core/context/caller';
import type { AssignmentLifecycleService } from '@api/modules/assignment/assignment-lifecycle.service';
import type { ConsultationService } from '@api/modules/border-effects/consultation.service';
import type { ScreeningRoundService } from '@api/modules/border-effects/screening-round.service';

/** What the demo seeder lends the screening: its timeline, its bottlenecks and its people. */
export interface ScreeningPlanner {
  at(daysAgo: number, what: string, run: () => Promise<void>): void;
  bottleneck(key: string): string;
  person(username: string, language: Language): Caller;
  /** Days from the moment of seeding to the given date (positive: in the past). */
  daysAgo(date: string): number;
  /** The day of seeding, YYYY-MM-DD. */
  today(): string;
}

interface DemoConsultation {
  /** 0: the current half-year's round (open); 1: the previous one (closed). */
  round: 0 | 1;
  ministry: string;
  kind: ConsultationKind;
  title: Partial<Record<Language, string>> & { nl: string };
  /** Months into the half-year the consultation opens, and how many weeks it runs. */
  opens: number;
  weeks: number;
  relevant?: { yes: boolean; reason: string };
  test?: { carriedOut: boolean; report?: BorderTestReport; reference?: string };
  effects?: { direction: BorderEffectDirection; text: string; groups: AffectedGroup[]; neighbours: Neighbour[]; mitigations: Mitigation[] };
  response?: string;
  link?: { bottleneck: string; type: ConsultationLink; daysAgo: number };
  flags?: Array<{ by: string; language: Language; note: string }>;
  /** A question to the responsible ministry to confirm or complete the border-effects information, and its answer when given. */
  question?: { text: string; answer?: { by: string; language: Language; text: string } };
}

/**
 * Two rounds of invented but plausible consultations (issue: telework
 * taxation, ambulance care, recognition of diplomas, grid connections, …):
 * some border-relevant, some with and some without a border-effects test,
 * one touching an existing bottleneck and one that led to a new one.
 */
const CONSULTATIONS: DemoConsultation[] = [
  {
    round: 1,
    ministry: 'FIN',
    kind: 'LAW',
    title: { nl: 'Wetsvoorstel fiscale behandeling van thuiswerkdagen van grensarbeiders', de: 'Gesetzentwurf zur steuerlichen Behandlung von Homeoffice-Tagen von Grenzgängern', en: 'Bill on the taxation of days worked from home by cross-border workers' },
    opens: 1,
    weeks: 6,
    relevant: { yes: true, reason: 'Regelt de belastingheffing over thuiswerkdagen van werknemers die in Duitsland of België wonen.' },
    test: { carriedOut: true, report: 'EXPLANATORY_MEMORANDUM', reference: 'MvT § 6.2 Grenseffecten' },
    effects: {
      direction: 'NEGATIVE',
      text: 'Boven 34 thuiswerkdagen per jaar dreigt dubbele heffing zolang het verdrag met Duitsland niet is aangepast.',
      groups: ['CROSS_BORDER_WORKERS', 'BUSINESSES'],
      neighbours: ['DE_NRW', 'DE_NDS', 'BE_VL'],
      mitigations: ['TRANSITIONAL_ARRANGEMENT'],
    },
    response: 'Het programma vraagt de drempel af te stemmen op de kaderovereenkomst sociale zekerheid (49,9 %) en een overgangsregeling tot de verdragswijziging.',
    link: { bottleneck: 'nrw-telework', type: 'TOUCHES', daysAgo: -1 },
  },
  {
    round: 1,
    ministry: 'VWS',
    kind: 'GENERAL_ADMINISTRATIVE_ORDER',
    title: { nl: 'Besluit ambulancezorg: inzet van ambulances van over de grens', de: 'Verordnung Rettungsdienst: Einsatz von Rettungswagen aus dem Nachbarland' },
    opens: 2,
    weeks: 4,
    relevant: { yes: true, reason: 'Bepaalt of Duitse en Belgische ambulances in Nederland mogen worden ingezet.' },
    test: { carriedOut: false },
    effects: { direction: 'POSITIVE', text: 'Kortere aanrijtijden in de grensstreek als de inzet over en weer wordt toegestaan.', groups: ['RESIDENTS', 'GOVERNMENTS'], neighbours: ['DE_NRW', 'BE_VL'], mitigations: ['EXPERIMENTAL_SPACE'] },
    question: {
      text: 'Is de grenseffectentoets voor dit besluit alsnog uitgevoerd, en waar wordt die verantwoord?',
      answer: { by: 'ruben.bakker', language: 'nl', text: 'Nog niet; de toets wordt uitgevoerd voor het ontwerpbesluit naar de Raad van State gaat en verantwoord in paragraaf 5 van de nota van toelichting.' },
    },
  },
  {
    round: 1,
    ministry: 'IENW',
    kind: 'MINISTERIAL_REGULATION',
    title: { nl: 'Regeling voorrang bij netaansluitingen voor maatschappelijke voorzieningen', en: 'Regulation on priority for grid connections of public facilities' },
    opens: 3,
    weeks: 6,
    relevant: { yes: true, reason: 'Raakt grensoverschrijdende energieprojecten in Eems-Dollard.' },
    test: { carriedOut: true, report: 'SEPARATE_DOCUMENT', reference: 'Grenseffectentoets netcongestie (bijlage 3)' },
    effects: { direction: 'MIXED', text: 'Voorrang voor Nederlandse voorzieningen kan gezamenlijke projecten met Niedersachsen vertragen.', groups: ['BUSINESSES', 'GOVERNMENTS'], neighbours: ['DE_NDS'], mitigations: ['FLANKING_POLICY'] },
  },
  {
    round: 1,
    ministry: 'BZK',
    kind: 'POLICY',
    title: { nl: 'Beleidskader digitale toegankelijkheid van gemeentelijke websites' },
    opens: 1,
    weeks: 8,
    relevant: { yes: false, reason: 'Geldt alleen voor Nederlandse gemeenten en hun eigen dienstverlening.' },
  },
  {
    round: 1,
    ministry: 'OCW',
    kind: 'LAW',
    title: { nl: 'Wetsvoorstel basisvaardigheden in het funderend onderwijs' },
    opens: 4,
    weeks: 6,
    relevant: { yes: false, reason: 'Geen gevolgen voor leerlingen of leraren over de grens.' },
  },
  {
    round: 0,
    ministry: 'VWS',
    kind: 'LAW',
    title: { nl: "Wijziging Wet BIG: registratie van zorgverleners met een buitenlands diploma", de: 'Änderung des BIG-Gesetzes: Registrierung von Pflegekräften mit ausländischem Abschluss' },
    opens: 1,
    weeks: 6,
    relevant: { yes: true, reason: 'Raakt Duitse verpleegkundigen die in Nederlandse zorginstellingen willen werken.' },
    test: { carriedOut: false },
    effects: { direction: 'NEGATIVE', text: 'Een extra taaltoets en registratietermijn van een jaar houden Duitse zorgverleners weg uit de grensstreek.', groups: ['CROSS_BORDER_WORKERS', 'BUSINESSES'], neighbours: ['DE_NDS', 'DE_NRW'], mitigations: ['NONE'] },
    link: { bottleneck: 'nds-care-workers', type: 'LED_TO', daysAgo: 5 },
    flags: [{ by: 'frauke.meyer', language: 'de', note: 'Betrifft Pflegekräfte aus dem Emsland und Ostfriesland.' }],
    question: { text: 'Kunt u bevestigen dat voor deze wijziging geen grenseffectentoets is uitgevoerd, en zo ja, wanneer die volgt?' },
  },
  {
    round: 0,
    ministry: 'SZW',
    kind: 'MINISTERIAL_REGULATION',
    title: { nl: 'Regeling registratie van arbeidsmigranten in de BRP', en: 'Regulation on registering labour migrants in the population register' },
    opens: 2,
    weeks: 4,
    relevant: { yes: true, reason: 'Arbeidsmigranten die in Duitsland wonen en in Nederland werken vallen onder de nieuwe meldplicht.' },
    test: { carriedOut: true, report: 'EXPLANATORY_MEMORANDUM', reference: 'Nota van toelichting § 4' },
    effects: { direction: 'NEGATIVE', text: 'Dubbele registratie voor wie in Duitsland woont.', groups: ['CROSS_BORDER_WORKERS'], neighbours: ['DE_NRW'], mitigations: ['FLANKING_POLICY'] },
    flags: [
      { by: 'katrin.schulz', language: 'de', note: 'Betrifft viele Grenzgänger am Niederrhein.' },
      { by: 'anna.degroot', language: 'nl', note: 'Speelt in de Achterhoek en rond Nijmegen.' },
    ],
  },
  {
    round: 0,
    ministry: 'EZ',
    kind: 'POLICY',
    title: { nl: 'Kabinetsvisie waterstofinfrastructuur 2030' },
    opens: 3,
    weeks: 8,
  },
  {
    round: 0,
    ministry: 'JENV',
    kind: 'LAW',
    title: { nl: 'Wetsvoorstel gegevensdeling bij de aanpak van ondermijning', de: 'Gesetzentwurf zum Datenaustausch bei der Bekämpfung organisierter Kriminalität' },
    opens: 2,
    weeks: 6,
    relevant: { yes: true, reason: 'Regelt of gegevens met Duitse en Belgische diensten mogen worden gedeeld.' },
    test: { carriedOut: true, report: 'SEPARATE_DOCUMENT', reference: 'Grenseffectentoets ondermijning' },
    effects: { direction: 'POSITIVE', text: 'Een grondslag voor gegevensdeling met het EURIEC.', groups: ['GOVERNMENTS'], neighbours: ['DE_NRW', 'BE_VL'], mitigations: [] },
  },
];

const SECRETARIAT = 'femke.jansen';

/** The half-year a day lies in, and the one before. */
function halves(today: string): Array<{ year: number; half: number }> {
  const year = Number(today.slice(0, 4));
  const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  return [{ year, half }, half === 1 ? { year: year - 1, half: 2 } : { year, half: 1 }];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day `months` and `days` into a half-year, YYYY-MM-DD. */
function dayIn(round: { year: number; half: number }, months: number, days = 0): string {
  const date = new Date(Date.UTC(round.year, (round.half - 1) * 6 + months, 5 + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The screening as the secretariat kept it: the previous half-year's round
 * opened, filled, screened and closed after its end; the current one open
 * with its consultations screened as they came (one still to screen).
 */
export function planDemoScreening(rounds: ScreeningRoundService, consultations: ConsultationService, questions: AssignmentLifecycleService, planner: ScreeningPlanner): void {
  const [current, previous] = halves(planner.today());
  // Never in the future, never before the register's own history starts.
  const when = (date: string) => Math.max(planner.daysAgo(date), 0.3);
  const ids: Array<{ id: string; version: number }> = [];
  const sec = (language: Language = 'nl') => planner.person(SECRETARIAT, language);
  for (const [index, round] of [current, previous].entries()) {
    planner.at(when(dayIn(round, 0)), `open screening round ${round.year}-H${round.half}`, async () => {
      const opened = await rounds.open(sec(), round);
      ids[index] = { id: opened.id, version: opened.version };
    });
  }
  for (const [n, c] of CONSULTATIONS.entries()) {
    const round = c.round === 0 ? current : previous;
    const periodStart = dayIn(round, c.opens);
    const periodEnd = dayIn(round, c.opens, c.weeks * 7);
    const recorded = when(dayIn(round, c.opens, 2));
    const what = `consultation ${n + 1}`;
    let consultation = { id: '', version: 1 };
    const fields = {
      language: 'nl' as Language,
      title: c.title.nl,
      ministryCode: c.ministry,
      url: `https://www.internetconsultatie.nl/demo-${n + 1}`,
      periodStart,
      periodEnd,
      kind: c.kind,
      responseSubmitted: false,
    };
    planner.at(recorded, `record ${what}`, async () => {
      const translations = (Object.entries(c.title) as Array<[Language, string]>).filter(([language]) => language !== 'nl').map(([language, text]) => ({ field: 'title', language, text, kind: 'HUMAN' as const }));
      const created = await consultations.create(sec(), { ...fields, roundId: ids[c.round].id, translations });
      consultation = { id: created.id, version: created.version };
    });
    if (!c.relevant) continue;
    // Screened once the consultation closed (or now, for one still running).
    planner.at(Math.min(recorded - 0.1, when(periodEnd)), `screen ${what}`, async () => {
      const screened = await consultations.update(sec(), {
        ...fields,
        ...consultation,
        borderRelevant: c.relevant!.yes,
        relevanceReason: c.relevant!.reason,
        testCarriedOut: c.test?.carriedOut ?? null,
        testReport: c.test?.report ?? null,
        testReference: c.test?.reference ?? null,
        effectDirection: c.effects?.direction ?? null,
        effects: c.effects?.text ?? null,
        affectedGroups: c.effects?.groups ?? [],
        neighbours: c.effects?.neighbours ?? [],
        mitigations: c.effects?.mitigations ?? [],
        responseSubmitted: Boolean(c.response),
        response: c.response ?? null,
        responseUrl: c.response ? `https://www.internetconsultatie.nl/demo-${n + 1}/reacties` : null,
      });
      consultation = { id: screened.id, version: screened.version };
    });
    for (const flag of c.flags ?? []) {
      planner.at(Math.max(recorded - 3, 0.2), `flag ${what} by ${flag.by}`, async () => {
        const flagged = await consultations.flag(planner.person(flag.by, flag.language), { consultationId: consultation.id, note: flag.note });
        consultation = { id: flagged.id, version: flagged.version };
      });
    }
    if (c.question) {
      const { text, answer } = c.question;
      let asked = { id: '', version: 1 };
      planner.at(Math.max(recorded - 1, 0.25), `ask the ministry about ${what}`, async () => {
        const created = await questions.create(sec(), { consultationId: consultation.id, ministryCode: c.ministry, language: 'nl', question: text });
        asked = { id: created.id, version: created.version };
      });
      if (answer) {
        planner.at(Math.max(recorded - 8, 0.22), `the ministry answers about ${what}`, async () => {
          await questions.answer(planner.person(answer.by, answer.language), { ...asked, language: answer.language, text: answer.text });
        });
      }
    }
    if (c.link) {
      const link = c.link;
      // daysAgo -1: a month after the consultation closed; never before it is recorded.
      const linked = Math.min(link.daysAgo < 0 ? Math.max(when(periodEnd) - 30, 0.2) : link.daysAgo, recorded - 0.05);
      planner.at(linked, `link ${what} to ${link.bottleneck}`, async () => {
        const after = await consultations.link(sec(), { consultationId: consultation.id, bottleneckId: planner.bottleneck(link.bottleneck), type: link.type });
        consultation = { id: after.id, version: after.version };
      });
    }
  }
  // The previous round is closed ten days after its half-year ended, every consultation in it screened.
  planner.at(when(dayIn(previous, 6, 10)), `close screening round ${previous.year}-H${previous.half}`, async () => {
    await rounds.close(sec(), ids[1]);
  });
}
