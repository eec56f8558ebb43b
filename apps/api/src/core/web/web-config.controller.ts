import { Controller, Get, Header, Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { Public } from '@api/core/auth/access.decorators';

export interface WebConfig {
  oidc: { authority: string; clientId: string; scope: string };
  /** The largest file that can be attached (MB), so the upload form can say so before anyone tries. */
  attachments: { maxMb: number };
}

/**
 * Runtime settings for the web app, so one build runs against any identity
 * provider: fetched by the browser before it renders.
 */
@Public()
@Controller()
export class WebConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('config.json')
  @Header('Cache-Control', 'no-cache')
  webConfig(): WebConfig {
    return {
      oidc: { authority: this.config.oidc.issuer, clientId: this.config.oidc.clientId, scope: 'openid profile email' },
      attachments: { maxMb: Math.round(this.config.attachments.maxBytes / (1024 * 1024)) },
    };
  }
}
