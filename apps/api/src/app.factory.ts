import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Logger } from 'pino';
import { AppConfig } from '@api/config/app-config';
import { NestPinoLogger } from '@api/core/logging/nest-logger';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { admissionMiddleware } from '@api/core/graphql/admission';
import { queryLimitsMiddleware } from '@api/core/graphql/query-limits';
import { HealthService } from '@api/core/health/health.service';
import { drainingMiddleware } from '@api/core/health/draining.middleware';
import { I18nService } from '@api/core/i18n/i18n.service';
import { requestContextMiddleware } from '@api/core/logging/request-context';
import { bodyErrorHandler, jsonBody } from '@api/core/web/body-parsing';
import { securityHeaders } from '@api/core/web/security-headers';
import { validationPipe } from '@api/core/validation/validation';
import { webAppMiddleware } from '@api/core/web/web-app.middleware';
import { runMigrations } from '@api/database/migrate';
import { seed } from '@api/database/seed/seed';
import { AppModule } from './app.module';

/**
 * Builds the fully initialised application (database migrated, optional seed,
 * web app mounted) without listening; `main.ts` and the integration tests share it.
 */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(requestContextMiddleware(logger));
  app.use(drainingMiddleware(app.get(HealthService)));
  app.use(securityHeaders(config));
  app.use(jsonBody());
  app.use(bodyErrorHandler(app.get(I18nService)));
  app.useGlobalPipes(validationPipe());
  app.use('/graphql', admissionMiddleware(config.limits.concurrency));
  app.use('/graphql', queryLimitsMiddleware(config.limits, app.get(I18nService), () => app.get(GraphQLSchemaHost).schema));

  const dataSource = app.get(DataSource);
  if (config.database.migrationsRun) await runMigrations(dataSource, logger);

  if (config.webDistDir) {
    const web = webAppMiddleware(config.webDistDir);
    if (web) app.use(web);
    else logger.warn({ webDistDir: config.webDistDir }, 'no web app build found; serving the API only');
  }
  await app.init();
  if (config.seedDemoData) await seed(app, logger);
  return app;
}
