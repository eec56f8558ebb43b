import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { Me } from '@api/modules/user/me.model';
import { toMe } from '@api/modules/user/me.resolver';
import { EmailPreference } from '@api/modules/user/user.entity';
import type { FollowableType } from './dto/notifications.args';

/**
 * A person's own settings for notifications: which items they follow and
 * how e-mail reaches them. Personal preferences, not business data: they are
 * not part of an item's history.
 */
@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  private loader(caller: Caller, entityType: FollowableType) {
    const user = this.access.requireUser(caller);
    return caller.loaders.get<string, boolean>(`follow.${entityType}`, async (ids) => {
      const rows: Array<{ entity_id: string }> = await this.dataSource.query(
        `SELECT entity_id FROM follow WHERE user_id = $1 AND entity_type = $2 AND entity_id = ANY($3::uuid[])`,
        [user.id, entityType, [...ids]],
      );
      const followed = new Set(rows.map((r) => r.entity_id));
      return ids.map((id) => followed.has(id));
    });
  }

  /** Whether the caller follows the item; one query per kind of item for a whole request. */
  follows(caller: Caller, entityType: FollowableType, id: string): Promise<boolean> {
    return this.loader(caller, entityType).load(id);
  }

  /** Starts or stops following an item the caller may read (the caller checks that). */
  async setFollowing(caller: Caller, entityType: FollowableType, id: string, on: boolean): Promise<boolean> {
    const user = this.access.requireUser(caller);
    if (on) await this.dataSource.query(`INSERT INTO follow (user_id, entity_type, entity_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [user.id, entityType, id]);
    else await this.dataSource.query(`DELETE FROM follow WHERE user_id = $1 AND entity_type = $2 AND entity_id = $3`, [user.id, entityType, id]);
    this.loader(caller, entityType).clear(id).prime(id, on);
    return on;
  }

  async emailPreference(userId: string): Promise<EmailPreference> {
    const rows: Array<{ email_preference: EmailPreference }> = await this.dataSource.query(`SELECT email_preference FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.email_preference ?? 'IMMEDIATE';
  }

  async setEmailPreference(caller: Caller, preference: EmailPreference): Promise<Me> {
    const user = this.access.requireUser(caller);
    await this.dataSource.query(`UPDATE app_user SET email_preference = $2, updated_at = now() WHERE id = $1`, [user.id, preference]);
    return toMe(user);
  }
}
