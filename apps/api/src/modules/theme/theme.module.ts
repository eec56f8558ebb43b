import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { Theme } from './theme.entity';
import { ThemeManagementService } from './theme-management.service';
import { AgendaThemesResolver } from './agenda-themes.resolver';
import { ThemeResolver } from './theme.resolver';
import { ThemeService } from './theme.service';

@Module({
  imports: [TypeOrmModule.forFeature([Theme]), AgendaModule],
  providers: [ThemeService, ThemeManagementService, ThemeResolver, AgendaThemesResolver],
  exports: [ThemeService],
})
export class ThemeModule {}
