import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SEE_ALL_AGENDAS_ROLES } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { AuthErrorCode, AuthException } from './auth.exception';
import { CurrentUser } from './current-user';

/** An SQL condition with its :named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** What a user may read: all agendas, or the ids of those their organisation takes part in. */
export type AgendaScope = { all: true } | { all: false; agendaIds: ReadonlySet<string> };

/**
 * Organisation and agenda scoping, used by every service for every object:
 * a user sees the agendas their organisation takes part in; ministries take
 * part in all three; the secretariat and admins see everything.
 */
@Injectable()
export class AccessService {
  private readonly scopes = new WeakMap<Caller, Promise<AgendaScope>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  requireUser(caller: Caller): CurrentUser {
    if (!caller.user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
    return caller.user;
  }

  seesAllAgendas(user: CurrentUser): boolean {
    return user.roles.some((role) => SEE_ALL_AGENDAS_ROLES.includes(role)) || user.organisation?.kind === 'MINISTRY';
  }

  /** Computed once per request. */
  agendaScope(caller: Caller): Promise<AgendaScope> {
    let scope = this.scopes.get(caller);
    if (!scope) {
      scope = this.computeScope(this.requireUser(caller));
      this.scopes.set(caller, scope);
    }
    return scope;
  }

  async canReadAgenda(caller: Caller, agendaId: string): Promise<boolean> {
    const scope = await this.agendaScope(caller);
    return scope.all || scope.agendaIds.has(agendaId);
  }

  /** A question, comment or document of an agenda is read where the agenda is; one about a consultation (no agenda) by every signed-in user. */
  async canReadRegisterItem(caller: Caller, agendaId: string | null): Promise<boolean> {
    this.requireUser(caller);
    return agendaId === null || this.canReadAgenda(caller, agendaId);
  }

  /** Drafts are the reporting organisation's own work: only it, the secretariat and admins see them. */
  seesAllDrafts(user: CurrentUser): boolean {
    return user.roles.includes('secretariat') || user.roles.includes('admin');
  }

  async canReadBottleneck(caller: Caller, bottleneck: { agendaId: string; status: string; reportingOrganisationId: string }): Promise<boolean> {
    const user = this.requireUser(caller);
    if (!(await this.canReadAgenda(caller, bottleneck.agendaId))) return false;
    return bottleneck.status !== 'DRAFT' || this.seesAllDrafts(user) || bottleneck.reportingOrganisationId === user.organisation?.id;
  }

  /**
   * The same rules as a SQL condition on `alias` (a table with agenda_id, and
   * for bottlenecks status and reporting_organisation_id), so lists, counts and
   * searches see exactly what lookups see, without an extra query.
   */
  scopeCondition(caller: Caller, alias: string, kind: 'agenda' | 'bottleneck' | 'registerItem'): SqlCondition {
    const user = this.requireUser(caller);
    const org = user.organisation?.id ?? '00000000-0000-0000-0000-000000000000';
    const conditions: string[] = [];
    const params: Record<string, unknown> = {};
    if (!this.seesAllAgendas(user)) {
      const inScope = `${alias}.agenda_id IN (SELECT ap.agenda_id FROM agenda_partner ap WHERE ap.organisation_id = :${alias}ScopeOrg)`;
      conditions.push(kind === 'registerItem' ? `(${alias}.agenda_id IS NULL OR ${inScope})` : inScope);
      params[`${alias}ScopeOrg`] = org;
    }
    if (kind === 'bottleneck' && !this.seesAllDrafts(user)) {
      conditions.push(`(${alias}.status <> 'DRAFT' OR ${alias}.reporting_organisation_id = :${alias}DraftOrg)`);
      params[`${alias}DraftOrg`] = org;
    }
    return { sql: conditions.length ? conditions.join(' AND ') : 'TRUE', params };
  }

  /**
   * The draft rule of scopeCondition over a column naming whose draft a row
   * belongs to (null when it is not in a draft): for tables that carry it
   * denormalized, such as the search index, so that scoping needs no join.
   */
  draftCondition(caller: Caller, draftOwnerColumn: string, name: string): SqlCondition {
    const user = this.requireUser(caller);
    if (this.seesAllDrafts(user)) return { sql: 'TRUE', params: {} };
    return { sql: `(${draftOwnerColumn} IS NULL OR ${draftOwnerColumn} = :${name})`, params: { [name]: user.organisation?.id ?? '00000000-0000-0000-0000-000000000000' } };
  }

  private async computeScope(user: CurrentUser): Promise<AgendaScope> {
    if (this.seesAllAgendas(user)) return { all: true };
    if (!user.organisation) return { all: false, agendaIds: new Set() };
    const rows: Array<{ agenda_id: string }> = await this.dataSource.query('SELECT agenda_id FROM agenda_partner WHERE organisation_id = $1', [user.organisation.id]);
    return { all: false, agendaIds: new Set(rows.map((r) => r.agenda_id)) };
  }
}
