import { Module } from '@nestjs/common';
import { WebConfigController } from './web-config.controller';

/** What the web app needs from the server besides GraphQL: its runtime configuration. */
@Module({ controllers: [WebConfigController] })
export class WebModule {}
