import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseDisposition } from 'content-disposition';
import { exportFile } from '../exchange/exchange-support';
import { as, bottleneckAt, createAction, createAssignment, createBottleneck } from '../support/domain';
import { ClamdProcess, download, EICAR, pdfWith, S3Process, upload } from '../support/attachments';
import { demoUsers, devIdentityProvider } from '../support/identity';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

/**
 * Attachments against a real clamd (the EICAR signature) and, in turn, both
 * stores: PostgreSQL and a real S3-protocol server. Nothing infected and
 * nothing unscanned is ever served; a file is served to exactly the readers
 * of its item; a file larger than the limit is refused while it streams.
 */
const ATTACHMENT_FIELDS = 'id title description language fileName mediaType size sha256 scanStatus version canDownload canChange downloadPath author { username }';
const HISTORY = `query($id: ID!) { bottleneck(id: $id) { history { kind changes { field from to } } attachments { ${ATTACHMENT_FIELDS} } } }`;

describe.each(['postgres', 's3'] as const)('attachments kept in %s', (store) => {
  let t: TestApp;
  const clamd = new ClamdProcess();
  const s3 = new S3Process();

  /** The content kept in the store, for every key: what could be served. */
  const storedKeys = async (): Promise<string[]> =>
    store === 's3' ? s3.keys() : (await t.dataSource.query('SELECT DISTINCT key::text FROM attachment_blob')).map((r: { key: string }) => r.key);

  beforeAll(async () => {
    await clamd.start();
    if (store === 's3') await s3.start();
    t = await createTestApp({ CLAMAV_ADDRESS: clamd.address, CLAMAV_TIMEOUT_MS: '5000', ATTACHMENT_RESCAN_S: '1', MUTATION_RATE_LIMIT: '100000', ...(store === 's3' ? s3.env : {}) });
    await resetDatabase(t.dataSource);
    await t.app.init();
  });

  afterAll(async () => {
    await t?.close();
    await clamd.dispose();
    await s3.dispose();
  });

  const nrwBottleneck = (title = 'Diploma-erkenning voor zorgpersoneel') => createBottleneck(as(t.app, 'anna.degroot'), { title });

  it('refuses the EICAR test file and keeps nothing of it', async () => {
    const b = await nrwBottleneck();
    const before = await storedKeys();
    for (const language of ['en', 'nl', 'de']) {
      const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Verdacht bestand', language: 'nl' }, EICAR, 'eicar.txt', language);
      expect(res.status).toBe(422);
      expect(res.body.errors![0].extensions.code).toBe('ATTACHMENT_INFECTED');
      expect(res.body.errors![0].message).toContain('eicar.txt');
    }
    expect(await storedKeys()).toEqual(before);
    expect(await t.dataSource.query('SELECT id FROM attachment WHERE entity_id = $1', [b.id])).toEqual([]);
    const { data } = await as(t.app, 'anna.degroot')(HISTORY, { id: b.id });
    expect((data as { bottleneck: { history: Array<{ kind: string }> } }).bottleneck.history.map((h) => h.kind)).not.toContain('ATTACHED');
  });

  it('serves a clean PDF to every reader of its item and to nobody else, with a safe name', async () => {
    const b = await nrwBottleneck('Erkenning van diploma’s in de zorg');
    const pdf = await pdfWith('Juristische Analyse: Anerkennung von Berufsabschlüssen');
    const name = 'Analyse Grenzgänger – Düsseldorf.pdf';
    const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Juristische Analyse (ITEM)', language: 'de', description: 'Analyse der Anerkennungsregeln' }, pdf, name);
    expect(res).toMatchObject({ status: 201, body: { scanStatus: 'CLEAN' } });
    const id = res.body.id!;

    let readers = 0;
    for (const { username } of demoUsers()) {
      const reads = Boolean((await as(t.app, username)('query($id: ID!) { bottleneck(id: $id) { id } }', { id: b.id })).data?.['bottleneck']);
      const got = await download(t.app, username, id);
      expect({ username, status: got.status }).toEqual({ username, status: reads ? 200 : 404 });
      if (!reads) {
        expect(got.body.toString()).not.toContain('%PDF');
        continue;
      }
      readers++;
      expect(got.body.equals(pdf)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-security-policy']).toContain("default-src 'none'");
      // RFC 6266: an ASCII fallback, and the name itself in UTF-8.
      const disposition = parseDisposition(got.headers['content-disposition']);
      expect(disposition).toMatchObject({ type: 'attachment', parameters: { filename: name } });
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    }
    expect(readers).toBeGreaterThan(3);
    expect(readers).toBeLessThan(demoUsers().length);
    // Shown in the browser only on request, and only for the kinds that may be.
    const inline = await download(t.app, 'anna.degroot', id, '?disposition=inline');
    expect(parseDisposition(inline.headers['content-disposition']).type).toBe('inline');

    // The export of the bottleneck lists it: name, size and where to download it.
    const exported = await exportFile(t.app, as(t.app, 'anna.degroot'), 'anna.degroot', { kind: 'BOTTLENECK', reference: b.reference, format: 'JSON' });
    const body = JSON.parse(exported.body.toString('utf8')) as { bottlenecks: Array<{ documents: unknown[] }> };
    expect(body.bottlenecks[0].documents).toEqual([
      { title: 'Juristische Analyse (ITEM)', language: 'de', fileName: name, mediaType: 'application/pdf', size: pdf.length, path: `/attachments/${id}/file` },
    ]);
  });

  it('gives a file of several megabytes back byte for byte, over the store\'s chunks and reads', async () => {
    const b = await nrwBottleneck('Kaartmateriaal grensstreek');
    // Not a multiple of anything the store uses: a partial last chunk, reads over several batches.
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n', 'latin1'), randomBytes(5 * 1024 * 1024 + 12345)]);
    const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Kaart', language: 'nl' }, content, 'kaart.pdf');
    expect(res).toMatchObject({ status: 201, body: { scanStatus: 'CLEAN', size: content.length } });
    const got = await download(t.app, 'femke.jansen', res.body.id!);
    expect(got.status).toBe(200);
    expect(got.body.length).toBe(content.length);
    expect(got.body.equals(content)).toBe(true);
  });

  it('holds a file while clamd is away, and releases it when clamd is back, without anyone doing anything', async () => {
    const b = await nrwBottleneck('Ambulancezorg over de grens');
    await clamd.stop();
    let id: string;
    try {
      const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Notulen werkgroep', language: 'nl' }, Buffer.from('Notulen van de werkgroep ambulancezorg\n'), 'notulen.txt');
      expect(res).toMatchObject({ status: 201, body: { scanStatus: 'PENDING' } });
      id = res.body.id!;
      for (const username of ['anna.degroot', 'femke.jansen']) {
        const got = await download(t.app, username, id);
        expect(got.status).toBe(409);
        expect(got.body.toString()).not.toContain('Notulen');
      }
    } finally {
      await clamd.start();
    }
    let status = 'PENDING';
    for (let i = 0; i < 100 && status === 'PENDING'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await t.dataSource.query('SELECT scan_status FROM attachment WHERE id = $1', [id]))[0].scan_status;
    }
    expect(status).toBe('CLEAN');
    const got = await download(t.app, 'femke.jansen', id);
    expect(got.status).toBe(200);
    expect(got.body.toString()).toBe('Notulen van de werkgroep ambulancezorg\n');
    const { data } = await as(t.app, 'anna.degroot')(HISTORY, { id: b.id });
    expect((data as { bottleneck: { history: Array<{ kind: string }> } }).bottleneck.history.map((h) => h.kind)).toEqual(expect.arrayContaining(['ATTACHED', 'ATTACHMENT_RELEASED']));
  });

  it('removes a file held in quarantine that turns out infected', async () => {
    const b = await nrwBottleneck('Grensoverschrijdende stage');
    await clamd.stop();
    let id: string;
    try {
      const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Stagecontract', language: 'nl' }, EICAR, 'stage.txt');
      expect(res).toMatchObject({ status: 201, body: { scanStatus: 'PENDING' } });
      id = res.body.id!;
    } finally {
      await clamd.start();
    }
    let row: { scan_status: string; removed_at: Date | null; storage_key: string } | undefined;
    for (let i = 0; i < 100 && row?.scan_status !== 'INFECTED'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      [row] = await t.dataSource.query('SELECT scan_status, removed_at, storage_key FROM attachment WHERE id = $1', [id]);
    }
    expect(row).toMatchObject({ scan_status: 'INFECTED', removed_at: expect.any(Date) });
    expect(await storedKeys()).not.toContain(row!.storage_key);
    // Its content is gone: removed for readers, deleted for good for the secretariat (who still sees removed files).
    expect((await download(t.app, 'anna.degroot', id)).status).toBe(404);
    expect((await download(t.app, 'femke.jansen', id)).status).toBe(410);
  });

  it('refuses what may not be attached, by content and not by name, naming the file', async () => {
    const b = await nrwBottleneck();
    const fields = { entityType: 'BOTTLENECK', entityId: b.id, title: 'Bijlage', language: 'nl' };
    const refused: Array<[Buffer, string, number, string]> = [
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'rapport.pdf', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'kaart.txt', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [Buffer.from('<!doctype html><html><body>Hallo</body></html>'), 'notitie.txt', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [Buffer.alloc(0), 'leeg.pdf', 400, 'ATTACHMENT_EMPTY'],
    ];
    for (const [content, name, status, code] of refused) {
      const res = await upload(t.app, 'anna.degroot', fields, content, name, 'de');
      expect({ name, status: res.status, code: res.body.errors?.[0].extensions.code }).toEqual({ name, status, code });
      expect(res.body.errors![0].message).toContain(name);
    }
    const missing = await upload(t.app, 'anna.degroot', { ...fields, title: '' }, await pdfWith('x'), 'x.pdf');
    expect(missing.status).toBe(400);
    expect(missing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.title' })] });
    expect(await t.dataSource.query('SELECT id FROM attachment WHERE entity_id = $1', [b.id])).toEqual([]);
    // Someone who may not read the item cannot attach to it either, and learns nothing of it.
    const foreign = await upload(t.app, 'eva.smit', fields, await pdfWith('x'), 'x.pdf');
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors![0].extensions).toMatchObject({ fields: [expect.objectContaining({ field: 'input.entityId', rule: 'notFound' })] });
  });

  it('refuses an upload larger than the limit before the whole body is read', async () => {
    const b = await nrwBottleneck();
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    const token = await devIdentityProvider().token('anna.degroot');
    const boundary = 'grensportaal-boundary';
    const head = Buffer.from(
      [['entityType', 'BOTTLENECK'], ['entityId', b.id], ['title', 'Te groot'], ['language', 'nl']].map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const result = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered: { status: number; body: string } | null = null;
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/attachments', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => {
          answered = { status: res.statusCode ?? 0, body };
          req.destroy();
          resolve({ ...answered, sent });
        });
      });
      // The server may close its side while the client is still writing (EPIPE): its answer is what counts.
      req.on('error', (error) => setTimeout(() => (answered ? resolve({ ...answered, sent }) : reject(error)), 3000));
      req.write(head);
      sent += head.length;
      // As a client on another machine would: the answer is read as it comes, between the writes.
      const pump = async () => {
        while (sent < total && !answered && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
          await new Promise((r) => setImmediate(r));
        }
        if (sent >= total && !answered) req.end();
      };
      void pump();
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).errors[0]).toMatchObject({ extensions: { code: 'ATTACHMENT_TOO_LARGE' } });
    expect(JSON.parse(result.body).errors[0].message).toContain('groot.pdf');
    // The limit is 25 MB: the server stopped well before the 100 MB were read.
    expect(result.sent).toBeLessThan(45 * 1024 * 1024);
    expect(await t.dataSource.query('SELECT id FROM attachment WHERE entity_id = $1', [b.id])).toEqual([]);
    // The API still answers.
    expect((await as(t.app, 'anna.degroot')('{ me { username } }')).data).toEqual({ me: { username: 'anna.degroot' } });
  });

  it("tells the item's followers of a new document, in their language", async () => {
    const b = await bottleneckAt('ANALYSIS', as(t.app, 'anna.degroot'), as(t.app, 'femke.jansen'), { title: 'Grensoverschrijdend openbaar vervoer' });
    const jonas = as(t.app, 'jonas.hartmann', 'de');
    await jonas('mutation($id: ID!) { setFollowing(entityType: BOTTLENECK, id: $id, following: true) }', { id: b.id });
    const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Dienstregeling 2027', language: 'nl' }, await pdfWith('Dienstregeling'), 'dienstregeling.pdf');
    expect(res.status).toBe(201);
    const inbox = await jonas<{ notifications: Array<{ kind: string; message: string; path: string }> }>('{ notifications(first: 20) { kind message path } }');
    const told = inbox.data!.notifications.filter((n) => n.kind === 'ATTACHMENT_ADDED');
    expect(told).toEqual([{ kind: 'ATTACHMENT_ADDED', message: `${b.reference}: Zu „Grensoverschrijdend openbaar vervoer“ wurde ein Dokument hinzugefügt: „Dienstregeling 2027“ (dienstregeling.pdf)`, path: `/bottlenecks/${b.reference}` }]);
    // The uploader is not told of their own document.
    const own = await as(t.app, 'anna.degroot')<{ notifications: Array<{ kind: string }> }>('{ notifications(first: 50) { kind } }');
    expect(own.data!.notifications.filter((n) => n.kind === 'ATTACHMENT_ADDED')).toEqual([]);
  });

  it('renames, removes and purges with history; a removed file is served to nobody but admins and the secretariat', async () => {
    const anna = as(t.app, 'anna.degroot');
    const b = await bottleneckAt('ANALYSIS', anna, as(t.app, 'femke.jansen'), { title: 'Kinderbijslag bij grensarbeid' });
    const action = await createAction(as(t.app, 'femke.jansen'), [b.id]);
    const question = await createAssignment(as(t.app, 'femke.jansen'), b.id);
    for (const [entityType, entityId] of [['ACTION', action.id], ['ASSIGNMENT', question.id]]) {
      const res = await upload(t.app, 'femke.jansen', { entityType, entityId, title: `Memo bij ${entityType}`, language: 'nl' }, Buffer.from('a;b\n1;2\n'), 'cijfers.csv');
      expect(res).toMatchObject({ status: 201, body: { scanStatus: 'CLEAN' } });
      const got = await download(t.app, 'anna.degroot', res.body.id!);
      expect(got.headers['content-type']).toBe('text/csv; charset=utf-8');
    }

    const res = await upload(t.app, 'anna.degroot', { entityType: 'BOTTLENECK', entityId: b.id, title: 'Kaart grensstreek', language: 'nl' }, await pdfWith('Kaart'), 'kaart.pdf');
    const id = res.body.id!;
    const list = async (client = anna) => ((await client(HISTORY, { id: b.id })).data as { bottleneck: { history: Array<{ kind: string; changes: Array<{ field: string; from: string; to: string }> }>; attachments: Array<Record<string, unknown>> } }).bottleneck;
    expect((await list()).attachments).toEqual([expect.objectContaining({ id, title: 'Kaart grensstreek', canDownload: true, canChange: true, downloadPath: `/attachments/${id}/file`, author: { username: 'anna.degroot' } })]);
    expect((await list(as(t.app, 'femke.jansen'))).attachments[0]).toMatchObject({ canDownload: true, canChange: true });
    expect((await list(as(t.app, 'jonas.hartmann'))).attachments[0]).toMatchObject({ canDownload: true, canChange: false });

    // Only the uploader (or the secretariat, admins) changes it; a stale version is refused.
    const rename = (client = anna, version = 1) => client(`mutation($input: RenameAttachmentInput!) { renameAttachment(input: $input) { ${ATTACHMENT_FIELDS} } }`, { input: { id, version, title: 'Kaart van de grensstreek', language: 'nl' } });
    expect((await rename(as(t.app, 'jonas.hartmann'))).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await rename()).data).toMatchObject({ renameAttachment: { title: 'Kaart van de grensstreek', version: 2 } });
    expect((await rename(anna, 1)).errors?.[0].extensions?.['code']).toBe('CONFLICT');

    const removed = await anna(`mutation($input: RemoveAttachmentInput!) { removeAttachment(input: $input) { id version } }`, { input: { id, version: 2 } });
    expect(removed.data).toEqual({ removeAttachment: { id, version: 3 } });
    expect((await list()).attachments).toEqual([]);
    expect((await download(t.app, 'anna.degroot', id)).status).toBe(404);
    expect((await download(t.app, 'femke.jansen', id)).status).toBe(200);

    // Purging is for admins, and only of a removed file; the record and its history stay.
    const purge = (username: string) => as(t.app, username)(`mutation($input: RemoveAttachmentInput!) { purgeAttachment(input: $input) { id } }`, { input: { id, version: 3 } });
    expect((await purge('femke.jansen')).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const key = (await t.dataSource.query('SELECT storage_key::text AS key FROM attachment WHERE id = $1', [id]))[0].key as string;
    expect(await storedKeys()).toContain(key);
    expect((await purge('tom.willems')).data).toEqual({ purgeAttachment: { id } });
    expect(await storedKeys()).not.toContain(key);
    expect((await download(t.app, 'tom.willems', id)).status).toBe(410);

    const history = (await list()).history;
    expect(history.map((h) => h.kind)).toEqual(expect.arrayContaining(['ATTACHED', 'ATTACHMENT_RENAMED', 'ATTACHMENT_REMOVED', 'ATTACHMENT_PURGED']));
    expect(history.find((h) => h.kind === 'ATTACHED')!.changes).toEqual([{ field: 'attachment', from: null, to: JSON.stringify('Kaart grensstreek (kaart.pdf)') }]);
    expect(history.find((h) => h.kind === 'ATTACHMENT_RENAMED')!.changes).toEqual([{ field: 'title', from: JSON.stringify('Kaart grensstreek'), to: JSON.stringify('Kaart van de grensstreek') }]);
  });
});
