import type { ApolloServerPlugin } from '@apollo/server';
import { sqlSince } from '@api/database/sql-counter';
import { GraphQLContext } from './graphql-context';

/**
 * For benchmarks (SQL_COUNT_HEADER=true): the SQL statements and transactions
 * answering the request took, counted, not estimated; `overlapped` when
 * another request ran at the same time (send requests one at a time to count).
 */
export function sqlCountHeaderPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const counted = sqlSince(contextValue.req.ctx.sql);
          response.http.headers.set('x-sql-statements', counted ? String(counted.statements) : 'overlapped');
          response.http.headers.set('x-sql-transactions', counted ? String(counted.transactions) : 'overlapped');
        },
      };
    },
  };
}
