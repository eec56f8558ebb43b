import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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

/**
 * Size of one stored chunk in PostgreSQL: node-postgres reads bytea as hex
 * text (twice the size, then a copy), so smaller chunks keep what a download
 * costs in memory small; 256 KB is 100 rows for a 25 MB file.
 */
const CHUNK_BYTES = 256 * 1024;

/** S3's smallest part of a multipart upload (but the last). */
const S3_PART_BYTES = 5 * 1024 * 1024;

/**
 * Files in PostgreSQL, as rows of 256 KB (`attachment_blob`): nothing else to
 * run for `npm start` and a small deployment, streamed both ways (one chunk
 * in memory at a time), and in the database's backups with the register.
 */
export class PostgresAttachmentStore implements AttachmentStore {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * One binary COPY per file (pg-copy-streams): the chunks go to the socket
   * as they come, without the copies an INSERT per chunk makes of each, and
   * the file is stored whole or not at all (a failed stream aborts the COPY).
   */
  async write(key: string, content: Readable): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      const copy = client.query(copyFrom('COPY attachment_blob (key, seq, data) FROM STDIN (FORMAT binary)'));
      await pipeline(content, new CopyTuples(key), copy);
    } finally {
      await runner.release();
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
    const upload = new Upload({ client: this.client, params: { Bucket: this.config.bucket, Key: key, Body: content }, partSize: S3_PART_BYTES, queueSize: 1, leavePartsOnError: false });
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

/** PostgreSQL's binary COPY format: the signature, no flags, no header extension. */
const COPY_SIGNATURE = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);

/** A file's content as rows of attachment_blob in binary COPY format: (key, seq, data) per chunk. */
class CopyTuples extends Transform {
  private readonly uuid: Buffer;
  private seq = 0;
  private parts: Buffer[] = [];
  private held = 0;

  constructor(key: string) {
    super();
    this.uuid = Buffer.from(key.replace(/-/g, ''), 'hex');
    this.push(COPY_SIGNATURE);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.parts.push(chunk);
    this.held += chunk.length;
    if (this.held >= CHUNK_BYTES) this.tuple();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.tuple();
    const trailer = Buffer.alloc(2);
    trailer.writeInt16BE(-1);
    this.push(trailer);
    done();
  }

  /** Three fields: the key (16 bytes), the chunk's number, the chunk. */
  private tuple(): void {
    if (!this.held) return;
    const head = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4);
    let at = head.writeInt16BE(3, 0);
    at = head.writeInt32BE(16, at);
    at += this.uuid.copy(head, at);
    at = head.writeInt32BE(4, at);
    at = head.writeInt32BE(this.seq++, at);
    head.writeInt32BE(this.held, at);
    this.push(head);
    for (const part of this.parts) this.push(part);
    this.parts = [];
    this.held = 0;
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
