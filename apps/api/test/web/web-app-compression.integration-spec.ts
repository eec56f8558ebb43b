import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The web app as the API serves it: a text file goes out as the Brotli or
 * gzip copy the build wrote, whichever the browser accepts (Brotli first),
 * with the original's type and caching and `Vary: Accept-Encoding`; as it is
 * when nothing compressed is accepted or there is no copy; the history
 * fallback (index.html) likewise.
 */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('the web app, compressed', () => {
  let t: TestApp;
  let server: Server;
  let dir: string;
  const script = Buffer.from(`export const greeting = ${JSON.stringify('Grenzgänger '.repeat(400))};\n`);
  const html = Buffer.from(`<!doctype html><html lang="nl"><head><title>Grensportaal</title></head><body>${'<p>grens</p>'.repeat(200)}</body></html>`);
  const image = Buffer.from('\x89PNG\r\n\x1a\n'.padEnd(2048, '\0'), 'latin1');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grensportaal-web-'));
    mkdirSync(join(dir, 'assets'));
    const withCopies = (path: string, content: Buffer) => {
      writeFileSync(path, content);
      writeFileSync(`${path}.br`, brotliCompressSync(content));
      writeFileSync(`${path}.gz`, gzipSync(content));
    };
    withCopies(join(dir, 'index.html'), html);
    withCopies(join(dir, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(dir, 'assets', 'logo-abc123.png'), image);
    t = await createTestApp({ WEB_DIST_DIR: dir });
    await t.app.init();
    server = t.app.getHttpServer() as Server;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request: the bytes as they came, not decompressed. */
  const get = (path: string, acceptEncoding: string | null, method = 'GET'): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { accept: 'text/html,*/*', ...(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }) } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('sends the Brotli copy where the browser accepts it, else the gzip copy, else the file as it is', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br).toMatchObject({ status: 200, headers: { 'content-encoding': 'br', 'content-type': 'text/javascript; charset=utf-8', vary: 'Accept-Encoding', 'cache-control': 'public, max-age=31536000, immutable' } });
    expect(brotliDecompressSync(br.body).equals(script)).toBe(true);
    expect(br.body.length).toBeLessThan(script.length / 5);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers).toMatchObject({ 'content-encoding': 'gzip', 'content-type': 'text/javascript; charset=utf-8', vary: 'Accept-Encoding' });
    expect(gunzipSync(gz.body).equals(script)).toBe(true);

    for (const acceptEncoding of [null, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/assets/index-abc123.js', acceptEncoding);
      expect({ acceptEncoding, status: plain.status, encoding: plain.headers['content-encoding'], vary: plain.headers['vary'] }).toEqual({ acceptEncoding, status: 200, encoding: undefined, vary: 'Accept-Encoding' });
      expect(plain.body.equals(script)).toBe(true);
    }
  });

  it('serves a page path as the compressed index.html, never cached, and files without a copy as they are', async () => {
    const page = await get('/border-effects/consultations/abc', 'br');
    expect(page).toMatchObject({ status: 200, headers: { 'content-encoding': 'br', 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', vary: 'Accept-Encoding' } });
    expect(brotliDecompressSync(page.body).equals(html)).toBe(true);
    const head = await get('/assets/index-abc123.js', 'br', 'HEAD');
    expect(head).toMatchObject({ status: 200, headers: { 'content-encoding': 'br' } });
    expect(head.body.length).toBe(0);

    const png = await get('/assets/logo-abc123.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(image)).toBe(true);
    // Outside the build, and the API's own routes, are not the web app's.
    expect((await get('/assets/..%2f..%2fpackage.json', 'br')).status).toBe(404);
    expect((await get('/assets/missing.js', 'br')).status).toBe(404);
  });
});
