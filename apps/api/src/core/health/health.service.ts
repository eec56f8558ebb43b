import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TokenVerifier } from '@api/core/auth/token-verifier.service';

export type CheckState = 'up' | 'down';

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckState>;
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

@Injectable()
export class HealthService {
  private draining = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenVerifier,
  ) {}

  /** Called on SIGTERM: the load balancer should stop sending new requests here. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Ready = can serve: the database answers and we are not draining. The
   * identity provider is reported but does not count: tokens already issued
   * keep working on cached keys while it is away.
   */
  async readiness(): Promise<Readiness> {
    if (this.draining) return { ready: false, checks: { shutdown: 'down' } };
    const [database, identityProvider] = await Promise.all([this.database(), this.tokens.reachable().then((up): CheckState => (up ? 'up' : 'down'))]);
    return {
      ready: !this.draining && database === 'up',
      checks: { database, identityProvider, shutdown: this.draining ? 'down' : 'up' },
    };
  }

  private async database(): Promise<CheckState> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
