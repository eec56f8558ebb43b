import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import request from 'supertest';
import { startClamd } from './clamd.mjs';
import { devIdentityProvider } from './identity';
import { downloadAs } from './test-app';

export { EICAR } from './clamd.mjs';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real clamd on its own port, that a test can stop and start again there. */
export class ClamdProcess {
  private dir = mkdtempSync(join(tmpdir(), 'grensportaal-clamd-'));
  private running?: { stop(): Promise<void> };
  port = 0;

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    this.running = await startClamd({ dir: this.dir, port: this.port });
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A real S3-protocol server (s3rver, in its own process) with one bucket. */
export class S3Process {
  private dir = mkdtempSync(join(tmpdir(), 'grensportaal-s3-'));
  private child?: ReturnType<typeof spawn>;
  port = 0;
  readonly bucket = 'grensportaal-attachments';

  get env(): Record<string, string> {
    return { ATTACHMENT_STORE: 's3', S3_ENDPOINT: `http://127.0.0.1:${this.port}`, S3_REGION: 'us-east-1', S3_BUCKET: this.bucket, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true' };
  }

  async start(): Promise<void> {
    this.port = await freePort();
    const bin = require.resolve('s3rver/bin/s3rver.js');
    this.child = spawn(process.execPath, [bin, '-d', this.dir, '-a', '127.0.0.1', '-p', String(this.port), '--silent', '--configure-bucket', this.bucket], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`http://127.0.0.1:${this.port}/`).catch(() => null);
      if (res) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('s3rver did not start');
  }

  /** The keys of the objects in the bucket (its files on disk). */
  async keys(): Promise<string[]> {
    const res = await fetch(`http://127.0.0.1:${this.port}/${this.bucket}?list-type=2`);
    return [...(await res.text()).matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]);
  }

  async dispose(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) await new Promise<void>((done) => child.once('exit', () => done()).kill('SIGTERM'));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A small real PDF (pdfkit) with the given text. */
export function pdfWith(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: text } });
    const parts: Buffer[] = [];
    doc.on('data', (p: Buffer) => parts.push(p));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

export interface UploadFields {
  entityType: string;
  entityId: string;
  title: string;
  language: string;
  description?: string;
}

/** POST /attachments as a demo user: the fields first, then the file. */
export async function upload(app: INestApplication, username: string, fields: UploadFields, file: Buffer, fileName: string, language = 'en') {
  let req = request(app.getHttpServer()).post('/attachments').set('authorization', `Bearer ${await devIdentityProvider().token(username)}`).set('accept-language', language);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) req = req.field(name, value);
  const res = await req.attach('file', file, fileName);
  return { status: res.status, body: res.body as { id?: string; scanStatus?: string; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

/** GET /attachments/{id}/file as a demo user: status, headers and the bytes. */
export function download(app: INestApplication, username: string, id: string, query = '') {
  return downloadAs(app, username, `/attachments/${id}/file${query}`);
}
