// The benchmark's figures of long work (tools/bench/run.mjs runs them after
// the query rounds): an export of the whole register, a dropped download, and
// the yearly progress report. Each takes the running API ({ api, port }), the
// caller's headers, a token source, the database client and a memory reader.

/** The GraphQL API as the secretariat (who sees every agenda). */
async function asSecretariat(port, headers, tokenFor) {
  const secretariat = { ...headers, authorization: `Bearer ${await tokenFor('femke.jansen')}` };
  const ask = async (query, variables) => (await (await fetch(`http://localhost:${port}/graphql`, { method: 'POST', headers: secretariat, body: JSON.stringify({ query, variables }) })).json()).data;
  return { secretariat, ask };
}

/**
 * The export figure: every bottleneck with its actions as one XLSX, taken
 * out by the secretariat (who sees them all); rows per second and the API's
 * resident memory, sampled every 50 ms, against its level before.
 */
export async function exportFigure({ api, port, headers, tokenFor, rssMb }) {
  const { secretariat, ask } = await asSecretariat(port, headers, tokenFor);
  const { startExport } = await ask('mutation($input: StartExportInput!) { startExport(input: $input) { id total } }', { input: { kind: 'BOTTLENECKS', format: 'XLSX' } });
  const before = rssMb(api.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 50);
  const started = performance.now();
  const res = await fetch(`http://localhost:${port}/exports/${startExport.id}/file`, { headers: { authorization: secretariat.authorization } });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(api.pid));
  const { exportRecord } = await ask('query($id: ID!) { exportRecord(id: $id) { rowsWritten status } }', { id: startExport.id });
  return { status: exportRecord.status, bottlenecks: startExport.total, rows: exportRecord.rowsWritten, seconds: Number(seconds.toFixed(1)), rowsPerSecond: Math.round(exportRecord.rowsWritten / seconds), megabytes: Number((bytes / 1e6).toFixed(1)), rssBeforeMb: before, rssPeakMb: peak, growthMb: peak - before };
}

/** A download dropped after its first bytes stops the export, recorded as cancelled. */
export async function cancelledExport({ port, headers, tokenFor }) {
  const { secretariat, ask } = await asSecretariat(port, headers, tokenFor);
  const { startExport } = await ask('mutation($input: StartExportInput!) { startExport(input: $input) { id total } }', { input: { kind: 'BOTTLENECKS', format: 'CSV' } });
  const controller = new AbortController();
  const res = await fetch(`http://localhost:${port}/exports/${startExport.id}/file`, { headers: { authorization: secretariat.authorization }, signal: controller.signal });
  await res.body.getReader().read();
  controller.abort();
  for (let i = 0; i < 50; i++) {
    const { exportRecord } = await ask('query($id: ID!) { exportRecord(id: $id) { rowsWritten total status } }', { id: startExport.id });
    if (exportRecord.status !== 'RUNNING') return exportRecord;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { status: 'RUNNING' };
}

/**
 * The yearly progress report of the whole programme for this year, written
 * by the API (in process: the benchmark runs no scheduler) as DOCX and PDF:
 * seconds until it can be downloaded, and the API's peak resident memory.
 */
export async function reportFigure({ api, port, headers, tokenFor, db, rssMb }) {
  const { ask } = await asSecretariat(port, headers, tokenFor);
  const before = rssMb(api.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 50);
  // Meanwhile the API must keep answering: the slowest answer to its liveness check while the report is written.
  let slowestMs = 0;
  let writing = true;
  const pinger = (async () => {
    while (writing) {
      const t0 = performance.now();
      await fetch(`http://localhost:${port}/health/live`).then((r) => r.arrayBuffer());
      slowestMs = Math.max(slowestMs, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  const { generateReport } = await ask('mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }', { input: { kind: 'YEARLY', year: new Date().getFullYear(), language: 'nl' } });
  let report = { status: 'QUEUED' };
  while (report.status === 'QUEUED' || report.status === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 250));
    ({ generatedReport: report } = await ask('query($id: ID!) { generatedReport(id: $id) { status docxSize pdfSize } }', { id: generateReport.id }));
  }
  const seconds = (performance.now() - started) / 1000;
  writing = false;
  await pinger;
  clearInterval(sampler);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM bottleneck WHERE status <> 'DRAFT'`);
  return { status: report.status, bottlenecks: rows[0].n, seconds: Number(seconds.toFixed(1)), docxMb: Number(((report.docxSize ?? 0) / 1e6).toFixed(1)), pdfMb: Number(((report.pdfSize ?? 0) / 1e6).toFixed(1)), rssBeforeMb: before, rssPeakMb: peak, rssAfterMb: rssMb(api.pid), slowestLiveMs: Math.round(slowestMs) };
}

const DASHBOARD = `query($filter: DashboardFilter) { programmeDashboard(filter: $filter) {
  quarters { quarter logged closed openAtEnd closedByOutcome { outcome count } } stages { status stays medianDays p80Days now }
  waitingLongest { reference days } actionsByOwner { organisation { code } doneOnTime doneLate open overdueNow stalledNow }
  byTheme { count open } byType { count open } byArea { area count } } }`;
const SCOREBOARD = `query($filter: DashboardFilter) { answerScoreboard(filter: $filter) { lines { ministry { code } received answeredOnTime onTimeShare } total { received overdueNow } } }`;

/**
 * The dashboard figure: the programme dashboard and the scoreboard of the
 * last eight quarters, as the secretariat (every agenda) and as the
 * benchmark's partner (its agendas), one request at a time; p50 and p95.
 */
export async function dashboardFigure({ port, headers, tokenFor }) {
  const { secretariat } = await asSecretariat(port, headers, tokenFor);
  const timings = async (requestHeaders, query) => {
    const ms = [];
    for (let i = 0; i < 12; i += 1) {
      const started = performance.now();
      const body = await (await fetch(`http://localhost:${port}/graphql`, { method: 'POST', headers: requestHeaders, body: JSON.stringify({ query, variables: { filter: null } }) })).json();
      if (body.errors) throw new Error(`dashboard: ${JSON.stringify(body.errors)}`);
      // The first two warm the process up, as the query rounds' warm-up does.
      if (i >= 2) ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]);
    return { p50: at(0.5), p95: at(0.95) };
  };
  return {
    secretariat: { dashboard: await timings(secretariat, DASHBOARD), scoreboard: await timings(secretariat, SCOREBOARD) },
    partner: { dashboard: await timings(headers, DASHBOARD), scoreboard: await timings(headers, SCOREBOARD) },
  };
}

