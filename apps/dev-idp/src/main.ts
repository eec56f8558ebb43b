import { join } from 'node:path';
import { startDevIdp } from './server';

/** `node dist/dev-idp/apps/dev-idp/src/main.js`: started by `npm start` unless OIDC_ISSUER points elsewhere. */
async function main(): Promise<void> {
  const root = process.cwd();
  const idp = await startDevIdp({
    realmFile: process.env['DEV_IDP_REALM_FILE'] ?? join(root, 'docker/keycloak/realm-grensportaal.json'),
    keysFile: process.env['DEV_IDP_KEYS_FILE'] ?? join(root, '.data/dev-idp/jwks.json'),
    port: Number(process.env['DEV_IDP_PORT'] ?? 3001),
    publicUrl: process.env['DEV_IDP_PUBLIC_URL'],
    extraRedirectUris: (process.env['DEV_IDP_EXTRA_REDIRECT_URIS'] ?? '').split(',').filter(Boolean),
    accessTokenTtl: process.env['DEV_IDP_ACCESS_TOKEN_TTL'] ? Number(process.env['DEV_IDP_ACCESS_TOKEN_TTL']) : undefined,
  });
  process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: 'development identity provider listening', issuer: idp.issuer })}\n`);
  const stop = () => void idp.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
