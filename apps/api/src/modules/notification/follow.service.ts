import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '@api/core/auth/access.service';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Me } from '@api/modules/user/me.model';
import { toMe } from '@api/modules/user/me.resolver';
import { EmailPreference } from '@api/modules/user/user.entity';

/**
 * A person's own settings for notifications: which bottlenecks they follow and
 * how e-mail reaches them. Personal preferences, not business data: they are
 * not part of an item's history.
 */
@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Whether the caller follows the bottleneck; one query for all bottlenecks of a request. */
  follows(ctx: GraphQLContext, bottleneckId: string): Promise<boolean> {
    const user = this.access.requireUser(ctx);
    return ctx.loaders
      .get<string, boolean>('follow.bottleneck', async (ids) => {
        const rows: Array<{ entity_id: string }> = await this.dataSource.query(
          `SELECT entity_id FROM follow WHERE user_id = $1 AND entity_type = 'BOTTLENECK' AND entity_id = ANY($2::uuid[])`,
          [user.id, [...ids]],
        );
        const followed = new Set(rows.map((r) => r.entity_id));
        return ids.map((id) => followed.has(id));
      })
      .load(bottleneckId);
  }

  async follow(ctx: GraphQLContext, bottleneckId: string, on: boolean): Promise<void> {
    const user = this.access.requireUser(ctx);
    if (on) await this.dataSource.query(`INSERT INTO follow (user_id, entity_type, entity_id) VALUES ($1, 'BOTTLENECK', $2) ON CONFLICT DO NOTHING`, [user.id, bottleneckId]);
    else await this.dataSource.query(`DELETE FROM follow WHERE user_id = $1 AND entity_type = 'BOTTLENECK' AND entity_id = $2`, [user.id, bottleneckId]);
    ctx.loaders.get<string, boolean>('follow.bottleneck', async (ids) => ids.map(() => on)).clear(bottleneckId).prime(bottleneckId, on);
  }

  async emailPreference(ctx: GraphQLContext, userId: string): Promise<EmailPreference> {
    const rows: Array<{ email_preference: EmailPreference }> = await this.dataSource.query(`SELECT email_preference FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.email_preference ?? 'IMMEDIATE';
  }

  async setEmailPreference(ctx: GraphQLContext, preference: EmailPreference): Promise<Me> {
    const user = this.access.requireUser(ctx);
    await this.dataSource.query(`UPDATE app_user SET email_preference = $2, updated_at = now() WHERE id = $1`, [user.id, preference]);
    return toMe(user);
  }
}
