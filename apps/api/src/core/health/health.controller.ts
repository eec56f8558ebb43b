import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@api/core/auth/access.decorators';
import { HealthService, Readiness } from './health.service';

/** Probes for the orchestrator: live = the process runs; ready = it can serve (503 otherwise). */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @Header('Cache-Control', 'no-store')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness & { status: 'ok' | 'unavailable' }> {
    const readiness = await this.health.readiness();
    res.status(readiness.ready ? 200 : 503);
    return { status: readiness.ready ? 'ok' : 'unavailable', ...readiness };
  }
}
