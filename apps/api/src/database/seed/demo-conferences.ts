import type { ConferenceDecision, ConferencePurpose, Language } from '@grensportaal/shared-domain';
import type { Caller } from '@api/core/context/caller';
import type { ConferenceService } from '@api/modules/report/conference.service';

/** What the demo seeder lends the conference plan: its timeline, its items and its people. */
export interface ConferencePlanner {
  at(daysAgo: number, what: string, run: () => Promise<void>): void;
  bottleneck(key: string): string;
  action(key: string): string;
  secretariat(language: Language): Caller;
  /** Days from the moment of seeding to the given date (positive: in the past). */
  daysAgo(date: string): number;
  /** A date `days` from the day of seeding. */
  date(days: number): string;
}

interface DemoConference {
  agenda: string;
  /** A fixed date (a fact of the programme) or days from the day of seeding (negative: in the past). */
  date: string | number;
  place: string;
  chair: string;
  held: boolean;
  items: Array<{ bottleneck?: string; action?: string; purpose: ConferencePurpose; decision?: ConferenceDecision; lang?: Language; note?: string }>;
}

/**
 * The agendas' conference cycles (domain.md: the Grenslandagenda NL–NRW is
 * adopted at the Grenslandconferentie, 2023: 6 December, Nijmegen). Each
 * agenda has a held conference with decisions and a planned one ahead with
 * items for decision; dates other than 2023's are relative to the seed.
 */
function demoConferences(planner: ConferencePlanner): DemoConference[] {
  // "A planned one for this year": two weeks ahead, but never past the year's end.
  const ahead = planner.date(14).slice(0, 4) === planner.date(0).slice(0, 4) ? 14 : Math.max(0, -planner.daysAgo(`${planner.date(0).slice(0, 4)}-12-30`));
  return [
    { agenda: 'NL-NRW', date: '2023-12-06', place: 'Nijmegen', chair: 'Commissaris van de Koning in Gelderland', held: true, items: [] },
    {
      agenda: 'NL-NRW',
      date: -370,
      place: 'Düsseldorf',
      chair: 'Minister für Bundes- und Europaangelegenheiten des Landes Nordrhein-Westfalen',
      held: true,
      items: [
        { bottleneck: 'nrw-ambulance', purpose: 'ADOPT', decision: 'ENDORSED', lang: 'nl', note: 'Opgenomen in de Grenslandagenda; pilot Kleef–Nijmegen afgesproken.' },
        { action: 'a-contact-point', purpose: 'ENDORSE_OUTCOME', decision: 'ADJUSTED', lang: 'nl', note: 'Termijn verlengd: het loket Maas-Rijn volgt.' },
      ],
    },
    {
      agenda: 'NL-NRW',
      date: ahead,
      place: 'Kleve',
      chair: 'Commissaris van de Koning in Gelderland',
      held: false,
      items: [
        { bottleneck: 'nrw-ambulance', purpose: 'DECISION' },
        { action: 'a-ambulance-radio', purpose: 'ENDORSE_OUTCOME' },
        { bottleneck: 'nrw-ovchip', purpose: 'ADOPT' },
      ],
    },
    {
      agenda: 'NL-NDS',
      date: -330,
      place: 'Oldenburg',
      chair: 'Commissaris van de Koning in Overijssel',
      held: true,
      items: [
        { bottleneck: 'nds-eticket-leer', purpose: 'ADOPT', decision: 'ENDORSED', lang: 'de', note: 'Gemeinsamer Tarif auf der Wunderline als Priorität aufgenommen.' },
        { bottleneck: 'nds-grid', purpose: 'ADOPT', decision: 'DEFERRED', lang: 'nl', note: 'Eerst de verkenning van de netaansluiting afronden.' },
      ],
    },
    { agenda: 'NL-NDS', date: 60, place: 'Emmen', chair: 'Commissaris van de Koning in Overijssel', held: false, items: [{ bottleneck: 'nds-eticket-leer', purpose: 'DECISION' }, { action: 'a-grid-study', purpose: 'ENDORSE_OUTCOME' }] },
    {
      agenda: 'NL-VL',
      date: -300,
      place: 'Breda',
      chair: 'Commissaris van de Koning in Limburg',
      held: true,
      items: [
        { bottleneck: 'vl-ambulance', purpose: 'ADOPT', decision: 'ENDORSED', lang: 'nl', note: 'Afspraken over ambulances in Woensdrecht krijgen voorrang.' },
        { action: 'a-fire-protocol', purpose: 'ENDORSE_OUTCOME', decision: 'DEFERRED', lang: 'nl', note: 'Het aanvullende protocol is nog niet ondertekend.' },
      ],
    },
    {
      agenda: 'NL-VL',
      date: 90,
      place: 'Hasselt',
      chair: 'Commissaris van de Koning in Limburg',
      held: false,
      items: [{ bottleneck: 'vl-ambulance', purpose: 'DECISION' }, { action: 'a-fire-protocol', purpose: 'ENDORSE_OUTCOME' }, { action: 'a-student-info', purpose: 'ENDORSE_OUTCOME' }],
    },
  ];
}

/** Plans each conference some weeks before it, puts its items to it, and — once held — records what it decided, through the conference service. */
export function planDemoConferences(service: ConferenceService, planner: ConferencePlanner): void {
  for (const c of demoConferences(planner)) {
    const daysAgo = typeof c.date === 'string' ? planner.daysAgo(c.date) : -c.date;
    const date = typeof c.date === 'string' ? c.date : planner.date(c.date);
    const what = `conference ${c.agenda} ${date}`;
    // Planned six weeks ahead (never before the seed's own history), items put to it a week before, decisions the day after.
    const planned = Math.max(daysAgo + 42, 0.5);
    const itemsAt = Math.max(daysAgo + 7, 0.4);
    let id = '';
    let version = 1;
    planner.at(planned, `plan ${what}`, async () => {
      const conference = await service.plan(planner.secretariat('nl'), { agendaCode: c.agenda, date, place: c.place, chair: c.chair });
      id = conference.id;
      version = conference.version;
    });
    const items: Array<{ id: string; version: number }> = [];
    planner.at(itemsAt, `items of ${what}`, async () => {
      for (const i of c.items) {
        const subject = i.bottleneck ? { bottleneckId: planner.bottleneck(i.bottleneck) } : { actionId: planner.action(i.action!) };
        const item = await service.addItem(planner.secretariat('nl'), { conferenceId: id, purpose: i.purpose, ...subject });
        items.push({ id: item.id, version: item.version });
      }
    });
    if (!c.held) continue;
    planner.at(daysAgo - 1, `minutes of ${what}`, async () => {
      await service.update(planner.secretariat('nl'), { id, version, date, place: c.place, chair: c.chair, status: 'HELD' });
      for (const [n, i] of c.items.entries()) {
        if (!i.decision) continue;
        await service.decide(planner.secretariat(i.lang ?? 'nl'), { id: items[n].id, version: items[n].version, decision: i.decision, note: i.note ?? null, language: i.lang ?? 'nl' });
      }
    });
  }
}
