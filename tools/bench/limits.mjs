// `npm run bench:limits [url]`: times the refusal of every hostile document
// (apps/api/test/support/hostile-documents.mjs) by a running portal (default
// http://localhost:3000, e.g. `npm start`), each sent 5 times, while a simple
// query is sent over and over beside them; prints the slowest refusal per
// document and how much the simple query was delayed. No token is needed: the
// limits are checked before anything else.
import { hostileDocuments } from '../../apps/api/test/support/hostile-documents.mjs';

const url = `${process.argv[2] ?? process.env.PORTAL_URL ?? 'http://localhost:3000'}/graphql`;
const REPEAT = 5;

async function post(query) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
}

async function simpleLatencies(stop) {
  const latencies = [];
  while (!stop.done) latencies.push((await post('{ __typename }')).ms);
  return latencies;
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

// Before: the simple query alone.
const idle = { done: false };
const before = simpleLatencies(idle);
await new Promise((r) => setTimeout(r, 2000));
idle.done = true;
const baseline = await before;

const busy = { done: false };
const during = simpleLatencies(busy);
const rows = [];
let failures = 0;
for (const [label, document, codes] of hostileDocuments()) {
  let worst = 0;
  let code = '';
  for (let i = 0; i < REPEAT; i += 1) {
    // A comment makes every send a new document: no verdict is reused.
    const result = await post(`# ${i} ${Math.random()}\n${document}`);
    worst = Math.max(worst, result.ms);
    code = result.code;
    if (!codes.includes(result.code) || result.status !== 400) failures += 1;
  }
  rows.push({ document: label, bytes: document.length, code, 'slowest ms': Math.round(worst * 10) / 10 });
}
busy.done = true;
const concurrent = await during;

console.table(rows);
const slowest = Math.max(...rows.map((r) => r['slowest ms']));
console.log(`slowest refusal: ${slowest} ms (target < 50 ms); documents not refused as expected: ${failures}`);
console.log(
  `simple query alone: p50 ${quantile(baseline, 0.5).toFixed(1)} ms, p99 ${quantile(baseline, 0.99).toFixed(1)} ms; ` +
    `while the documents ran: p50 ${quantile(concurrent, 0.5).toFixed(1)} ms, p99 ${quantile(concurrent, 0.99).toFixed(1)} ms, max ${Math.max(...concurrent).toFixed(1)} ms (${concurrent.length} requests)`,
);
process.exit(failures ? 1 : 0);
