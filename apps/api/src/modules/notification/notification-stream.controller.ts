import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { NotificationHub } from './notification-hub.service';

/** A comment line keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for the signed-in user (bearer token, as for GraphQL):
 * `notification` whenever a notification for them is committed by any API
 * process, so the bell updates without a reload. The events carry no content;
 * the client reads it through GraphQL, under the usual authorization. When the
 * process drains for shutdown the stream ends, and the browser reconnects (to
 * another process).
 */
@Controller('events')
export class NotificationStreamController {
  constructor(private readonly hub: NotificationHub) {}

  @Roles(...ROLES)
  @Get('notifications')
  stream(@RequestCaller() caller: Caller, @Res() res: Response): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 3000\nevent: ready\ndata: {}\n\n');
    const unsubscribe = this.hub.subscribe(caller.user!.id, () => res.write('event: notification\ndata: {}\n\n'), () => res.end());
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    // The response closes when the client goes away (the request may count as complete long before).
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }
}
