import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '@api/core/context/caller';
import { ValidationException } from '@api/core/validation/validation';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { AgendaErrorCode, AgendaException } from '@api/modules/agenda/agenda.exception';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { AddThemeInput, RenameThemeInput } from './dto/theme.input';
import { Theme } from './theme.entity';

/** A theme code from its English name: lower-case ASCII words joined by hyphens. */
export function themeCode(name: string): string {
  const code = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return code || 'theme';
}

/** The secretariat's care of an agenda's themes; each change is in the agenda's history. */
@Injectable()
export class ThemeManagementService {
  private readonly changeTheme = this.writes.of(Theme, 'AGENDA', 'Theme');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly agendas: AgendaService,
  ) {}

  /** Adds a theme, named in all three languages; its code is derived from the English name. */
  async add(caller: Caller, input: AddThemeInput, manager?: EntityManager): Promise<Theme> {
    const agenda = await this.agendas.findByCode(input.agendaCode);
    if (!agenda) throw new AgendaException(AgendaErrorCode.AGENDA_NOT_FOUND, { agenda: input.agendaCode });
    return this.writes.transaction(manager, async (tx) => {
      // One theme added at a time per agenda, so codes and positions cannot collide.
      await tx.query('SELECT id FROM agenda WHERE id = $1 FOR UPDATE', [agenda.id]);
      const existing = await tx.getRepository(Theme).find({ where: { agendaId: agenda.id }, select: { code: true, sortOrder: true } });
      const base = themeCode(input.names.en);
      let code = base;
      for (let n = 2; existing.some((t) => t.code === code); n += 1) code = `${base}-${n}`;
      const theme = await tx.getRepository(Theme).save(
        tx.getRepository(Theme).create({
          agendaId: agenda.id,
          code,
          sortOrder: Math.max(0, ...existing.map((t) => t.sortOrder)) + 1,
          nameNl: input.names.nl.trim(),
          nameDe: input.names.de.trim(),
          nameEn: input.names.en.trim(),
          version: 1,
        }),
      );
      await this.writes.record(tx, caller, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'THEME_ADDED',
        changes: [{ field: 'themes', from: null, to: { code, ...input.names } }],
      });
      return theme;
    });
  }

  /** Corrects a theme's names (optimistic locking on the theme's version). */
  async rename(caller: Caller, input: RenameThemeInput, manager?: EntityManager): Promise<Theme> {
    const current = await this.writes.dataSource.getRepository(Theme).findOneBy({ id: input.id });
    if (!current) throw new ValidationException([{ field: 'input.id', rule: 'notFound', params: { value: input.id } }]);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeTheme(tx, caller, current, input.version, {
        set: { nameNl: input.names.nl.trim(), nameDe: input.names.de.trim(), nameEn: input.names.en.trim() },
        kind: 'THEME_RENAMED',
        changes: (before) => [{ field: `themes.${before.code}`, from: { nl: before.nameNl, de: before.nameDe, en: before.nameEn }, to: input.names }],
        historyOf: { entityId: current.agendaId, agendaId: current.agendaId, version: 1 },
        conflictFields: ['names'],
      });
      return after;
    });
  }
}
