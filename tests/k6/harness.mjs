// Runs a generated k6 script under Node with stand-ins for k6's modules and a fake clock, and prints
// what it did as JSON: token fetches, requests with their headers and bodies, Rate samples, options.
//   node harness.mjs SCRIPT ITERATIONS SECONDS_PER_ITERATION [SECRET] [VUS]
// With VUS > 1 each VU is a module instance of its own (its own token copy, as in k6), all on one fake clock.
import fs from 'node:fs';

const [script, iterations, step, secret, vuCount] = process.argv.slice(2);
const vus = Number(vuCount || 1);
let currentVu = 1;
let code = fs.readFileSync(script, 'utf8');
const stubs = {
  "import http from 'k6/http';": 'const http = globalThis.k6.http;',
  "import encoding from 'k6/encoding';": 'const encoding = globalThis.k6.encoding;',
  "import exec from 'k6/execution';": 'const exec = globalThis.k6.exec;',
  "import { check } from 'k6';": 'const { check } = globalThis.k6;',
  "import { randomBytes } from 'k6/crypto';": 'const { randomBytes } = globalThis.k6;',
  "import { Rate } from 'k6/metrics';": 'const { Rate } = globalThis.k6;',
};
for (const [from, to] of Object.entries(stubs)) {
  if (!code.includes(from)) throw new Error(`the script no longer has: ${from}`);
  code = code.replace(from, to);
}

let now = 1_000_000_000;
Date.now = () => now;
const out = { tokens: [], requests: [], rates: {}, error: null };
let issued = 0;
globalThis.__ENV = secret ? { CANARY_CLIENT_SECRET: secret } : {};
globalThis.k6 = {
  http: {
    post(url, form, params) {
      issued += 1;
      out.tokens.push({ url, form, headers: params.headers, at: now, vu: currentVu });
      return { status: 200, json: () => ({ access_token: `token-${issued}`, token_type: 'Bearer', expires_in: 100 }) };
    },
    request(method, url, body, params) {
      const n = out.requests.length + 1;
      const status = n % 5 === 0 ? 503 : 202;
      out.requests.push({ method, url, body, headers: params.headers, timeout: params.timeout, status });
      return { status, json: () => ({ id: n, status: n % 4 === 0 ? 'rejected' : 'queued' }) };
    },
  },
  encoding: { b64encode: (s) => Buffer.from(s).toString('base64') },
  exec: { scenario: { iterationInTest: 0 }, vu: { idInTest: 3 } },
  check: (res, checks) => Object.values(checks).every((f) => f(res)),
  randomBytes: (n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff).buffer,
  Rate: class {
    constructor(name) { this.name = name; out.rates[name] = []; }
    add(v) { out.rates[this.name].push(v ? 1 : 0); }
  },
};

const mods = [];
for (let v = 0; v < vus; v += 1) mods.push(await import('data:text/javascript,' + encodeURIComponent(`${code}\n// VU ${v + 1}`)));
const mod = mods[0];
out.options = mod.options;
try {
  const data = mod.setup ? mod.setup() : undefined;
  for (let i = 0; i < Number(iterations); i += 1) {
    mods.forEach((m, v) => {
      currentVu = v + 1;
      globalThis.k6.exec.vu.idInTest = currentVu;
      globalThis.k6.exec.scenario.iterationInTest = i * vus + v;
      m.default(data);
    });
    now += Number(step) * 1000;
  }
} catch (e) {
  out.error = String(e.message);
}
process.stdout.write(JSON.stringify(out));
