import { itemPath, paths, ROUTES } from './paths';

describe('paths', () => {
  it('build the addresses the router declares', () => {
    expect(paths.bottleneck('NRW-2026-017')).toBe(ROUTES.bottleneck.replace(':reference', 'NRW-2026-017'));
    expect(paths.question('1f2e')).toBe(ROUTES.question.replace(':id', '1f2e'));
    expect(paths.editBottleneck('VL-2025-001')).toBe('/bottlenecks/VL-2025-001/edit');
    expect(paths.bottlenecks({ agenda: 'NL-NRW', status: '', overdue: false, theme: null })).toBe('/bottlenecks?agenda=NL-NRW');
    expect(paths.consultation('c1')).toBe(ROUTES.consultation.replace(':id', 'c1'));
    expect(paths.editConsultation('c1')).toBe(ROUTES.editConsultation.replace(':id', 'c1'));
    expect(paths.borderEffects({ round: 'r1', test: null })).toBe('/border-effects?round=r1');
  });

  it('lead a notification to the page of its item', () => {
    expect(itemPath({ entityType: 'ACTION', entityId: 'a1', reference: 'NDS-2025-004' })).toBe('/bottlenecks/NDS-2025-004');
    expect(itemPath({ entityType: 'ASSIGNMENT', entityId: 'q1', reference: 'NDS-2025-004' })).toBe('/questions/q1');
  });
});
