import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@api/config/app-config';
import type { StoreName } from './attachment.entity';

/**
 * Where the content of attached files is kept: written once from a stream,
 * read back as a stream, removed when an admin purges it. Nothing of a file
 * is ever held in memory whole.
 */
export interface AttachmentStore {
  readonly name: StoreName;
  write(key: string, content: Readable): Promise<void>;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** Size of one stored chunk in PostgreSQL (and of one part in S3 above its minimum). */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Files in PostgreSQL, as rows of 1 MB (`attachment_blob`): nothing else to
 * run for `npm start` and a small deployment, streamed both ways (one chunk
 * in memory at a time), and in the database's backups with the register.
 */
export class PostgresAttachmentStore implements AttachmentStore {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async write(key: string, content: Readable): Promise<void> {
    let seq = 0;
    let parts: Buffer[] = [];
    let held = 0;
    const flush = async () => {
      if (!held) return;
      const data = parts.length === 1 ? parts[0] : Buffer.concat(parts, held);
      parts = [];
      held = 0;
      await this.dataSource.query('INSERT INTO attachment_blob (key, seq, data) VALUES ($1, $2, $3)', [key, seq++, data]);
    };
    try {
      for await (const chunk of content) {
        const buffer = chunk as Buffer;
        parts.push(buffer);
        held += buffer.length;
        if (held >= CHUNK_BYTES) await flush();
      }
      await flush();
    } catch (error) {
      await this.remove(key);
      throw error;
    }
  }

  async read(key: string): Promise<Readable> {
    const dataSource = this.dataSource;
    async function* chunks() {
      for (let seq = 0; ; seq++) {
        const rows: Array<{ data: Buffer }> = await dataSource.query('SELECT data FROM attachment_blob WHERE key = $1 AND seq = $2', [key, seq]);
        if (!rows.length) return;
        yield rows[0].data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async remove(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM attachment_blob WHERE key = $1', [key]);
  }
}

/**
 * Files in S3-compatible object storage (AWS, MinIO, Ceph, …): uploaded in
 * parts of 5 MB as they stream in, one part in flight. Checksums are sent
 * only where the protocol requires them, which every S3-compatible server
 * understands.
 */
export class S3AttachmentStore implements AttachmentStore {
  readonly name = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly config: NonNullable<AppConfig['attachments']['s3']>) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async write(key: string, content: Readable): Promise<void> {
    const upload = new Upload({ client: this.client, params: { Bucket: this.config.bucket, Key: key, Body: content }, partSize: 5 * CHUNK_BYTES, queueSize: 1, leavePartsOnError: false });
    await upload.done();
  }

  async read(key: string): Promise<Readable> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
    return out.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

/**
 * The store new files go to (ATTACHMENT_STORE), and the store each file was
 * written to: files kept in PostgreSQL stay readable after a move to S3.
 */
export class AttachmentStores {
  readonly current: AttachmentStore;
  private readonly postgres: PostgresAttachmentStore;

  constructor(config: AppConfig, dataSource: DataSource) {
    this.postgres = new PostgresAttachmentStore(dataSource);
    this.current = config.attachments.s3 ? new S3AttachmentStore(config.attachments.s3) : this.postgres;
  }

  of(name: StoreName): AttachmentStore {
    if (name === this.current.name) return this.current;
    if (name === 'postgres') return this.postgres;
    throw new Error(`files in the ${name} store cannot be read: ATTACHMENT_STORE is ${this.current.name}`);
  }
}
