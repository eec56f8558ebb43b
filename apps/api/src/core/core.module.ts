import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Logger } from 'pino';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { HistoryService } from './history/history.service';
import { Clock } from './time/clock';
import { RegisterWrites } from './versioning/register-writes';
import { VersionedChanges } from './versioning/versioned-change';
import { I18nService } from './i18n/i18n.service';
import { JobQueue } from './jobs/job-queue';
import { LOGGER } from './logging/logger';

/** Process-wide services every module may use: the logger, translations, the clock, history, the job queue, error mapping. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: LOGGER, useValue: logger }, I18nService, Clock, HistoryService, VersionedChanges, RegisterWrites, JobQueue, { provide: APP_FILTER, useClass: AppExceptionFilter }],
      exports: [LOGGER, I18nService, Clock, HistoryService, VersionedChanges, RegisterWrites, JobQueue],
    };
  }
}
