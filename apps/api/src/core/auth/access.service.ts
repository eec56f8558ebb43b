import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SEE_ALL_AGENDAS_ROLES } from '@grensportaal/shared-domain';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { AuthErrorCode, AuthException } from './auth.exception';
import { CurrentUser } from './current-user';

/** What a user may read: all agendas, or the ids of those their organisation takes part in. */
export type AgendaScope = { all: true } | { all: false; agendaIds: ReadonlySet<string> };

/**
 * Organisation and agenda scoping, used by every service for every object:
 * a user sees the agendas their organisation takes part in; ministries take
 * part in all three; the secretariat and admins see everything.
 */
@Injectable()
export class AccessService {
  private readonly scopes = new WeakMap<GraphQLContext, Promise<AgendaScope>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  requireUser(ctx: GraphQLContext): CurrentUser {
    if (!ctx.user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
    return ctx.user;
  }

  seesAllAgendas(user: CurrentUser): boolean {
    return user.roles.some((role) => SEE_ALL_AGENDAS_ROLES.includes(role)) || user.organisation?.kind === 'MINISTRY';
  }

  /** Computed once per request. */
  agendaScope(ctx: GraphQLContext): Promise<AgendaScope> {
    let scope = this.scopes.get(ctx);
    if (!scope) {
      scope = this.computeScope(this.requireUser(ctx));
      this.scopes.set(ctx, scope);
    }
    return scope;
  }

  async canReadAgenda(ctx: GraphQLContext, agendaId: string): Promise<boolean> {
    const scope = await this.agendaScope(ctx);
    return scope.all || scope.agendaIds.has(agendaId);
  }

  private async computeScope(user: CurrentUser): Promise<AgendaScope> {
    if (this.seesAllAgendas(user)) return { all: true };
    if (!user.organisation) return { all: false, agendaIds: new Set() };
    const rows: Array<{ agenda_id: string }> = await this.dataSource.query('SELECT agenda_id FROM agenda_partner WHERE organisation_id = $1', [user.organisation.id]);
    return { all: false, agendaIds: new Set(rows.map((r) => r.agenda_id)) };
  }
}
