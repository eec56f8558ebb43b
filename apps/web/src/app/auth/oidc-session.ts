import type { SigninRedirectArgs, SignoutRedirectArgs, User, UserManager } from 'oidc-client-ts';
import { storedUser, type KeptUser } from './session';

/** What the pages know of the session, as react-oidc-context's state had it. */
export interface AuthState {
  /** Until the OIDC library has read the session (a kept session is shown meanwhile). */
  isLoading: boolean;
  isAuthenticated: boolean;
  user: KeptUser | null;
  error?: Error;
  /** The redirect under way, if any. */
  activeNavigator?: 'signinRedirect' | 'signoutRedirect';
}

const hasAuthParams = (location: Location = window.location): boolean => {
  const params = new URLSearchParams(location.search);
  return (params.has('code') || params.has('error')) && params.has('state');
};

const current = (user: KeptUser | null): boolean => user !== null && (user.expires_at === undefined || user.expires_at * 1000 > Date.now());

/**
 * The OpenID Connect session of the workplace, with the OIDC library loaded
 * beside the first page instead of before it: a session this tab kept is
 * read from session storage at once (pages and their queries start with its
 * token), the library takes over when it has loaded (renewal, sign-in and
 * sign-out redirects, the answer from the identity provider).
 */
export class OidcSession {
  private state: AuthState;
  private manager?: Promise<UserManager>;
  /** The library, once it has loaded. */
  private ready?: UserManager;
  private initialised?: Promise<void>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly createManager: () => Promise<UserManager>) {
    const user = storedUser();
    this.state = { isLoading: true, isAuthenticated: current(user), user };
  }

  readonly getState = (): AuthState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: Partial<AuthState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private readonly loaded = (user: User | null): void => this.set({ user, isAuthenticated: user !== null && !user.expired });

  /** The library, loaded once, its events followed. */
  load(): Promise<UserManager> {
    this.manager ??= this.createManager().then((manager) => {
      manager.events.addUserLoaded(this.loaded);
      manager.events.addUserUnloaded(() => this.loaded(null));
      manager.events.addUserSignedOut(() => this.loaded(null));
      manager.events.addSilentRenewError((error) => this.set({ error }));
      this.ready = manager;
      return manager;
    });
    return this.manager;
  }

  /** Once: takes the identity provider's answer when the address carries one, else the session the library keeps. */
  init(onSigninCallback?: (user: User | undefined) => void | Promise<void>): Promise<void> {
    this.initialised ??= (async () => {
      try {
        const manager = await this.load();
        let user: User | null | undefined = null;
        if (hasAuthParams()) {
          user = await manager.signinCallback();
          await onSigninCallback?.(user);
        }
        this.set({ isLoading: false, error: undefined });
        this.loaded(user ?? (await manager.getUser()));
      } catch (error) {
        this.set({ isLoading: false, error: error instanceof Error ? error : new Error(String(error)) });
      }
    })();
    return this.initialised;
  }

  /** The access token for a request: the library's when it has loaded, the kept one before, none when it has expired. */
  async accessToken(): Promise<string | null> {
    if (!this.ready && current(this.state.user)) return this.state.user?.access_token ?? null;
    const user = await (this.ready ?? (await this.load())).getUser();
    return user && !user.expired ? user.access_token : null;
  }

  private async navigate(navigator: NonNullable<AuthState['activeNavigator']>, go: (manager: UserManager) => Promise<unknown>): Promise<void> {
    this.set({ activeNavigator: navigator });
    try {
      await go(await this.load());
    } catch (error) {
      this.set({ error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      this.set({ activeNavigator: undefined });
    }
  }

  readonly signinRedirect = (args?: SigninRedirectArgs): Promise<void> => this.navigate('signinRedirect', (manager) => manager.signinRedirect(args));

  readonly signoutRedirect = (args?: SignoutRedirectArgs): Promise<void> => this.navigate('signoutRedirect', (manager) => manager.signoutRedirect(args));

  readonly removeUser = async (): Promise<void> => {
    await (await this.load()).removeUser();
    this.loaded(null);
  };
}
