import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UserModule } from '@api/modules/user/user.module';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';
import { Authenticator } from './authenticator.service';
import { RateLimitService } from './rate-limit.service';
import { TokenVerifier } from './token-verifier.service';

@Global()
@Module({
  imports: [UserModule],
  providers: [TokenVerifier, Authenticator, RateLimitService, AccessService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenVerifier, Authenticator, AccessService],
})
export class AuthModule {}
