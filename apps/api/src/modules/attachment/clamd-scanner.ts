import { connect, Socket } from 'node:net';
import { Readable } from 'node:stream';

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** clamd could not be reached, or did not finish: the file stays in quarantine and is offered again later. */
export class ScannerUnavailableError extends Error {}

/** Largest piece sent to clamd at once (its StreamMaxLength counts the whole file, not the pieces). */
const PIECE = 64 * 1024;

/**
 * ClamAV's daemon over its socket (TCP `host:port` or a local path), with the
 * INSTREAM command: the file is sent in length-prefixed pieces as it is read,
 * ended by a zero length; clamd answers `stream: OK` or `stream: <name> FOUND`.
 */
export class ClamdScanner {
  private readonly target: { host: string; port: number } | { path: string };

  constructor(
    address: string,
    private readonly timeoutMs: number,
  ) {
    const tcp = /^(?<host>[^/:]+|\[[^\]]+\]):(?<port>\d+)$/.exec(address);
    this.target = tcp?.groups ? { host: tcp.groups['host'].replace(/^\[|\]$/g, ''), port: Number(tcp.groups['port']) } : { path: address };
  }

  async scan(content: Readable): Promise<ScanVerdict> {
    const socket = await this.open();
    try {
      // A verdict clamd gave counts, even when it closed the connection before all was sent.
      const sending = this.send(socket, content).catch((error: unknown) => {
        // Nothing more will come: clamd's answer (if any) is already on its way, or the connection ends here.
        socket.destroy();
        throw error;
      });
      const [sent, reply] = await Promise.allSettled([sending, this.reply(socket)]);
      if (reply.status === 'fulfilled') return verdict(reply.value);
      throw sent.status === 'rejected' ? sent.reason : reply.reason;
    } finally {
      socket.destroy();
      content.destroy();
    }
  }

  private open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.target);
      socket.setTimeout(this.timeoutMs, () => socket.destroy(new ScannerUnavailableError('clamd did not answer in time')));
      socket.once('connect', () => resolve(socket));
      socket.once('error', (error) => reject(new ScannerUnavailableError(`clamd is unreachable: ${error.message}`)));
    });
  }

  private async send(socket: Socket, content: Readable): Promise<void> {
    await write(socket, Buffer.from('zINSTREAM\0'));
    for await (const chunk of content) {
      const buffer = chunk as Buffer;
      for (let at = 0; at < buffer.length; at += PIECE) {
        const piece = buffer.subarray(at, at + PIECE);
        const length = Buffer.alloc(4);
        length.writeUInt32BE(piece.length);
        // Two writes rather than one concatenated copy of every piece.
        socket.write(length);
        await write(socket, piece);
      }
    }
    await write(socket, Buffer.alloc(4));
  }

  private reply(socket: Socket): Promise<string> {
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      socket.on('data', (data: Buffer) => {
        parts.push(data);
        const text = Buffer.concat(parts).toString('utf8');
        if (text.includes('\0')) resolve(text.slice(0, text.indexOf('\0')));
      });
      socket.once('error', (error) => reject(error instanceof ScannerUnavailableError ? error : new ScannerUnavailableError(`clamd went away: ${error.message}`)));
      socket.once('close', () => reject(new ScannerUnavailableError('clamd closed the connection without a verdict')));
    });
  }
}

function write(socket: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.destroyed) {
      reject(new ScannerUnavailableError('clamd closed the connection'));
      return;
    }
    socket.write(data, (error) => (error ? reject(new ScannerUnavailableError(`clamd went away: ${error.message}`)) : resolve()));
  });
}

/** clamd's answer as a verdict; anything but OK or FOUND (a size limit, an error) leaves the file unscanned. */
export function verdict(reply: string): ScanVerdict {
  const text = reply.trim();
  if (/^stream: OK$/.test(text)) return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { clean: false, signature: found[1] };
  throw new ScannerUnavailableError(`clamd did not scan the file: ${text}`);
}
