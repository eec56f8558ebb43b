import { ENTITY_TYPES, HISTORY_EVENTS } from '@grensportaal/shared-domain';
import { NOTIFICATION_RULES } from './notification-rules';

describe('notification rules', () => {
  it('exist for exactly the history events declared to notify, and none for the silent ones', () => {
    const declared = ENTITY_TYPES.flatMap((type) => Object.entries(HISTORY_EVENTS[type]).filter(([, v]) => v === 'notifies').map(([kind]) => `${type}:${kind}`)).sort();
    const ruled = [...new Set(NOTIFICATION_RULES.map((r) => `${r.entityType}:${r.kind}`))].sort();
    expect(ruled).toEqual(declared);
  });
});
