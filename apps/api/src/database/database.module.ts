import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { LOGGER } from '@api/core/logging/logger';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => ({
        ...dataSourceOptions(config.database, logger),
        retryAttempts: 2,
        retryDelay: 1500,
      }),
    }),
  ],
})
export class DatabaseModule {}
