import { Language, OrganisationKind, Role } from '@grensportaal/shared-domain';

/** Who is calling, as established from a verified token (and the user row it maps to). */
export interface CurrentUser {
  id: string;
  subject: string;
  username: string;
  name: string;
  email: string | null;
  roles: Role[];
  organisation: { id: string; code: string; kind: OrganisationKind } | null;
  /** The user's chosen language, else the token's locale; null when neither is known. */
  language: Language | null;
}
