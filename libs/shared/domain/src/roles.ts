/** The realm roles of Grensportaal (Keycloak realm roles, claim realm_access.roles). */
export const ROLES = ['partner', 'department', 'commissioner', 'secretariat', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that see every agenda, whatever their organisation takes part in. */
export const SEE_ALL_AGENDAS_ROLES: readonly Role[] = ['secretariat', 'admin'];
