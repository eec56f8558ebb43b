import { Actor, actorsFor as actorsOf, ItemParties } from '@grensportaal/shared-domain';
import { CurrentUser } from './current-user';

export type { ItemParties } from '@grensportaal/shared-domain';

/** Which lifecycle actors the signed-in user is for an item (the rule itself is in the shared domain). */
export function actorsFor(user: CurrentUser, parties: ItemParties): Actor[] {
  return actorsOf({ roles: user.roles, organisationId: user.organisation?.id ?? null }, parties);
}

/** The user as the shared rules see a person. */
export function personOf(user: CurrentUser) {
  return { roles: user.roles, organisationId: user.organisation?.id ?? null };
}
