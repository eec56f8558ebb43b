import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Authenticator } from '@api/core/auth/authenticator.service';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ContextRequest } from '@api/core/logging/request-context';
import { NotificationHub } from './notification-hub.service';

/** A comment line keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for the signed-in user (bearer token, as for GraphQL):
 * `notification` whenever a notification for them is committed by any API
 * process, so the bell updates without a reload. The events carry no content;
 * the client reads it through GraphQL, under the usual authorization.
 */
@Controller('events')
export class NotificationStreamController {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly hub: NotificationHub,
    private readonly i18n: I18nService,
  ) {}

  @Get('notifications')
  async stream(@Req() req: ContextRequest, @Res() res: Response): Promise<void> {
    let userId: string;
    try {
      const user = await this.authenticator.authenticate(req.header('authorization'));
      if (!user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
      userId = user.id;
      req.ctx.userId = user.id;
    } catch (error) {
      const code = error instanceof AuthException ? error.code : 'UNAUTHENTICATED';
      res.status(401).json({ errors: [{ message: this.i18n.t(req.ctx.language, `errors:${code}`), extensions: { code, requestId: req.ctx.id } }] });
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 3000\nevent: ready\ndata: {}\n\n');
    const unsubscribe = this.hub.subscribe(userId, () => res.write('event: notification\ndata: {}\n\n'));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    // The response closes when the client goes away (the request may count as complete long before).
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }
}
