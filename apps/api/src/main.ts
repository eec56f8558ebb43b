import 'reflect-metadata';
import type { Server } from 'node:http';
import { AppConfig, loadConfig } from '@api/config/app-config';
import { ConfigError } from '@api/config/env-spec';
import { HealthService } from '@api/core/health/health.service';
import { NotificationHub } from '@api/modules/notification/notification-hub.service';
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
  // Output piped into a process that has gone (`npm start | tee`, Ctrl-C) must not stop a clean shutdown.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
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

  drainOnSignal(app.getHttpServer() as Server, app, config, logger);
}

/** Time app.close() (jobs, database, listeners) may take after the last request, before the process exits anyway. */
const CLOSE_GRACE_MS = 5000;

/**
 * Graceful shutdown on SIGTERM (and SIGINT): readiness turns 503 at once and
 * every response asks its client to reconnect (`Connection: close`), while
 * the server keeps serving for SHUTDOWN_DRAIN_MS, so a load balancer takes
 * the process out of rotation without a failed request; then it stops
 * accepting, ends the live notification streams (browsers reconnect
 * elsewhere), lets in-flight requests finish within SHUTDOWN_TIMEOUT_MS,
 * closes what the application holds and exits. A hard deadline makes sure the
 * process is gone within drain + timeout + 5 s whatever hangs.
 */
function drainOnSignal(server: Server, app: Awaited<ReturnType<typeof createApp>>, config: AppConfig, logger: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    const { drainMs, timeoutMs } = config.shutdown;
    logger.info({ signal, drainMs, timeoutMs }, 'shutting down: draining, then finishing in-flight requests');
    app.get(HealthService).startDraining();
    setTimeout(() => {
      logger.error('shutdown took too long: exiting now');
      process.exit(1);
    }, drainMs + timeoutMs + CLOSE_GRACE_MS).unref();
    setTimeout(() => {
      logger.info('drain over: no new connections');
      app.get(NotificationHub).endStreams();
      const idleSweeper = setInterval(() => server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => {
        logger.warn('grace period over: closing the remaining connections');
        server.closeAllConnections();
      }, timeoutMs);
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
      server.closeIdleConnections();
    }, drainMs);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
