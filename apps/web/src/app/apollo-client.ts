import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { i18n } from 'i18next';
import type { UserManager } from 'oidc-client-ts';

/**
 * The GraphQL client. Every request carries the interface language (the API
 * answers content and errors in it) and the user's access token; when the API
 * says the token is no longer good, `onUnauthenticated` starts a new sign-in.
 * On a language switch the store is reset and the visible queries refetched.
 */
export function createApolloClient(i18nInstance: i18n, userManager: UserManager | null, onUnauthenticated: () => void, uri = '/graphql'): ApolloClient {
  const headers = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...previous, 'accept-language': i18nInstance.language },
    }));
    return forward(operation);
  });
  const token = new SetContextLink(async (previous) => {
    const user = userManager ? await userManager.getUser() : null;
    if (!user || user.expired) return {};
    return { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${user.access_token}` } };
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) onUnauthenticated();
  });
  const client = new ApolloClient({
    link: ApolloLink.from([unauthenticated, headers, token, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    // After every change, what is on screen is fetched again (lists, counts, dashboards), before the success message shows.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' }, mutate: { refetchQueries: 'active', awaitRefetchQueries: true } },
  });
  i18nInstance.on('languageChanged', () => {
    void client.resetStore().catch(() => undefined);
  });
  return client;
}
