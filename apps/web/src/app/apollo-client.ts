import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { i18n } from 'i18next';

/**
 * The GraphQL client. Every request carries the interface language, so the
 * API answers (content and error messages) in it; on a language switch the
 * store is reset and the visible queries are fetched again.
 */
export function createApolloClient(i18nInstance: i18n, uri = '/graphql'): ApolloClient {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': i18nInstance.language },
    }));
    return forward(operation);
  });
  const client = new ApolloClient({
    link: ApolloLink.from([language, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  i18nInstance.on('languageChanged', () => {
    void client.resetStore().catch(() => undefined);
  });
  return client;
}
