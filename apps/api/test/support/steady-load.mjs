// A steady load from another process, for the shutdown tests: `concurrency`
// loops each send a GraphQL request over keep-alive connections, one after
// the other, until `seconds` have passed; every request is reported as one
// JSON line on stdout: when it was sent (epoch ms), and how it ended.
import { Agent, request } from 'node:http';

const [url, token, concurrency = '8', seconds = '10'] = process.argv.slice(2);
const agent = new Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const body = JSON.stringify({ query: '{ agendas { code } }' });
const until = Date.now() + Number(seconds) * 1000;

function once() {
  return new Promise((resolve) => {
    const sentAt = Date.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        const ok = res.statusCode === 200 && text.includes('"agendas"');
        resolve({ sentAt, endedAt: Date.now(), ok, status: res.statusCode });
      });
      res.on('error', (error) => resolve({ sentAt, endedAt: Date.now(), ok: false, error: error.code ?? error.message }));
    });
    req.on('error', (error) => resolve({ sentAt, endedAt: Date.now(), ok: false, error: error.code ?? error.message }));
    req.end(body);
  });
}

async function loop() {
  while (Date.now() < until) {
    const result = await once();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    // Refused connections come back at once: do not spin.
    if (result.error) await new Promise((r) => setTimeout(r, 20));
  }
}

await Promise.all(Array.from({ length: Number(concurrency) }, loop));
agent.destroy();
