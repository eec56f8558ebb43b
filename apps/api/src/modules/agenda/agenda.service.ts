import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessService } from '@api/core/auth/access.service';
import { CurrentUser } from '@api/core/auth/current-user';
import { groupByKey, byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { HistoryService } from '@api/core/history/history.service';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { ValidationException } from '@api/core/validation/validation';
import { ConflictException } from '@api/core/versioning/conflict.exception';
import { rowToEntity } from '@api/core/versioning/rows';
import { AgendaErrorCode, AgendaException } from './agenda.exception';
import { Agenda } from './agenda.entity';
import { AgendaPartner } from './agenda-partner.entity';
import { AddThemeInput, RenameThemeInput } from './dto/theme.input';

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

@Injectable()
export class AgendaService {
  constructor(
    @InjectRepository(Agenda) private readonly agendas: Repository<Agenda>,
    @InjectRepository(AgendaPartner) private readonly partnerships: Repository<AgendaPartner>,
    private readonly access: AccessService,
    private readonly history: HistoryService,
  ) {}

  /** The agendas the caller may see, in their agreed order. */
  async list(ctx: GraphQLContext): Promise<Agenda[]> {
    const scope = await this.access.agendaScope(ctx);
    if (!scope.all && scope.agendaIds.size === 0) return [];
    return this.agendas.find({
      where: scope.all ? {} : { id: In([...scope.agendaIds]) },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  /** One agenda by code; null when it does not exist or the caller may not see it (no difference is revealed). */
  async byCode(ctx: GraphQLContext, code: string): Promise<Agenda | null> {
    const agenda = await this.agendas.findOneBy({ code });
    return agenda && (await this.access.canReadAgenda(ctx, agenda.id)) ? agenda : null;
  }

  /** Agendas by id, batched, without access checks (for internal use: steering organisation, prefixes). */
  loader(loaders: LoaderRegistry): Loader<string, Agenda | null> {
    return loaders.get<string, Agenda | null>('agenda.byId', byIds(this.agendas));
  }

  findByCode(code: string): Promise<Agenda | null> {
    return this.agendas.findOneBy({ code });
  }

  /** Whether an organisation takes part in an agenda. */
  async isPartner(agendaId: string, organisationId: string): Promise<boolean> {
    return (await this.partnerships.countBy({ agendaId, organisationId })) > 0;
  }

  /** The partner organisations of an agenda; one query for all agendas of a request. */
  partners(loaders: LoaderRegistry, agendaId: string): Promise<Organisation[]> {
    return loaders
      .get<string, Organisation[]>('agenda.partners', async (agendaIds) => {
        const rows = await this.partnerships.find({
          where: { agendaId: In([...agendaIds]) },
          relations: { organisation: true },
          order: { organisation: { kind: 'ASC', code: 'ASC' } },
        });
        return groupByKey(agendaIds, rows, (row) => row.agendaId).map((group) => group.map((row) => row.organisation as Organisation));
      })
      .load(agendaId);
  }

  /** The secretariat adds an organisation to an agenda's partners (who may then read the agenda). */
  async addPartner(user: CurrentUser, agendaCode: string, organisationCode: string): Promise<Agenda> {
    return this.agendas.manager.transaction(async (manager) => {
      const { agenda, organisation } = await this.agendaAndOrganisation(manager.getRepository(Agenda), manager.getRepository(Organisation), agendaCode, organisationCode);
      const inserted: unknown[] = await manager.query(
        'INSERT INTO agenda_partner (agenda_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING agenda_id',
        [agenda.id, organisation.id],
      );
      if (inserted.length === 0) throw new AgendaException(AgendaErrorCode.ALREADY_PARTNER, { agenda: agenda.code, organisation: organisation.code });
      await this.history.record(manager, user, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'PARTNER_ADDED',
        changes: [{ field: 'partners', from: null, to: organisation.code }],
      });
      return agenda;
    });
  }

  /** The secretariat removes an organisation from an agenda's partners. */
  async removePartner(user: CurrentUser, agendaCode: string, organisationCode: string): Promise<Agenda> {
    return this.agendas.manager.transaction(async (manager) => {
      const { agenda, organisation } = await this.agendaAndOrganisation(manager.getRepository(Agenda), manager.getRepository(Organisation), agendaCode, organisationCode);
      const deleted: [unknown[], number] = await manager.query('DELETE FROM agenda_partner WHERE agenda_id = $1 AND organisation_id = $2', [agenda.id, organisation.id]);
      if (deleted[1] === 0) throw new AgendaException(AgendaErrorCode.NOT_A_PARTNER, { agenda: agenda.code, organisation: organisation.code });
      await this.history.record(manager, user, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'PARTNER_REMOVED',
        changes: [{ field: 'partners', from: organisation.code, to: null }],
      });
      return agenda;
    });
  }

  /** The secretariat adds a theme, named in all three languages; its code is derived from the English name. */
  async addTheme(user: CurrentUser, input: AddThemeInput): Promise<Theme> {
    return this.agendas.manager.transaction(async (manager) => {
      const agenda = await manager.getRepository(Agenda).findOneBy({ code: input.agendaCode });
      if (!agenda) throw new AgendaException(AgendaErrorCode.AGENDA_NOT_FOUND, { agenda: input.agendaCode });
      // One theme added at a time per agenda, so codes and positions cannot collide.
      await manager.query('SELECT id FROM agenda WHERE id = $1 FOR UPDATE', [agenda.id]);
      const existing: Array<{ code: string; sort_order: number }> = await manager.query('SELECT code, sort_order FROM theme WHERE agenda_id = $1', [agenda.id]);
      const base = themeCode(input.names.en);
      let code = base;
      for (let n = 2; existing.some((t) => t.code === code); n += 1) code = `${base}-${n}`;
      const theme = await manager.getRepository(Theme).save(
        manager.getRepository(Theme).create({
          agendaId: agenda.id,
          code,
          sortOrder: Math.max(0, ...existing.map((t) => t.sort_order)) + 1,
          nameNl: input.names.nl.trim(),
          nameDe: input.names.de.trim(),
          nameEn: input.names.en.trim(),
          version: 1,
        }),
      );
      await this.history.record(manager, user, {
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

  /** The secretariat corrects a theme's names (optimistic locking on the theme's version). */
  async renameTheme(user: CurrentUser, input: RenameThemeInput): Promise<Theme> {
    return this.agendas.manager.transaction(async (manager) => {
      const current = await manager.getRepository(Theme).findOneBy({ id: input.id });
      if (!current) throw new ValidationException([{ field: 'input.id', rule: 'notFound', params: { value: input.id } }]);
      const names = { nameNl: input.names.nl.trim(), nameDe: input.names.de.trim(), nameEn: input.names.en.trim() };
      const [rows]: [Array<Record<string, unknown>>, number] = await manager.query(
        `UPDATE theme SET name_nl = $3, name_de = $4, name_en = $5, version = version + 1, updated_at = $6
          WHERE id = $1 AND version = $2 RETURNING *`,
        [current.id, input.version, names.nameNl, names.nameDe, names.nameEn, this.history.now()],
      );
      if (rows.length === 0) throw new ConflictException(['names'], current.version);
      const before = { nl: current.nameNl, de: current.nameDe, en: current.nameEn };
      await this.history.record(manager, user, {
        entityType: 'AGENDA',
        entityId: current.agendaId,
        agendaId: current.agendaId,
        version: 1,
        kind: 'THEME_RENAMED',
        changes: [{ field: `themes.${current.code}`, from: before, to: input.names }],
      });
      return rowToEntity(this.agendas.manager.connection, Theme, rows[0]);
    });
  }

  private async agendaAndOrganisation(agendas: Repository<Agenda>, organisations: Repository<Organisation>, agendaCode: string, organisationCode: string) {
    const agenda = await agendas.findOneBy({ code: agendaCode });
    if (!agenda) throw new AgendaException(AgendaErrorCode.AGENDA_NOT_FOUND, { agenda: agendaCode });
    const organisation = await organisations.findOneBy({ code: organisationCode });
    if (!organisation) throw new AgendaException(AgendaErrorCode.ORGANISATION_NOT_FOUND, { organisation: organisationCode });
    return { agenda, organisation };
  }
}
