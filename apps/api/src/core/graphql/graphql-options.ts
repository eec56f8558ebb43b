import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '@api/config/app-config';
import { I18nService } from '../i18n/i18n.service';
import { createGraphQLContext } from './graphql-context';
import { errorTranslationPlugin } from './error-translation.plugin';
import { inputRulesPlugin } from './input-rules.plugin';
import { sqlCountHeaderPlugin } from './sql-count-header.plugin';
import { MAX_TOKENS } from './query-limits';

/**
 * The Apollo server behind `/graphql`: schema from the code, sorted; no
 * batching; CSRF prevention; no landing page; no cache hints (nothing is
 * cached by HTTP, and the plugin would wrap every field resolver); introspection only outside
 * production; errors translated. Depth, alias and cost limits are enforced in
 * front of it (queryLimitsMiddleware).
 */
export function graphqlOptions(config: AppConfig, i18n: I18nService): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Statuses are ours to set (503 when the database is out of reach; see errorTranslationPlugin).
    preserveHttpStatusForExecutionErrors: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    context: createGraphQLContext,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), errorTranslationPlugin(i18n, production), inputRulesPlugin(), ...(config.sqlCountHeader ? [sqlCountHeaderPlugin()] : [])],
  };
}
