import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isLanguage, isRole, Language, Role } from '@grensportaal/shared-domain';

/**
 * The parts of a Keycloak realm export the development provider mirrors, so
 * that it and the real Keycloak cannot drift: clients, roles, users with their
 * `organisation` attribute and passwords.
 */
interface RealmExport {
  realm: string;
  accessTokenLifespan?: number;
  ssoSessionIdleTimeout?: number;
  clients: Array<{
    clientId: string;
    name?: string;
    enabled?: boolean;
    publicClient?: boolean;
    secret?: string;
    standardFlowEnabled?: boolean;
    directAccessGrantsEnabled?: boolean;
    redirectUris?: string[];
    attributes?: Record<string, string>;
    protocolMappers?: Array<{ protocolMapper: string; config: Record<string, string> }>;
  }>;
  users: Array<{
    username: string;
    enabled?: boolean;
    firstName?: string;
    lastName?: string;
    email?: string;
    emailVerified?: boolean;
    attributes?: Record<string, string[]>;
    credentials?: Array<{ type: string; value: string }>;
    realmRoles?: string[];
  }>;
}

export interface RealmClient {
  clientId: string;
  name: string;
  public: boolean;
  secret?: string;
  authorizationCode: boolean;
  passwordGrant: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Audiences the client's access tokens carry (Keycloak audience mappers). */
  audiences: string[];
}

export interface RealmUser {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  name: string;
  email?: string;
  emailVerified: boolean;
  organisation?: string;
  locale?: Language;
  roles: Role[];
  password?: string;
}

export interface Realm {
  name: string;
  accessTokenLifespan: number;
  sessionIdleTimeout: number;
  clients: RealmClient[];
  users: RealmUser[];
}

/** A stable, UUID-shaped subject per user name (Keycloak's are generated at import; ours must survive restarts). */
export function subjectFor(realm: string, username: string): string {
  const hex = createHash('sha256').update(`${realm}:${username}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function parseRealm(json: RealmExport): Realm {
  const clients = json.clients
    .filter((c) => c.enabled !== false)
    .map<RealmClient>((c) => ({
      clientId: c.clientId,
      name: c.name ?? c.clientId,
      public: c.publicClient === true,
      secret: c.secret,
      authorizationCode: c.standardFlowEnabled !== false,
      passwordGrant: c.directAccessGrantsEnabled === true,
      redirectUris: c.redirectUris ?? [],
      postLogoutRedirectUris: (c.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean),
      audiences: (c.protocolMappers ?? [])
        .filter((m) => m.protocolMapper === 'oidc-audience-mapper' && m.config['access.token.claim'] === 'true')
        .map((m) => m.config['included.custom.audience'] ?? m.config['included.client.audience'])
        .filter((a): a is string => Boolean(a)),
    }));
  const users = json.users
    .filter((u) => u.enabled !== false)
    .map<RealmUser>((u) => {
      const locale = u.attributes?.['locale']?.[0];
      return {
        id: subjectFor(json.realm, u.username),
        username: u.username,
        firstName: u.firstName ?? '',
        lastName: u.lastName ?? '',
        name: [u.firstName, u.lastName].filter(Boolean).join(' ') || u.username,
        email: u.email,
        emailVerified: u.emailVerified === true,
        organisation: u.attributes?.['organisation']?.[0],
        locale: isLanguage(locale) ? locale : undefined,
        roles: (u.realmRoles ?? []).filter(isRole),
        password: u.credentials?.find((c) => c.type === 'password')?.value,
      };
    });
  return {
    name: json.realm,
    accessTokenLifespan: json.accessTokenLifespan ?? 300,
    sessionIdleTimeout: json.ssoSessionIdleTimeout ?? 1800,
    clients,
    users,
  };
}

export function loadRealm(file: string): Realm {
  return parseRealm(JSON.parse(readFileSync(file, 'utf8')) as RealmExport);
}

/** Matches Keycloak's redirect URI rules: exact, or a prefix when the registered URI ends in `*`. */
export function uriMatches(registered: readonly string[], candidate: string): boolean {
  return registered.some((pattern) => (pattern.endsWith('*') ? candidate.startsWith(pattern.slice(0, -1)) : candidate === pattern));
}
