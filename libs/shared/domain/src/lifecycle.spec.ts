import { ACTION_STATUSES, ACTION_TRANSITIONS } from './action';
import { ASSIGNMENT_STATUSES, ASSIGNMENT_TRANSITIONS } from './assignment';
import { BOTTLENECK_STATUSES, BOTTLENECK_TRANSITIONS } from './bottleneck';
import { allowedTransitions } from './lifecycle';

describe('lifecycle tables', () => {
  it('lead every bottleneck status somewhere and close only with outcomes and reasons', () => {
    for (const status of BOTTLENECK_STATUSES) {
      expect(BOTTLENECK_TRANSITIONS.some((t) => t.from.includes(status))).toBe(true);
    }
    for (const t of BOTTLENECK_TRANSITIONS.filter((x) => x.to === 'CLOSED')) {
      expect(t.outcomes?.length).toBeGreaterThan(0);
      expect(t.needsReason).toBe(true);
    }
    expect(BOTTLENECK_TRANSITIONS.find((t) => t.name === 'reopen')?.needsReason).toBe(true);
  });

  it('never offer two transitions with the same name from the same status', () => {
    for (const table of [BOTTLENECK_TRANSITIONS, ACTION_TRANSITIONS, ASSIGNMENT_TRANSITIONS] as Array<ReadonlyArray<{ name: string; from: readonly string[] }>>) {
      const seen = new Set<string>();
      for (const t of table) for (const from of t.from) {
        expect(seen.has(`${from}:${t.name}`)).toBe(false);
        seen.add(`${from}:${t.name}`);
      }
    }
  });

  it('reach every action and assignment status', () => {
    for (const s of ACTION_STATUSES.filter((x) => x !== 'PLANNED')) expect(ACTION_TRANSITIONS.some((t) => t.to === s)).toBe(true);
    for (const s of ASSIGNMENT_STATUSES.filter((x) => x !== 'OPEN')) expect(ASSIGNMENT_TRANSITIONS.some((t) => t.to === s)).toBe(true);
  });

  it('gives the reporter only submit and withdraw, and the commissioner only decision steps', () => {
    expect(allowedTransitions(BOTTLENECK_TRANSITIONS, 'DRAFT', ['reporter']).map((t) => t.name)).toEqual(['submit', 'withdraw']);
    expect(allowedTransitions(BOTTLENECK_TRANSITIONS, 'SUBMITTED', ['reporter']).map((t) => t.name)).toEqual(['withdraw']);
    expect(allowedTransitions(BOTTLENECK_TRANSITIONS, 'ADVICE', ['steeringCommissioner']).map((t) => t.name)).toEqual(['proposeDecision']);
    expect(allowedTransitions(BOTTLENECK_TRANSITIONS, 'DECISION', ['steeringCommissioner']).map((t) => t.name)).toEqual(['decide']);
    expect(allowedTransitions(ACTION_TRANSITIONS, 'DONE', ['owner'])).toEqual([]);
  });
});
