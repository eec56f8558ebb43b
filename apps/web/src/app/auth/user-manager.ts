import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../runtime-config';
import { CALLBACK_PATH } from './session';

/**
 * OpenID Connect authorization code flow with PKCE. Tokens live in session
 * storage (gone with the tab) and are renewed with the refresh token before
 * they expire; claims come from the ID token.
 */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.oidc.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    monitorSession: false,
    loadUserInfo: false,
  });
}
