import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { AppUser, SEED_ISSUER } from './user.entity';
import { isLanguage, isRole, Language, OrganisationKind, Role } from '@grensportaal/shared-domain';
import { CurrentUser } from '@api/core/auth/current-user';
import type { VerifiedClaims } from '@api/core/auth/token-verifier.service';

const CACHE_TTL_MS = 5 * 60 * 1000;
const CACHE_MAX = 10_000;

interface CachedUser {
  fingerprint: string;
  user: CurrentUser;
  expiresAt: number;
}

/**
 * Maps verified token claims to a user row: created on first sight, updated
 * when the claims change. A short per-process cache keeps this off the hot
 * path; the database stays the only shared state.
 */
@Injectable()
export class UserService {
  private readonly cache = new Map<string, CachedUser>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async fromClaims(issuer: string, claims: VerifiedClaims): Promise<CurrentUser> {
    const rawRoles = Array.isArray(claims.realm_access?.roles) ? (claims.realm_access.roles as unknown[]) : [];
    const roles = rawRoles.filter(isRole).sort() as Role[];
    const username = claims.preferred_username ?? claims.sub;
    const name = claims.name ?? username;
    const email = claims.email ?? null;
    const organisationCode = typeof claims.organisation === 'string' ? claims.organisation : null;
    const tokenLocale = isLanguage(claims.locale) ? claims.locale : null;
    const key = `${issuer}|${claims.sub}`;
    const fingerprint = createHash('sha1').update(JSON.stringify([username, name, email, organisationCode, roles, tokenLocale])).digest('hex');

    const cached = this.cache.get(key);
    if (cached && cached.fingerprint === fingerprint && cached.expiresAt > Date.now()) return cached.user;

    // A person of the demo register signs in for the first time: their seeded row becomes theirs.
    await this.dataSource.query(
      `UPDATE app_user SET issuer = $1, subject = $2
        WHERE id = (SELECT id FROM app_user WHERE issuer = $4 AND username = $3 ORDER BY created_at LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM app_user WHERE issuer = $1 AND subject = $2)`,
      [issuer, claims.sub, username, SEED_ISSUER],
    );
    const rows: Array<{ id: string; preferred_language: Language | null; org_id: string | null; org_code: string | null; org_kind: OrganisationKind | null }> =
      await this.dataSource.query(
        `WITH org AS (SELECT id, code, kind FROM organisation WHERE code = $6)
         INSERT INTO app_user (issuer, subject, username, display_name, email, organisation_id, roles, locale, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM org), $7, $8, now())
         ON CONFLICT (issuer, subject) DO UPDATE SET
           username = EXCLUDED.username, display_name = EXCLUDED.display_name, email = EXCLUDED.email,
           organisation_id = EXCLUDED.organisation_id, roles = EXCLUDED.roles, locale = EXCLUDED.locale, last_seen_at = now(),
           updated_at = CASE WHEN (app_user.username, app_user.display_name, app_user.email, app_user.organisation_id, app_user.roles)
                                  IS DISTINCT FROM (EXCLUDED.username, EXCLUDED.display_name, EXCLUDED.email, EXCLUDED.organisation_id, EXCLUDED.roles)
                             THEN now() ELSE app_user.updated_at END
         RETURNING id, preferred_language, (SELECT id FROM org) AS org_id, (SELECT code FROM org) AS org_code, (SELECT kind FROM org) AS org_kind`,
        [issuer, claims.sub, username, name, email, organisationCode, roles, tokenLocale],
      );
    const row = rows[0];
    const user: CurrentUser = {
      id: row.id,
      subject: claims.sub,
      username,
      name,
      email,
      roles,
      organisation: row.org_id && row.org_code && row.org_kind ? { id: row.org_id, code: row.org_code, kind: row.org_kind } : null,
      language: row.preferred_language ?? tokenLocale,
    };
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, { fingerprint, user, expiresAt: Date.now() + CACHE_TTL_MS });
    return user;
  }

  /** Whether the person exists and works for the organisation. */
  async belongsTo(userId: string, organisationId: string): Promise<boolean> {
    const person = await this.dataSource.getRepository(AppUser).findOneBy({ id: userId });
    return person?.organisationId === organisationId;
  }

  /** People by username (case does not matter), batched: the people a comment mentions. */
  byUsername(loaders: LoaderRegistry): Loader<string, AppUser | null> {
    return loaders.get<string, AppUser | null>('user.byUsername', async (usernames) => {
      const found: AppUser[] = await this.dataSource
        .getRepository(AppUser)
        .createQueryBuilder('u')
        .where('lower(u.username) = ANY(:usernames)', { usernames: usernames.map((n) => n.toLowerCase()) })
        .getMany();
      const byName = new Map(found.map((u) => [u.username.toLowerCase(), u]));
      return usernames.map((n) => byName.get(n.toLowerCase()) ?? null);
    });
  }

  /** People by id, batched. */
  loader(loaders: LoaderRegistry): Loader<string, AppUser | null> {
    return loaders.get<string, AppUser | null>('user.byId', byIds(this.dataSource.getRepository(AppUser)));
  }

  async setLanguage(user: CurrentUser, language: Language): Promise<CurrentUser> {
    await this.dataSource.query('UPDATE app_user SET preferred_language = $2, updated_at = now() WHERE id = $1', [user.id, language]);
    const updated = { ...user, language };
    for (const entry of this.cache.values()) if (entry.user.id === user.id) entry.user = updated;
    return updated;
  }
}
