import { createHash } from 'node:crypto';
import { Readable, Transform, TransformCallback, Writable } from 'node:stream';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception';

/** The file's own name, without a path a browser may send, without control characters, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-255);
  return clean || 'file';
}

/** Reads the first `size` bytes, and hands back the whole content (those bytes again, then the rest) as one stream. */
export async function splitHead(content: Readable, size: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = content[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const seen: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  async function* whole() {
    yield* seen;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: Buffer.concat(seen, length).subarray(0, size), whole: Readable.from(whole(), { objectMode: false }) };
}

/** Counts and hashes the content as it passes; more than `max` bytes stops the stream with ATTACHMENT_TOO_LARGE. */
export class Meter extends Transform {
  bytes = 0;
  refusal: AttachmentException | null = null;
  private readonly hash = createHash('sha256');
  /** Where the content also goes (the scanner), at the pace it takes it. */
  private copy: Writable | null = null;
  private waiting: (() => void) | null = null;

  constructor(
    private readonly max: number,
    private readonly name: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.max) {
      this.refusal = new AttachmentException(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, { name: this.name, max: Math.round(this.max / (1024 * 1024)) });
      done(this.refusal);
      return;
    }
    this.hash.update(chunk);
    const copy = this.copy;
    if (copy && !copy.destroyed && !copy.write(chunk)) {
      this.waiting = () => done(null, chunk);
      return;
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.copy?.end();
    done();
  }

  copyTo(stream: Writable): void {
    this.copy = stream;
    stream.on('drain', () => this.release());
  }

  /** The copy's reader has gone: the content flows on to the store alone. */
  stopCopy(): void {
    this.copy = null;
    this.release();
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
