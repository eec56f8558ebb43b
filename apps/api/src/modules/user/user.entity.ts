import { Field, ObjectType } from '@nestjs/graphql';
import { StoredRecord } from '@api/core/persistence/records';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { LANGUAGES, Language } from '@grensportaal/shared-domain';
import { Organisation } from '@api/modules/organisation/organisation.entity';

export const EMAIL_PREFERENCES = ['IMMEDIATE', 'DIGEST', 'OFF'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

/** People of the demo register carry this issuer until they first sign in; then UserService gives them their real issuer and subject. */
export const SEED_ISSUER = 'urn:grensportaal:seed';

/**
 * A person who has signed in. Identity lives in Keycloak; this row mirrors the
 * token's claims (refreshed when they change) so that history, notifications
 * and preferences can refer to people.
 */
@ObjectType('User', { description: 'A person who works in Grensportaal.' })
@Entity('app_user')
@Index(['issuer', 'subject'], { unique: true })
export class AppUser extends StoredRecord {
  @Column({ type: 'varchar', length: 300 }) issuer!: string;
  @Column({ type: 'varchar', length: 255 }) subject!: string;
  @Field({ description: 'Sign-in name; used for @mentions.' }) @Index() @Column({ type: 'varchar', length: 255 }) username!: string;
  @Field({ name: 'name' }) @Column({ type: 'varchar', length: 300 }) displayName!: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @ManyToOne(() => Organisation, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'organisation_id' }) organisation?: Organisation | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) roles!: string[];

  /** Chosen interface language; null until the user picks one (then the token's locale applies). */
  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'language', nullable: true }) preferredLanguage!: Language | null;

  /** The locale their identity provider gives (token claim `locale`); e-mails use it until they choose a language. */
  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'language', nullable: true }) locale!: Language | null;

  /** How notifications reach them by e-mail: at once, in a daily digest at 07:00, or not. */
  @Column({ type: 'varchar', length: 10, default: 'IMMEDIATE' }) emailPreference!: EmailPreference;

  /** Null for a person of the demo register who has not signed in yet. */
  @Column({ type: 'timestamptz', nullable: true }) lastSeenAt!: Date | null;
}
