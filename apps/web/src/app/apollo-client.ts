import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';
import type { i18n } from 'i18next';
import { map } from 'rxjs';
import { errorCodes } from './api-errors';
import { availability } from './availability/availability';

/** Codes after which the same request may succeed a moment later. */
const TRANSIENT = ['SERVICE_UNAVAILABLE', 'IDENTITY_PROVIDER_UNAVAILABLE'];

/** The server could not serve right now: unreachable, or it said "temporarily unavailable". */
export function isTransient(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 503 || error.statusCode === 502 || error.statusCode === 504 || errorCodes(error).some((c) => TRANSIENT.includes(c));
  if (CombinedGraphQLErrors.is(error)) return errorCodes(error).some((c) => TRANSIENT.includes(c));
  return error instanceof TypeError; // fetch failed: no connection
}

/**
 * The GraphQL client. Every request carries the interface language (the API
 * answers content and errors in it) and the user's access token; when the API
 * says the token is no longer good, `onUnauthenticated` starts a new sign-in.
 * While the server is briefly unavailable, queries are retried with growing
 * pauses (up to 30 s) until it is back, and the layout says so; a mutation is
 * never retried by itself: its form keeps what was typed and the user sends
 * it again. On a language switch the store is reset and the visible queries
 * refetched.
 */
export function createApolloClient(i18nInstance: i18n, accessToken: () => Promise<string | null>, onUnauthenticated: () => void, uri = '/graphql'): ApolloClient {
  const headers = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...previous, 'accept-language': i18nInstance.language },
    }));
    return forward(operation);
  });
  const token = new SetContextLink(async (previous) => {
    const current = await accessToken();
    if (!current) return {};
    return { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${current}` } };
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    if (isTransient(error)) availability.markUnavailable();
    if (errorCodes(error).includes('UNAUTHENTICATED')) onUnauthenticated();
  });
  // Any answer that is not "unavailable" means the server is back.
  const available = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        if (!result.errors?.some((e) => TRANSIENT.includes(String(e.extensions?.['code'])))) availability.markAvailable();
        return result;
      }),
    ),
  );
  const retry = new RetryLink({
    delay: { initial: 1000, max: 30_000, jitter: true },
    attempts: (_attempt, operation, error) => operation.operationType === OperationTypeNode.QUERY && isTransient(error),
  });
  const client = new ApolloClient({
    link: ApolloLink.from([unauthenticated, retry, available, headers, token, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    // After every change, what is on screen is fetched again (lists, counts, dashboards), before the success message shows.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' }, mutate: { refetchQueries: 'active', awaitRefetchQueries: true } },
  });
  i18nInstance.on('languageChanged', () => {
    void client.resetStore().catch(() => undefined);
  });
  return client;
}
