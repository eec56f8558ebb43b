import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { ConfigModule } from '@api/config/config.module';
import { AuthModule } from '@api/core/auth/auth.module';
import { CoreModule } from '@api/core/core.module';
import { graphqlOptions } from '@api/core/graphql/graphql-options';
import { HealthModule } from '@api/core/health/health.module';
import { I18nService } from '@api/core/i18n/i18n.service';
import { WebModule } from '@api/core/web/web.module';
import { DatabaseModule } from '@api/database/database.module';
import { FEATURE_MODULES } from '@api/feature-modules';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CoreModule.forRoot(logger),
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, I18nService],
          useFactory: graphqlOptions,
        }),
        AuthModule,
        HealthModule,
        WebModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
