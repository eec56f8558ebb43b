import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaPartner } from '@api/modules/agenda/agenda-partner.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { AppUser } from '@api/modules/user/user.entity';
import { RateLimitBucket } from '@api/core/auth/rate-limit-bucket.entity';

/** Every entity TypeORM maps; listed explicitly so the build output needs no globbing. */
export const ENTITIES = [Organisation, Agenda, AgendaPartner, Theme, AppUser, RateLimitBucket];
