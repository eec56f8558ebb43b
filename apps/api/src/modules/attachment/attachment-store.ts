import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
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

/** Chunks read per COPY statement: 2 MB in memory per download at most. */
const READ_BATCH = 8;

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

  /**
   * Read by binary COPY, a few chunks per statement: the bytes come off the
   * socket as they are (a SELECT returns bytea as hex text, a string twice the
   * size the heap keeps until a late collection), and the connection goes back
   * to the pool between batches, so a slow client never holds one for long.
   */
  async read(key: string): Promise<Readable> {
    const uuid = uuidLiteral(key);
    const dataSource = this.dataSource;
    async function* chunks() {
      for (let from = 0; ; from += READ_BATCH) {
        const runner = dataSource.createQueryRunner();
        const client = (await runner.connect()) as PoolClient;
        const parts: Buffer[] = [];
        try {
          const sql = `COPY (SELECT data FROM attachment_blob WHERE key = '${uuid}' AND seq >= ${from} AND seq < ${from + READ_BATCH} ORDER BY seq) TO STDOUT (FORMAT binary)`;
          const fields = new CopyFields();
          fields.on('data', (part: Buffer) => parts.push(part));
          await pipeline(client.query(copyTo(sql)), fields);
        } finally {
          await runner.release();
        }
        yield* parts;
        if (parts.length === 0 || parts.reduce((sum, part) => sum + part.length, 0) < READ_BATCH * CHUNK_BYTES) return;
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

/** A key as it may stand in SQL text (COPY takes no parameters): a UUID, checked. */
function uuidLiteral(key: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) throw new Error(`not an attachment key: ${key}`);
  return key;
}

/**
 * The one field of each tuple of a binary COPY, passed on as it arrives:
 * the header (signature, flags, extension) and each tuple's field count and
 * length are read, the field's bytes are pushed as slices of what came in.
 */
class CopyFields extends Transform {
  private pending = Buffer.alloc(0);
  private headerDone = false;
  private remaining = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, data.length);
        this.push(data.subarray(0, take));
        this.remaining -= take;
        data = data.subarray(take);
        continue;
      }
      if (!this.headerDone) {
        if (data.length < 19) break;
        const extension = data.readInt32BE(15);
        if (data.length < 19 + extension) break;
        if (!data.subarray(0, 11).equals(COPY_SIGNATURE.subarray(0, 11))) return done(new Error('not a binary COPY stream'));
        data = data.subarray(19 + extension);
        this.headerDone = true;
        continue;
      }
      if (data.length < 2) break;
      const count = data.readInt16BE(0);
      if (count === -1) {
        data = data.subarray(2);
        continue;
      }
      if (data.length < 6) break;
      this.remaining = Math.max(0, data.readInt32BE(2));
      data = data.subarray(6);
    }
    this.pending = Buffer.from(data);
    done();
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
