import { Actor } from '@grensportaal/shared-domain';
import { CurrentUser } from './current-user';

/** The organisations an object is tied to, for deciding who the caller is to it. */
export interface ObjectParties {
  reportingOrganisationId?: string | null;
  ownerOrganisationId?: string | null;
  ministryId?: string | null;
  /** The province whose King's Commissioner steers the object's agenda. */
  steeringOrganisationId?: string | null;
}

/**
 * Which actors of the lifecycle tables the caller is for an object: role ×
 * own organisation × the object's organisations. The tables then say what
 * each actor may do.
 */
export function actorsFor(user: CurrentUser, parties: ObjectParties): Actor[] {
  const org = user.organisation?.id;
  const has = (role: string) => user.roles.includes(role as never);
  const actors: Actor[] = [];
  if (has('secretariat')) actors.push('secretariat');
  if (org && has('partner') && org === parties.reportingOrganisationId) actors.push('reporter');
  if (org && (has('partner') || has('department')) && org === parties.ownerOrganisationId) actors.push('owner');
  if (org && has('department') && org === parties.ministryId) actors.push('assignedMinistry');
  if (org && has('commissioner') && org === parties.steeringOrganisationId) actors.push('steeringCommissioner');
  return actors;
}