/**
 * The attachment figure: a 25 MB PDF uploaded to a bottleneck by the
 * secretariat, scanned (when clamd runs) and downloaded again; seconds each
 * way and the API's resident memory, sampled every 50 ms, against its level
 * before (target: growth under 50 MB, as the file streams through).
 */
export async function attachmentFigure({ api, port, headers, tokenFor, db, rssMb }) {
  const { secretariat } = await asSecretariat(port, headers, tokenFor);
  const { rows } = await db.query(`SELECT id FROM bottleneck WHERE status <> 'DRAFT' ORDER BY reference LIMIT 1`);
  const size = 25 * 1024 * 1024 - 64 * 1024;
  const content = Buffer.alloc(size, 0x20);
  content.write('%PDF-1.4\n', 0, 'latin1');
  const form = new FormData();
  form.set('entityType', 'BOTTLENECK');
  form.set('entityId', rows[0].id);
  form.set('title', 'Benchmark: a document of 25 MB');
  form.set('language', 'en');
  form.set('file', new Blob([content], { type: 'application/pdf' }), 'benchmark-25mb.pdf');
  const before = rssMb(api.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 50);
  let started = performance.now();
  const uploaded = await fetch(`http://localhost:${port}/attachments`, { method: 'POST', headers: { authorization: secretariat.authorization }, body: form });
  const answer = await uploaded.json();
  const uploadSeconds = (performance.now() - started) / 1000;
  const uploadPeak = Math.max(peak, rssMb(api.pid));
  started = performance.now();
  let bytes = 0;
  if (uploaded.status === 201) {
    const res = await fetch(`http://localhost:${port}/attachments/${answer.id}/file`, { headers: { authorization: secretariat.authorization } });
    for await (const chunk of res.body) bytes += chunk.length;
  }
  const downloadSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(api.pid));
  return {
    status: uploaded.status,
    scanStatus: answer.scanStatus ?? null,
    megabytes: Number((size / 1048576).toFixed(1)),
    downloadedOk: bytes === size,
    uploadSeconds: Number(uploadSeconds.toFixed(1)),
    downloadSeconds: Number(downloadSeconds.toFixed(1)),
    rssBeforeMb: before,
    rssPeakMb: peak,
    growthMb: peak - before,
    uploadGrowthMb: uploadPeak - before,
  };
}
