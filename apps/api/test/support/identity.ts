import { readFileSync } from 'node:fs';
import { CryptoKey, importJWK, JWK, JWTPayload, SignJWT } from 'jose';

/** The test-only confidential client of the realm export (direct access grants). */
export const TEST_CLIENT = { id: 'grensportaal-test', secret: 'grensportaal-test-secret' };
export const DEMO_PASSWORD = 'grensportaal';

export interface SigningKey {
  key: CryptoKey | Uint8Array;
  kid: string;
  alg: 'RS256';
}

/** An identity provider the API can be pointed at in a test, with what the tests need from it. */
export interface TestIdentityProvider {
  name: 'dev-idp' | 'keycloak';
  issuer: string;
  /** A real access token for a demo user, by direct access grant. */
  token(username: string): Promise<string>;
  /** The provider's own signing key, to forge tokens that are correctly signed but otherwise wrong. */
  signingKey(): Promise<SigningKey>;
  /** A correctly signed token from another realm of the same provider. */
  otherRealmToken(): Promise<string>;
}

async function passwordGrant(issuer: string, username: string, password = DEMO_PASSWORD, client = TEST_CLIENT): Promise<string> {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: client.id, client_secret: client.secret, username, password, scope: 'openid' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`no token for ${username} from ${issuer}: ${JSON.stringify(body)}`);
  return body.access_token;
}

/**
 * The private key from `file`; its kid is the one the provider publishes for
 * the same public key (Keycloak derives kids itself).
 */
async function keyFromJwks(file: string, issuer: string): Promise<SigningKey> {
  const jwks = JSON.parse(readFileSync(file, 'utf8')) as { keys: Array<JWK & { kid?: string }> };
  const jwk = jwks.keys[0];
  const published = (await (await fetch(`${issuer}/protocol/openid-connect/certs`)).json()) as { keys: Array<JWK & { kid: string }> };
  const match = published.keys.find((k) => k.n === jwk.n);
  if (!match) throw new Error(`${issuer} does not publish the test signing key`);
  return { key: await importJWK(jwk, 'RS256'), kid: match.kid, alg: 'RS256' };
}

export async function forge(key: SigningKey, claims: JWTPayload, header: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iat: now, exp: now + 300, typ: 'Bearer', ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header })
    .sign(key.key);
}

function devIdp(): TestIdentityProvider | null {
  const issuer = process.env.TEST_DEV_IDP_ISSUER;
  const keysFile = process.env.TEST_DEV_IDP_KEYS_FILE;
  if (!issuer || !keysFile) return null;
  return {
    name: 'dev-idp',
    issuer,
    token: (username) => passwordGrant(issuer, username),
    signingKey: () => keyFromJwks(keysFile, issuer),
    async otherRealmToken() {
      const key = await keyFromJwks(keysFile, issuer);
      return forge(key, { iss: issuer.replace(/\/realms\/[^/]+$/, '/realms/other'), aud: 'grensportaal-api', sub: 'other-user', realm_access: { roles: ['admin'] }, organisation: 'BZK' });
    },
  };
}

function keycloak(): TestIdentityProvider | null {
  const issuer = process.env.KEYCLOAK_ISSUER;
  const keysFile = process.env.KEYCLOAK_TEST_KEYS_FILE;
  const otherIssuer = process.env.KEYCLOAK_OTHER_ISSUER;
  if (!issuer || !keysFile || !otherIssuer) return null;
  return {
    name: 'keycloak',
    issuer,
    token: (username) => passwordGrant(issuer, username),
    signingKey: () => keyFromJwks(keysFile, issuer),
    otherRealmToken: () => passwordGrant(otherIssuer, 'tom.willems'),
  };
}

/** The development provider always; the real Keycloak when CI (or you) started one (see tools/keycloak.mjs). */
export function identityProviders(): TestIdentityProvider[] {
  return [devIdp(), keycloak()].filter((p): p is TestIdentityProvider => p !== null);
}

export function devIdentityProvider(): TestIdentityProvider {
  const provider = devIdp();
  if (!provider) throw new Error('TEST_DEV_IDP_ISSUER is not set: run the integration tests through their Jest config');
  return provider;
}

/** The demo users of the realm export, with the roles and organisation each must get. */
export function demoUsers(): Array<{ username: string; roles: string[]; organisation: string }> {
  const realm = JSON.parse(readFileSync(`${__dirname}/../../../../docker/keycloak/realm-grensportaal.json`, 'utf8')) as {
    users: Array<{ username: string; realmRoles: string[]; attributes: { organisation: string[] } }>;
  };
  return realm.users.map((u) => ({ username: u.username, roles: u.realmRoles, organisation: u.attributes.organisation[0] }));
}
