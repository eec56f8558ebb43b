import type { WatchQueryFetchPolicy } from '@apollo/client';

/** What a page may say about how a feature query runs (its variables are the hook's own arguments). */
export interface QueryOptions {
  skip?: boolean;
  fetchPolicy?: WatchQueryFetchPolicy;
  notifyOnNetworkStatusChange?: boolean;
}
