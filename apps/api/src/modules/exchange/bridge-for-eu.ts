import { BottleneckOutcome } from '@grensportaal/shared-domain';
import { ColumnSpec, valueColumn } from './export-columns';
import { BottleneckRecord } from './register-columns';

/**
 * BRIDGEforEU (Regulation (EU) 2025/925): a bottleneck as a "cross-border
 * file" (Art. 8(1) (a)–(g)) with the final notice of Art. 12(1). The annex's
 * exact column list has not been verified here: this list is the one place
 * to adjust it (order, headings in exchange:bridge.*, which register field
 * feeds which column). The export, its languages and its authorization do
 * not depend on it.
 */
const TRACK: Record<BottleneckOutcome, string> = {
  SOLVED_ADMINISTRATIVE: 'trackAdministrative',
  SOLVED_LEGISLATIVE: 'trackLegislative',
  NOT_SOLVABLE: 'trackNotResolved',
  WITHDRAWN: 'trackNotResolved',
  DUPLICATE: 'trackNotResolved',
  NO_OBSTACLE: 'trackNotResolved',
  INCOMPLETE: 'trackNotResolved',
};

export const BRIDGE_FOR_EU_COLUMNS: ColumnSpec<BottleneckRecord>[] = [
  valueColumn('crossBorderFile', 'text', (r) => r.bottleneck.reference, 'exchange:bridge.crossBorderFile'),
  { key: 'reporter', heading: 'exchange:bridge.reporter', type: 'text', cell: (r, { language }) => r.reporter[language === 'de' ? 'nameDe' : language === 'en' ? 'nameEn' : 'nameNl'], json: (r) => r.reporter.code },
  valueColumn('submittedAt', 'dateTime', (r) => r.bottleneck.submittedAt, 'exchange:bridge.submittedAt'),
  { text: true, key: 'interaction', heading: 'exchange:bridge.interaction', long: true, value: (r) => r.bottleneck.description },
  { text: true, key: 'problem', heading: 'exchange:bridge.problem', value: (r) => r.bottleneck.title },
  { text: true, key: 'whyToSolve', heading: 'exchange:bridge.whyToSolve', long: true, value: (r) => r.bottleneck.whyToSolve },
  { text: true, key: 'impact', heading: 'exchange:bridge.impact', long: true, value: (r) => r.bottleneck.impact },
  valueColumn('area', 'text', (r) => r.bottleneck.area || null, 'exchange:bridge.area'),
  valueColumn('expectedDurationMonths', 'number', (r) => r.bottleneck.expectedDurationMonths, 'exchange:bridge.duration'),
  valueColumn('sameObstacle', 'text', (r) => r.sameObstacle.join(', ') || null, 'exchange:bridge.sameObstacle'),
  { key: 'status', heading: 'exchange:bridge.status', type: 'text', cell: (r, { t }) => t(`register:bottleneckStatus.${r.bottleneck.status}`), json: (r) => r.bottleneck.status },
  {
    key: 'finalTrack',
    heading: 'exchange:bridge.finalTrack',
    type: 'text',
    cell: (r, { t }) => t(`exchange:bridge.${r.bottleneck.outcome ? TRACK[r.bottleneck.outcome] : 'trackOpen'}`),
    json: (r) => (r.bottleneck.outcome ? TRACK[r.bottleneck.outcome].replace(/^track/, '').toUpperCase() : null),
  },
  valueColumn('finalReasons', 'longText', (r) => (r.bottleneck.status === 'CLOSED' ? r.bottleneck.statusReason : null), 'exchange:bridge.finalReasons'),
];
