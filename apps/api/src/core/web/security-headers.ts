import helmet from 'helmet';
import { AppConfig } from '@api/config/app-config';

/**
 * Security headers for every response. The Content Security Policy allows
 * scripts and styles from our own origin only (the Vite build has no inline
 * script), and connections to the identity provider for the token exchange.
 */
export function securityHeaders(config: AppConfig) {
  // Behind TLS (the public address is https) browsers are told to stay on https.
  const https = config.publicUrl.startsWith('https://');
  const idp = new URL(config.oidc.issuer).origin;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", idp],
        formAction: ["'self'", idp],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
}
