import { BOTTLENECK_TRANSITIONS } from './bottleneck';
import { actorsFor, isActionOverdue, isActionStalled, isAssignmentOverdue, mayAskQuestion, mayEditAction, mayEditBottleneck, mayPostProgress, mayProposeAction, mayRequestUpdate, resolveTransition } from './policies';

const day = (d: string) => new Date(`${d}T12:00:00Z`);

describe('policies', () => {
  it('an action is overdue past its due date until it is done or cancelled', () => {
    expect(isActionOverdue({ dueDate: '2026-05-01', status: 'IN_PROGRESS' }, '2026-05-02')).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-05-02', status: 'IN_PROGRESS' }, '2026-05-02')).toBe(false);
    expect(isActionOverdue({ dueDate: '2026-05-01', status: 'ON_HOLD' }, '2026-05-02')).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-05-01', status: 'DONE' }, '2026-05-02')).toBe(false);
    expect(isActionOverdue({ dueDate: '2026-05-01', status: 'CANCELLED' }, '2026-05-02')).toBe(false);
  });

  it('an open action is stalled after 60 days without progress', () => {
    expect(isActionStalled({ status: 'PLANNED', lastProgressAt: day('2026-01-01') }, day('2026-03-03'))).toBe(true);
    expect(isActionStalled({ status: 'PLANNED', lastProgressAt: day('2026-01-01') }, day('2026-03-01'))).toBe(false);
    expect(isActionStalled({ status: 'DONE', lastProgressAt: day('2026-01-01') }, day('2026-06-01'))).toBe(false);
  });

  it('a question is overdue while an answer is owed past its due date', () => {
    expect(isAssignmentOverdue({ dueDate: '2026-05-01', status: 'OPEN' }, '2026-05-02')).toBe(true);
    expect(isAssignmentOverdue({ dueDate: '2026-05-01', status: 'RETURNED' }, '2026-05-02')).toBe(true);
    expect(isAssignmentOverdue({ dueDate: '2026-05-01', status: 'ANSWERED' }, '2026-05-02')).toBe(false);
  });

  it('tells who someone is to an item', () => {
    expect(actorsFor({ roles: ['partner'], organisationId: 'gld' }, { reportingOrganisationId: 'gld', ownerOrganisationId: 'gld' })).toEqual(['reporter', 'owner']);
    expect(actorsFor({ roles: ['department'], organisationId: 'szw' }, { ministryId: 'szw', reportingOrganisationId: 'szw' })).toEqual(['assignedMinistry']);
    expect(actorsFor({ roles: ['commissioner'], organisationId: 'gld' }, { steeringOrganisationId: 'gld' })).toEqual(['steeringCommissioner']);
    expect(actorsFor({ roles: ['secretariat'], organisationId: 'bzk' }, {})).toEqual(['secretariat']);
    expect(actorsFor({ roles: ['partner'], organisationId: null }, { reportingOrganisationId: null })).toEqual([]);
  });

  it('lets the reporter edit a draft or submitted bottleneck, the secretariat until it closes', () => {
    expect(mayEditBottleneck(['reporter'], 'SUBMITTED')).toBe(true);
    expect(mayEditBottleneck(['reporter'], 'ANALYSIS')).toBe(false);
    expect(mayEditBottleneck(['secretariat'], 'DECISION')).toBe(true);
    expect(mayEditBottleneck(['secretariat'], 'CLOSED')).toBe(false);
    expect(mayEditBottleneck([], 'DRAFT')).toBe(false);
  });

  it('says who may propose an action and ask a question', () => {
    const open = { status: 'ANALYSIS' as const };
    const agenda = { steeringOrganisationId: 'gld', isPartner: false };
    expect(mayProposeAction({ roles: ['secretariat'], organisationId: 'bzk' }, open, agenda)).toBe(true);
    expect(mayProposeAction({ roles: ['department'], organisationId: 'szw' }, open, agenda)).toBe(true);
    expect(mayProposeAction({ roles: ['commissioner'], organisationId: 'gld' }, open, agenda)).toBe(true);
    expect(mayProposeAction({ roles: ['commissioner'], organisationId: 'ov' }, open, agenda)).toBe(false);
    expect(mayProposeAction({ roles: ['partner'], organisationId: 'vla' }, open, agenda)).toBe(false);
    expect(mayProposeAction({ roles: ['partner'], organisationId: 'gld' }, open, { ...agenda, isPartner: true })).toBe(true);
    expect(mayProposeAction({ roles: ['secretariat'], organisationId: 'bzk' }, { status: 'DRAFT' }, agenda)).toBe(false);
    expect(mayAskQuestion({ roles: ['secretariat'], organisationId: 'bzk' }, open)).toBe(true);
    expect(mayAskQuestion({ roles: ['secretariat'], organisationId: 'bzk' }, { status: 'CLOSED' })).toBe(false);
    expect(mayAskQuestion({ roles: ['partner'], organisationId: 'gld' }, open)).toBe(false);
  });

  it('says who moves and reports on an action', () => {
    expect(mayEditAction(['owner'], 'IN_PROGRESS')).toBe(true);
    expect(mayEditAction(['owner'], 'DONE')).toBe(false);
    expect(mayRequestUpdate(['owner'], 'IN_PROGRESS')).toBe(false);
    expect(mayRequestUpdate(['steeringCommissioner'], 'PLANNED')).toBe(true);
    expect(mayPostProgress(['owner'], 'ON_HOLD')).toBe(true);
    expect(mayPostProgress(['secretariat'], 'IN_PROGRESS')).toBe(false);
  });

  it('resolves a step: allowed, not possible from here (with what is), or not for this actor', () => {
    expect(resolveTransition(BOTTLENECK_TRANSITIONS, 'accept', 'SUBMITTED', ['secretariat'])).toMatchObject({ outcome: 'allowed', transition: { name: 'accept', to: 'IDENTIFICATION' } });
    expect(resolveTransition(BOTTLENECK_TRANSITIONS, 'accept', 'SUBMITTED', ['reporter'])).toEqual({ outcome: 'forbidden' });
    expect(resolveTransition(BOTTLENECK_TRANSITIONS, 'decide', 'SUBMITTED', ['secretariat'])).toEqual({ outcome: 'illegal', allowed: ['withdraw', 'accept', 'closeAtTriage'] });
    // withdraw exists twice (from draft/submitted, and later): the one from the current status is found.
    expect(resolveTransition(BOTTLENECK_TRANSITIONS, 'withdraw', 'ANALYSIS', ['secretariat'])).toMatchObject({ outcome: 'allowed', transition: { from: ['IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION'] } });
    expect(resolveTransition(BOTTLENECK_TRANSITIONS, 'withdraw', 'ANALYSIS', ['reporter'])).toEqual({ outcome: 'forbidden' });
  });
});
