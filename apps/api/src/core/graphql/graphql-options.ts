import { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '@api/config/app-config';
import { I18nService } from '../i18n/i18n.service';
import { createGraphQLContext } from './graphql-context';
import { errorTranslationPlugin } from './error-translation.plugin';

/** The Apollo server behind `/graphql`: schema from the code, sorted; errors translated. */
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
    context: createGraphQLContext,
    plugins: [errorTranslationPlugin(i18n)],
  };
}
