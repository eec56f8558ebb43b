import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { Agenda } from './agenda.entity';
import { AgendaPartner } from './agenda-partner.entity';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agenda, AgendaPartner]), OrganisationModule],
  providers: [AgendaService, AgendaResolver],
  exports: [AgendaService],
})
export class AgendaModule {}
