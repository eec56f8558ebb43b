import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { NextFunction, Request, Response } from 'express';
import { loadOrCreateKeys } from './keys';
import { loginPage, pageLanguage } from './pages';
import { createProvider } from './provider';
import { loadRealm } from './realm';

export interface DevIdpOptions {
  /** Keycloak realm export to mirror. */
  realmFile: string;
  /** Where the signing keys are kept (created on first start). */
  keysFile: string;
  port: number;
  host?: string;
  /** Public base URL; defaults to http://localhost:<port>. */
  publicUrl?: string;
  /** Redirect URIs allowed in addition to the realm's (e.g. a test server), for every browser client. */
  extraRedirectUris?: string[];
  /** Overrides the realm's access token lifespan (seconds), e.g. to watch tokens being renewed in tests. */
  accessTokenTtl?: number;
}

export interface DevIdp {
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A Keycloak-shaped OpenID provider for development and tests: same realm,
 * clients, users, claims and URL layout (/realms/<realm>/protocol/openid-connect/...).
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  if (process.env['NODE_ENV'] === 'production') {
    throw new Error('The development identity provider refuses to run with NODE_ENV=production; use Keycloak.');
  }
  const realm = loadRealm(options.realmFile);
  if (options.accessTokenTtl) realm.accessTokenLifespan = options.accessTokenTtl;
  for (const client of realm.clients.filter((c) => c.authorizationCode)) {
    client.redirectUris.push(...(options.extraRedirectUris ?? []));
    client.postLogoutRedirectUris.push(...(options.extraRedirectUris ?? []));
  }
  const { keys } = await loadOrCreateKeys(options.keysFile);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  // The provider needs the issuer, which needs the port actually bound (port 0 = any free one): created after listening.
  const current: { provider?: ReturnType<typeof createProvider> } = {};
  const prefix = `/realms/${realm.name}`;

  const interactions = express.Router();
  interactions.get('/interaction/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const details = await current.provider!.interactionDetails(req, res);
      const language = pageLanguage(req.query['lang'], details.params['ui_locales'], req.get('accept-language'));
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(
        loginPage(language, `${prefix}/interaction/${details.uid}/login`, realm.users, (l) => `${prefix}/interaction/${details.uid}?lang=${l}`),
      );
    } catch (error) {
      next(error);
    }
  });
  interactions.post('/interaction/:uid/login', express.urlencoded({ extended: false }), async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = realm.users.find((u) => u.username === req.body?.username);
      if (!user) {
        await current.provider!.interactionFinished(req, res, { error: 'access_denied', error_description: 'unknown demo user' });
        return;
      }
      await current.provider!.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  app.use(prefix, interactions);
  app.use(prefix, (req, res) => current.provider!.callback()(req, res));

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port, options.host ?? '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `${(options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '')}${prefix}`;
  current.provider = createProvider(issuer, realm, keys);

  return {
    issuer,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
