import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface, Interface } from 'node:readline';

/**
 * A PostgreSQL server a test may stop and start (the embedded binaries, run
 * by database-server-process.mjs in a process of its own).
 */
export class DatabaseServer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly lines: Interface,
    readonly url: string,
  ) {}

  static async start(dataDir: string, port: number, database: string): Promise<DatabaseServer> {
    const child = spawn(process.execPath, [join(__dirname, 'database-server-process.mjs'), dataDir, String(port), database], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const first = await DatabaseServer.next(lines, child);
    return new DatabaseServer(child, lines, first.url!);
  }

  private static next(lines: Interface, child: ChildProcess): Promise<{ state: string; url?: string }> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the database server process exited (${code})`));
      child.once('exit', onExit);
      lines.once('line', (line) => {
        child.off('exit', onExit);
        resolve(JSON.parse(line) as { state: string; url?: string });
      });
    });
  }

  async stop(): Promise<void> {
    this.child.stdin!.write('stop\n');
    await DatabaseServer.next(this.lines, this.child);
  }

  async resume(): Promise<void> {
    this.child.stdin!.write('start\n');
    await DatabaseServer.next(this.lines, this.child);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end('exit\n');
    await exited;
  }
}
