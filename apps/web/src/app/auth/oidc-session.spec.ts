import { User, UserManager } from 'oidc-client-ts';
import { createUserManager } from './user-manager';
import { OidcSession } from './oidc-session';

const OIDC = { authority: 'https://id.test/realms/grensportaal', clientId: 'grensportaal-web', scope: 'openid profile email' };
const never = () => new Promise<UserManager>(() => undefined);

async function keep(manager: UserManager, expiresIn: number): Promise<void> {
  await manager.storeUser(
    new User({ access_token: 'kept-token', token_type: 'Bearer', id_token: 'id', profile: { sub: 'u-1', iss: OIDC.authority, aud: OIDC.clientId, exp: 0, iat: 0, name: 'Anna de Groot' }, expires_at: Math.floor(Date.now() / 1000) + expiresIn }),
  );
}

describe('the workplace session', () => {
  afterEach(() => window.sessionStorage.clear());

  it('starts signed in with the session this tab kept, its token ready before the OIDC library has loaded', async () => {
    await keep(createUserManager({ oidc: OIDC }, 'http://localhost'), 300);
    const session = new OidcSession(never);
    void session.load();
    expect(session.getState()).toMatchObject({ isLoading: true, isAuthenticated: true, user: { profile: { name: 'Anna de Groot' } } });
    await expect(session.accessToken()).resolves.toBe('kept-token');
  });

  it('asks the library when the kept token has expired: no token, signed out once it has looked', async () => {
    const manager = createUserManager({ oidc: OIDC }, 'http://localhost');
    await keep(manager, -10);
    const session = new OidcSession(async () => manager);
    expect(session.getState().isAuthenticated).toBe(false);
    await expect(session.accessToken()).resolves.toBeNull();
    await session.init();
    expect(session.getState()).toMatchObject({ isLoading: false, isAuthenticated: false });
    await session.removeUser();
    expect(session.getState()).toMatchObject({ isAuthenticated: false, user: null });
  });
});
