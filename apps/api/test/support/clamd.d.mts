/** See tools/clamd.mjs. */
export const EICAR: Buffer;
export function startClamd(options: { dir: string; port: number; maxMb?: number; log?: 'ignore' | 'inherit' }): Promise<{ port: number; address: string; stop(): Promise<void> }>;
