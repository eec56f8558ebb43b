import { Module } from '@nestjs/common';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { BorderEffectsFiguresService } from './border-effects-figures.service';
import { ConsultationFlagResolver, ConsultationResolver } from './consultation.resolver';
import { ConsultationService } from './consultation.service';
import { ScreeningRoundResolver } from './screening-round.resolver';
import { ScreeningRoundService } from './screening-round.service';

/** Border-effects monitoring: the half-yearly screening of internet consultations, linked to the bottlenecks they touch or led to. */
@Module({
  imports: [BottleneckModule, OrganisationModule],
  providers: [ScreeningRoundService, ConsultationService, BorderEffectsFiguresService, ScreeningRoundResolver, ConsultationResolver, ConsultationFlagResolver],
  exports: [ScreeningRoundService, ConsultationService, BorderEffectsFiguresService],
})
export class BorderEffectsModule {}
