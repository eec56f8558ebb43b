import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ATTACHMENT_KINDS, EntityType } from '@grensportaal/shared-domain';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { CurrentUser } from '@api/core/auth/current-user';
import { Caller } from '@api/core/context/caller';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { diff, NewHistoryEntry } from '@api/core/history/history.service';
import { Logger, LOGGER } from '@api/core/logging/logger';
import { ValidationException } from '@api/core/validation/validation';
import { ConflictException, ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { rowToEntity } from '@api/core/versioning/rows';
import { ReadableItem, ReadableItems } from '@api/modules/item/readable-items';
import { AttachmentStores } from './attachment-store';
import { cleanFileName, Meter, splitHead } from './attachment-streams';
import { Attachment } from './attachment.entity';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception';
import { ClamdScanner, ScannerUnavailableError, ScanVerdict } from './clamd-scanner';
import { AttachFileFields, RemoveAttachmentInput, RenameAttachmentInput } from './dto/attachment.inputs';
import { kindOf, SNIFF_BYTES } from './file-kind';

/** A file as it streams in: its name as the browser gave it, and its content. */
export interface IncomingFile {
  fileName: string;
  content: Readable;
}

/** An attachment ready to be served: the row, and its content as a stream. */
export interface OpenedAttachment {
  attachment: Attachment;
  content: Readable;
}

const RENAMED_FIELDS = ['title', 'description', 'language'] as const;

/**
 * Documents on bottlenecks, actions and questions. Anyone who may read an
 * item may attach a file to it; the uploader, the secretariat and admins may
 * rename and remove it; admins purge removed files. A file is stored as it
 * streams in (never buffered whole), its kind decided by its content, then
 * scanned by clamd before anyone may download it: infected, it is refused
 * and nothing of it is kept; clamd out of reach, it is held in quarantine and
 * released by the next rescan. Every change is in the item's history, in the
 * transaction of the change.
 */
@Injectable()
export class AttachmentService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stores: AttachmentStores;
  private readonly scanner: ClamdScanner | null;
  private rescanTimer?: NodeJS.Timeout;
  private rescanning: Promise<number> | null = null;

  constructor(
    private readonly writes: RegisterWrites,
    private readonly items: ReadableItems,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.stores = new AttachmentStores(config, writes.dataSource);
    const clamav = config.attachments.clamav;
    this.scanner = clamav.address ? new ClamdScanner(clamav.address, clamav.timeoutMs) : null;
  }

  get maxBytes(): number {
    return this.config.attachments.maxBytes;
  }

  onApplicationBootstrap(): void {
    if (!this.scanner) {
      this.logger.warn('CLAMAV_ADDRESS is unset: attached files are not scanned, and only the person who uploaded one may download it');
      return;
    }
    this.rescanTimer = setInterval(() => void this.releaseHeld(), this.config.attachments.clamav.rescanS * 1000);
    this.rescanTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.rescanTimer);
    await this.rescanning;
  }

  /** The item's current attachments, oldest first; one query for all items of a request. */
  of(loaders: LoaderRegistry, entityType: EntityType, entityId: string): Promise<Attachment[]> {
    return loaders
      .get<string, Attachment[]>(`attachment.of.${entityType}`, async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.writes.dataSource.query(
          'SELECT * FROM attachment WHERE entity_type = $1 AND entity_id = ANY($2) AND removed_at IS NULL ORDER BY created_at, id',
          [entityType, [...ids]],
        );
        return groupByKey(ids, rows.map((row) => rowToEntity(this.writes.dataSource, Attachment, row)), (a) => a.entityId);
      })
      .load(entityId);
  }

  /** Whether the caller may rename and remove it: the uploader, the secretariat, admins. */
  canChange(user: CurrentUser, attachment: Attachment): boolean {
    return attachment.authorId === user.id || user.roles.includes('secretariat') || user.roles.includes('admin');
  }

  /** Whether the caller may download it now. */
  canDownload(user: CurrentUser, attachment: Attachment): boolean {
    if (attachment.purgedAt) return false;
    if (attachment.removedAt && !this.seesRemoved(user)) return false;
    return attachment.scanStatus === 'CLEAN' || (attachment.scanStatus === 'NOT_SCANNED' && attachment.authorId === user.id);
  }

  /**
   * Stores, scans and records one file for an item. The fields are checked
   * and the item looked up before a byte of the file is read; the kind is
   * decided from its first 64 KB; the size is counted as it streams.
   */
  async attach(caller: Caller, fields: AttachFileFields, file: IncomingFile): Promise<Attachment> {
    const user = this.writes.user(caller);
    const item = await this.items.find(caller, fields.entityType, fields.entityId);
    if (!item) throw new ValidationException([{ field: 'input.entityId', rule: 'notFound', params: { value: fields.entityId } }]);
    const name = cleanFileName(file.fileName);
    const { head, whole } = await splitHead(file.content, SNIFF_BYTES);
    if (!head.length) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_EMPTY, { name });
    const kind = await kindOf(head, name);
    if (!kind) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED, { name });

    const store = this.stores.current;
    const key = randomUUID();
    const meter = new Meter(this.maxBytes, name);
    whole.on('error', (error) => meter.destroy(error));
    // clamd reads the file as it is stored: one pass, nothing read back.
    const copy = this.scanner ? new PassThrough() : null;
    const scanning = copy ? this.scanAlong(copy, meter, name) : Promise.resolve(null);
    scanning.catch(() => undefined);
    try {
      await store.write(key, whole.pipe(meter));
      const verdict = await scanning;
      if (verdict && !verdict.clean) {
        this.logger.warn({ event: 'attachment.infected', signature: verdict.signature, fileName: name, entityType: item.entityType, entityId: item.id, userId: user.id }, 'an infected file was refused');
        throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_INFECTED, { name });
      }
      const now = this.writes.clock.now();
      return await this.writes.transaction(undefined, async (tx) => {
        const saved = await tx.getRepository(Attachment).save(
          tx.getRepository(Attachment).create({
            agendaId: item.agendaId,
            entityType: item.entityType,
            entityId: item.id,
            title: fields.title,
            description: fields.description ?? null,
            language: fields.language,
            fileName: name,
            mediaType: ATTACHMENT_KINDS[kind].mediaType,
            size: meter.bytes,
            sha256: meter.digest(),
            scanStatus: verdict ? 'CLEAN' : this.scanner ? 'PENDING' : 'NOT_SCANNED',
            scanSignature: null,
            scannedAt: verdict ? now : null,
            storeName: store.name,
            storageKey: key,
            authorId: user.id,
            organisationId: user.organisation?.id ?? null,
            removedAt: null,
            removedById: null,
            purgedAt: null,
            createdAt: now,
            updatedAt: now,
            version: 1,
          }),
        );
        await this.writes.record(tx, caller, this.entry(item, 'ATTACHED', [{ field: 'attachment', from: null, to: label(saved), language: saved.language }]), { after: saved, subject: item.subject });
        return saved;
      });
    } catch (error) {
      copy?.destroy();
      await store.remove(key).catch((e: unknown) => this.logger.error({ err: e, key }, 'could not remove the content of a refused file'));
      // A store may wrap the stream's error in its own (S3's multipart upload does): the refusal is what the user needs to hear.
      throw meter.refusal ?? error;
    }
  }

  async rename(caller: Caller, input: RenameAttachmentInput): Promise<Attachment> {
    const { attachment, item } = await this.changeable(caller, input.id);
    const next = { title: input.title, description: input.description ?? null, language: input.language };
    const changes = diff({ ...attachment }, { ...attachment, ...next }, RENAMED_FIELDS, { title: next.language, description: next.language });
    if (!changes.length && attachment.version === input.version) return attachment;
    return this.writes.transaction(undefined, async (tx) => {
      const after = await this.update(tx, attachment, input.version, next);
      await this.writes.record(tx, caller, this.entry(item, 'ATTACHMENT_RENAMED', changes), { before: attachment, after, subject: item.subject });
      return after;
    });
  }

  async remove(caller: Caller, input: RemoveAttachmentInput): Promise<Attachment> {
    const user = this.writes.user(caller);
    const { attachment, item } = await this.changeable(caller, input.id);
    return this.writes.transaction(undefined, async (tx) => {
      const after = await this.update(tx, attachment, input.version, { removedAt: this.writes.clock.now(), removedById: user.id });
      await this.writes.record(tx, caller, this.entry(item, 'ATTACHMENT_REMOVED', [{ field: 'attachment', from: label(attachment), to: null, language: attachment.language }]), { before: attachment, after, subject: item.subject });
      return after;
    });
  }

  /** Deletes the content of a removed file for good (admins); the record and its history stay. */
  async purge(caller: Caller, input: RemoveAttachmentInput): Promise<Attachment> {
    const attachment = await this.findReadable(caller, input.id);
    if (!attachment) throw new ItemNotFoundException('Attachment');
    if (!attachment.row.removedAt) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_NOT_REMOVED, { name: attachment.row.fileName });
    if (attachment.row.purgedAt) return attachment.row;
    const { row, item } = attachment;
    const after = await this.writes.transaction(undefined, async (tx) => {
      const purged = await this.update(tx, row, input.version, { purgedAt: this.writes.clock.now() });
      await this.writes.record(tx, caller, this.entry(item, 'ATTACHMENT_PURGED', [{ field: 'attachment', from: label(row), to: null, language: row.language }]), { before: row, after: purged, subject: item.subject });
      return purged;
    });
    // After the commit: a purge that did not commit leaves the content in place.
    await this.stores.of(row.storeName).remove(row.storageKey);
    return after;
  }

  /** The file for a download, under the item's read rules and the scanner's verdict. */
  async open(caller: Caller, id: string): Promise<OpenedAttachment> {
    const user = this.writes.user(caller);
    const found = await this.findReadable(caller, id);
    if (!found || (found.row.removedAt && !this.seesRemoved(user))) throw new ItemNotFoundException('Attachment');
    const { row } = found;
    const name = row.fileName;
    if (row.purgedAt) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_PURGED, { name });
    if (row.scanStatus === 'PENDING') throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_HELD, { name });
    if (row.scanStatus === 'INFECTED') throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_INFECTED, { name });
    if (row.scanStatus === 'NOT_SCANNED' && row.authorId !== user.id) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_NOT_SCANNED, { name });
    return { attachment: row, content: await this.stores.of(row.storeName).read(row.storageKey) };
  }

  /**
   * Offers every file held in quarantine to clamd again, one at a time (a row
   * lock, SKIP LOCKED, so that several API processes never scan the same
   * file), until none is left or clamd is out of reach. Clean: released;
   * infected: removed, its content deleted. Runs every ATTACHMENT_RESCAN_S.
   */
  releaseHeld(): Promise<number> {
    this.rescanning ??= this.releaseAll().finally(() => (this.rescanning = null));
    return this.rescanning;
  }

  private async releaseAll(): Promise<number> {
    let released = 0;
    try {
      while (await this.releaseOne()) released++;
    } catch (error) {
      if (!(error instanceof ScannerUnavailableError)) this.logger.error({ err: error }, 'rescanning the files held in quarantine failed');
    }
    return released;
  }

  private async releaseOne(): Promise<boolean> {
    const scanner = this.scanner;
    if (!scanner) return false;
    let removeContent: (() => Promise<void>) | null = null;
    const done = await this.writes.transaction(undefined, async (tx) => {
      const rows: Array<Record<string, unknown>> = await tx.query(
        `SELECT * FROM attachment WHERE scan_status IN ('PENDING', 'NOT_SCANNED') AND removed_at IS NULL ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!rows.length) return false;
      const row = rowToEntity(this.writes.dataSource, Attachment, rows[0]);
      const store = this.stores.of(row.storeName);
      const verdict = await scanner.scan(await store.read(row.storageKey));
      const item = await this.items.itself(row.entityType, row.entityId);
      if (!item) return true;
      const now = this.writes.clock.now();
      const entry: NewHistoryEntry = { entityType: row.entityType, entityId: row.entityId, agendaId: row.agendaId, version: item.version, kind: 'ATTACHMENT_RELEASED' };
      if (verdict.clean) {
        const after = await this.update(tx, row, row.version, { scanStatus: 'CLEAN', scannedAt: now });
        await this.writes.history.record(tx, null, { ...entry, changes: [{ field: 'scanStatus', from: row.scanStatus, to: 'CLEAN' }] }, { before: row, after });
        return true;
      }
      this.logger.warn({ event: 'attachment.infected', signature: verdict.signature, attachmentId: row.id, fileName: row.fileName }, 'a file held in quarantine was infected: removed');
      const after = await this.update(tx, row, row.version, { scanStatus: 'INFECTED', scanSignature: verdict.signature, scannedAt: now, removedAt: now, purgedAt: now });
      await this.writes.history.record(
        tx,
        null,
        { ...entry, kind: 'ATTACHMENT_REMOVED', changes: [{ field: 'attachment', from: label(row), to: null, language: row.language }, { field: 'scanStatus', from: row.scanStatus, to: 'INFECTED' }] },
        { before: row, after },
      );
      removeContent = () => store.remove(row.storageKey);
      return true;
    });
    if (removeContent) await (removeContent as () => Promise<void>)();
    return done;
  }

  /**
   * clamd's verdict on a file as it streams through `meter` into the store;
   * null when clamd is out of reach (the file is then held, and the upload
   * goes on without it).
   */
  private async scanAlong(copy: PassThrough, meter: Meter, name: string): Promise<ScanVerdict | null> {
    copy.on('error', () => undefined);
    meter.copyTo(copy);
    try {
      return await this.scanner!.scan(copy);
    } catch (error) {
      meter.stopCopy();
      if (!(error instanceof ScannerUnavailableError)) throw error;
      this.logger.warn({ err: error, fileName: name }, 'clamd is out of reach: the file is held in quarantine until it can be scanned');
      return null;
    }
  }

  private seesRemoved(user: CurrentUser): boolean {
    return user.roles.includes('secretariat') || user.roles.includes('admin');
  }

  private async findReadable(caller: Caller, id: string): Promise<{ row: Attachment; item: ReadableItem } | null> {
    const row = await this.writes.dataSource.getRepository(Attachment).findOneBy({ id });
    const item = row && (await this.items.find(caller, row.entityType, row.entityId));
    return row && item ? { row, item } : null;
  }

  private async changeable(caller: Caller, id: string): Promise<{ attachment: Attachment; item: ReadableItem }> {
    const user = this.writes.user(caller);
    const found = await this.findReadable(caller, id);
    if (!found || found.row.removedAt) throw new ItemNotFoundException('Attachment');
    if (!this.canChange(user, found.row)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    return { attachment: found.row, item: found.item };
  }

  /** A versioned update of the row: a stale version is refused, nothing written. */
  private async update(tx: EntityManager, row: Attachment, version: number, set: Partial<Attachment>): Promise<Attachment> {
    const now = this.writes.clock.now();
    const result = await tx.getRepository(Attachment).createQueryBuilder().update().set({ ...set, version: () => 'version + 1', updatedAt: now }).where('id = :id AND version = :version', { id: row.id, version }).execute();
    if (!result.affected) {
      const current = await tx.getRepository(Attachment).findOneBy({ id: row.id });
      throw new ConflictException(Object.keys(set), current?.version ?? row.version);
    }
    return { ...row, ...set, version: version + 1, updatedAt: now } as Attachment;
  }

  /** History of a change to an attachment is history of its item, at the item's version. */
  private entry(item: ReadableItem, kind: NewHistoryEntry['kind'], changes: NewHistoryEntry['changes']): NewHistoryEntry {
    return { entityType: item.entityType, entityId: item.id, agendaId: item.agendaId, version: item.version, kind, changes };
  }
}

/** How history names an attachment: its title and file name. */
function label(a: Pick<Attachment, 'title' | 'fileName'>): string {
  return `${a.title} (${a.fileName})`;
}
