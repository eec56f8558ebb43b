import 'reflect-metadata';
import type { Server } from 'node:http';
import { AppConfig, loadConfig } from '@api/config/app-config';
import { ConfigError } from '@api/config/env-spec';
import { HealthService } from '@api/core/health/health.service';
import { createLogger } from '@api/core/logging/logger';
import { createApp } from './app.factory';

function configOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);

  let app;
  try {
    app = await createApp(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'the API could not start');
    process.stderr.write(`Grensportaal API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    process.stderr.write(`Grensportaal API could not listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}\n`);
    await app.close().catch(() => undefined);
    process.exit(1);
  }
  logger.info({ url: config.publicUrl, port: config.port, host: config.host }, 'Grensportaal API listening');

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
  const server = app.getHttpServer() as Server;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    app.get(HealthService).startDraining();
    const idleSweeper = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      logger.warn('grace period over: closing the remaining connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    deadline.unref();
    server.close(() => {
      clearInterval(idleSweeper);
      clearTimeout(deadline);
      void app
        .close()
        .catch((error: unknown) => logger.error({ err: error }, 'error while closing'))
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
