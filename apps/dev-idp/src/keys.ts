import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, JWK } from 'jose';

/**
 * The provider's signing keys, kept in a file so tokens stay valid across
 * restarts (and so tests can sign tokens with the very same key).
 */
export async function loadOrCreateKeys(file: string): Promise<{ keys: JWK[] }> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] };
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  const jwks = { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: `dev-${Date.now().toString(36)}` }] };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(jwks, null, 2), { mode: 0o600 });
  return jwks;
}
