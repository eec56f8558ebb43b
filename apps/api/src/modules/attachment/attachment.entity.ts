import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { ATTACHMENT_SCAN_STATUSES, AttachmentScanStatus, ENTITY_TYPES, EntityType, Language, LANGUAGES } from '@grensportaal/shared-domain';
import { enumOf, EntityTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { RegisterItem } from '@api/core/persistence/records';

export const AttachmentScanStatusEnum = enumOf(ATTACHMENT_SCAN_STATUSES);
registerEnumType(AttachmentScanStatusEnum, {
  name: 'AttachmentScanStatus',
  description: 'Where a file stands with the virus scanner: PENDING (in quarantine, served to nobody), CLEAN, INFECTED (its content is gone), NOT_SCANNED (no scanner runs: only the uploader may download it).',
});

/** Which store holds a file's content. */
export type StoreName = 'postgres' | 's3';

/**
 * A document on a bottleneck, action or question: its title, description and
 * language as the uploader gave them, the file as it came in (name, type found
 * from the content, size, SHA-256), and where it stands with the virus
 * scanner. The content lives in an AttachmentStore under `storageKey`. A
 * removed attachment stays stored, for the audit, until an admin purges it.
 */
@ObjectType('Attachment', { description: 'A document on a bottleneck, action or question.' })
@Entity('attachment')
@Index(['entityType', 'entityId', 'createdAt'])
@Index('attachment_pending', ['scanStatus', 'createdAt'], { where: `scan_status IN ('PENDING', 'NOT_SCANNED') AND removed_at IS NULL` })
export class Attachment extends RegisterItem {
  @Field(() => EntityTypeEnum) @Column({ type: 'enum', enum: ENTITY_TYPES, enumName: 'entity_type' }) entityType!: EntityType;
  @Field(() => ID) @Column({ type: 'uuid' }) entityId!: string;
  @Field({ description: 'As the uploader named it.' }) @Column({ type: 'text' }) title!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description!: string | null;
  @Field(() => LanguageEnum, { description: 'The language of the document (and of its title).' }) @Column({ type: 'enum', enum: LANGUAGES, enumName: 'language' }) language!: Language;
  @Field({ description: 'The name of the file as it was uploaded.' }) @Column({ type: 'text' }) fileName!: string;
  @Field({ description: 'The media type found from the content.' }) @Column({ type: 'varchar', length: 100 }) mediaType!: string;
  /** Bytes; an integer column holds them, as ATTACHMENT_MAX_MB stops at 2,000 MB. */
  @Field(() => Int, { description: 'Size in bytes.' }) @Column({ type: 'int' }) size!: number;
  @Field({ description: 'SHA-256 of the content, hexadecimal.' }) @Column({ type: 'char', length: 64 }) sha256!: string;
  @Field(() => AttachmentScanStatusEnum) @Column({ type: 'enum', enum: ATTACHMENT_SCAN_STATUSES, enumName: 'attachment_scan_status' }) scanStatus!: AttachmentScanStatus;
  /** The signature clamd named, when it found one. */
  @Column({ type: 'text', nullable: true }) scanSignature!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) scannedAt!: Date | null;
  @Column({ type: 'varchar', length: 10 }) storeName!: StoreName;
  @Column({ type: 'uuid' }) storageKey!: string;
  /** Who uploaded it, for which organisation. */
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was removed from the item (it stays stored for the audit until purged).' }) @Column({ type: 'timestamptz', nullable: true }) removedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) removedById!: string | null;
  @Field(() => Date, { nullable: true, description: 'When an admin deleted its content for good.' }) @Column({ type: 'timestamptz', nullable: true }) purgedAt!: Date | null;
}
