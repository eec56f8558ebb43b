import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import Provider, { Configuration, errors, KoaContextWithOIDC } from 'oidc-provider';
import { errorPage, loggedOutPage, logoutPage, pageLanguage } from './pages';
import { Realm, RealmUser, uriMatches } from './realm';

/** The API as an OAuth resource: absolute URI as resource indicator, `grensportaal-api` as audience (like Keycloak). */
export const API_RESOURCE = 'urn:grensportaal:api';
export const API_AUDIENCE = 'grensportaal-api';
const SCOPE = 'openid profile email';

/** The claims Keycloak's mappers put in tokens: profile, e-mail, organisation, realm roles. */
export function claimsOf(user: RealmUser): Record<string, unknown> {
  return {
    sub: user.id,
    preferred_username: user.username,
    name: user.name,
    given_name: user.firstName,
    family_name: user.lastName,
    email: user.email,
    email_verified: user.emailVerified,
    locale: user.locale,
    organisation: user.organisation,
    realm_access: { roles: user.roles },
  };
}

interface ResourceServerConstructor {
  new (identifier: string, data: Record<string, unknown>): unknown;
}

function resourceServerInfo(realm: Realm) {
  return {
    audience: API_AUDIENCE,
    scope: SCOPE,
    accessTokenTTL: realm.accessTokenLifespan,
    accessTokenFormat: 'jwt' as const,
    jwt: { sign: { alg: 'RS256' as const } },
  };
}

export function createProvider(issuer: string, realm: Realm, keys: JWK[]): Provider {
  const usersById = new Map(realm.users.map((u) => [u.id, u]));
  const clientsById = new Map(realm.clients.map((c) => [c.clientId, c]));

  const configuration: Configuration = {
    clients: realm.clients.map((c) => ({
      client_id: c.clientId,
      client_name: c.name,
      ...(c.public ? { token_endpoint_auth_method: 'none' } : { client_secret: c.secret, token_endpoint_auth_method: 'client_secret_post' }),
      grant_types: [...(c.authorizationCode ? ['authorization_code', 'refresh_token'] : []), ...(c.passwordGrant ? ['password'] : [])],
      response_types: c.authorizationCode ? ['code'] : [],
      redirect_uris: c.authorizationCode ? c.redirectUris : [],
      post_logout_redirect_uris: c.postLogoutRedirectUris,
    })),
    jwks: { keys: keys as Configuration['jwks'] extends { keys: infer K } ? K : never },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
    },
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username', 'locale', 'organisation', 'realm_access'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: {
      AccessToken: realm.accessTokenLifespan,
      IdToken: realm.accessTokenLifespan,
      AuthorizationCode: 60,
      RefreshToken: realm.sessionIdleTimeout,
      Session: realm.sessionIdleTimeout,
      Grant: realm.sessionIdleTimeout,
      Interaction: 600,
    },
    async findAccount(_ctx, sub) {
      const user = usersById.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => claimsOf(user) as { sub: string } };
    },
    async extraTokenClaims(_ctx, token) {
      const accountId = 'accountId' in token ? token.accountId : undefined;
      const user = accountId ? usersById.get(accountId) : undefined;
      if (!user) return undefined;
      const { sub: _sub, ...claims } = claimsOf(user);
      return { ...claims, azp: token.clientId, typ: 'Bearer' };
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // First-party clients: no consent screen, the grant covers the API and the standard scopes.
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const existing = ctx.oidc.session?.grantIdFor(clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope(SCOPE);
      grant.addOIDCClaims(['organisation', 'realm_access', 'locale', 'preferred_username', 'name']);
      grant.addResourceScope(API_RESOURCE, SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${new URL(issuer).pathname}/interaction/${interaction.uid}` },
    clientBasedCORS: (_ctx, origin, client) => {
      const registered = clientsById.get(client.clientId)?.redirectUris ?? [];
      return registered.some((uri) => {
        try {
          return new URL(uri.replace(/\*$/, '')).origin === origin;
        } catch {
          return false;
        }
      });
    },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return resourceServerInfo(realm);
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = logoutPage(pageLanguage(undefined, undefined, ctx.get('accept-language')), form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage(pageLanguage(undefined, undefined, ctx.get('accept-language')));
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(pageLanguage(undefined, undefined, ctx.get('accept-language')), String(out['error_description'] ?? out['error']));
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;

  // Keycloak accepts redirect URIs by prefix when registered with a trailing `*`; so do we.
  const clientPrototype = provider.Client.prototype as unknown as {
    redirectUris?: string[];
    postLogoutRedirectUris?: string[];
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
  };
  clientPrototype.redirectUriAllowed = function (value: string) {
    return uriMatches(this.redirectUris ?? [], value);
  };
  clientPrototype.postLogoutRedirectUriAllowed = function (value: string) {
    return uriMatches(this.postLogoutRedirectUris ?? [], value);
  };

  registerPasswordGrant(provider, realm);
  return provider;
}

/**
 * Keycloak's "direct access grant" for the test-only confidential client, so
 * automated tests get a token for any demo user the same way from both
 * providers. Only clients whose realm entry enables direct access grants may use it.
 */
function registerPasswordGrant(provider: Provider, realm: Realm): void {
  provider.registerGrantType(
    'password',
    async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client;
      const params = ctx.oidc.params as Record<string, string | undefined>;
      const user = realm.users.find((u) => u.username === params['username']);
      if (!client || !user || !user.password || user.password !== params['password']) {
        throw new errors.InvalidGrant('Invalid user credentials');
      }
      const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
      grant.addOIDCScope(SCOPE);
      grant.addResourceScope(API_RESOURCE, SCOPE);
      const grantId = await grant.save();
      const token = new provider.AccessToken({ accountId: user.id, client, grantId, gty: 'password', scope: SCOPE });
      const ResourceServer = (provider as unknown as { ResourceServer: ResourceServerConstructor }).ResourceServer;
      (token as unknown as { resourceServer: unknown }).resourceServer = new ResourceServer(API_RESOURCE, resourceServerInfo(realm));
      const accessToken = await token.save();
      ctx.body = { access_token: accessToken, token_type: 'Bearer', expires_in: token.expiration, scope: SCOPE };
    },
    ['username', 'password', 'scope'],
  );
}

