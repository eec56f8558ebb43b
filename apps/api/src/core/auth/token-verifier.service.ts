import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AuthErrorCode, AuthException } from './auth.exception';

/** Asymmetric algorithms only: a token "signed" with HS256 and the public key as secret never passes. */
export const ALLOWED_ALGORITHMS = ['RS256', 'PS256', 'ES256'];

const NETWORK_TIMEOUT_MS = 3000;
/** Verified tokens remembered per process (a signature check costs more than the rest of a small request). */
const VERIFIED_CACHE_MAX = 5000;

export interface VerifiedClaims extends JWTPayload {
  sub: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  locale?: string;
  organisation?: string;
  azp?: string;
  typ?: string;
  realm_access?: { roles?: unknown };
}

/**
 * Verifies access tokens against the issuer's published keys (JWKS, found
 * through discovery): signature with an allowed algorithm, issuer, audience,
 * exp/nbf with a small clock tolerance. Keys are cached for as long as the
 * process lives and fetched again only for an unknown `kid`, so tokens keep
 * working while the identity provider is briefly away. A token that passed is
 * remembered until it expires, so each token's signature is checked once per
 * process; its lifetime is checked on every use.
 */
@Injectable()
export class TokenVerifier {
  private keys?: Promise<JWTVerifyGetKey>;
  private readonly verified = new Map<string, VerifiedClaims>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get issuer(): string {
    return this.config.oidc.issuer;
  }

  async verify(token: string): Promise<VerifiedClaims> {
    const known = this.verified.get(token);
    if (known) {
      const now = Date.now() / 1000;
      const tolerance = this.config.oidc.clockToleranceS;
      if ((known.exp as number) + tolerance > now && (known.nbf === undefined || known.nbf - tolerance <= now)) return known;
      this.verified.delete(token);
    }
    const claims = await this.verifySignature(token);
    if (this.verified.size >= VERIFIED_CACHE_MAX) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, claims);
    return claims;
  }

  private async verifySignature(token: string): Promise<VerifiedClaims> {
    let keySet: JWTVerifyGetKey;
    try {
      keySet = await this.keySet();
    } catch {
      this.keys = undefined;
      throw new AuthException(AuthErrorCode.IDENTITY_PROVIDER_UNAVAILABLE);
    }
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: this.config.oidc.clockToleranceS,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      // An ID token or refresh token is not an access token, even when correctly signed.
      if (payload['typ'] !== undefined && payload['typ'] !== 'Bearer') throw new AuthException(AuthErrorCode.UNAUTHENTICATED, { reason: 'not an access token' });
      return payload as VerifiedClaims;
    } catch (error) {
      if (error instanceof AuthException) throw error;
      if (error instanceof joseErrors.JWKSTimeout) throw new AuthException(AuthErrorCode.IDENTITY_PROVIDER_UNAVAILABLE);
      const reason = error instanceof joseErrors.JOSEError ? error.code : 'invalid token';
      throw new AuthException(AuthErrorCode.UNAUTHENTICATED, { reason });
    }
  }

  /** Whether the issuer answers now (for /health/ready; never fails the API). */
  async reachable(): Promise<boolean> {
    try {
      const response = await fetch(this.config.oidc.jwksUrl ?? this.discoveryUrl(), { signal: AbortSignal.timeout(1500) });
      return response.ok;
    } catch {
      return false;
    }
  }

  private discoveryUrl(): string {
    return `${this.config.oidc.issuer}/.well-known/openid-configuration`;
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.resolveJwksUri().then((uri) =>
      createRemoteJWKSet(new URL(uri), { cacheMaxAge: Infinity, cooldownDuration: 30_000, timeoutDuration: NETWORK_TIMEOUT_MS }),
    );
    return this.keys;
  }

  private async resolveJwksUri(): Promise<string> {
    if (this.config.oidc.jwksUrl) return this.config.oidc.jwksUrl;
    const response = await fetch(this.discoveryUrl(), { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== this.config.oidc.issuer || !document.jwks_uri) throw new Error('discovery document does not match OIDC_ISSUER');
    return document.jwks_uri;
  }
}
