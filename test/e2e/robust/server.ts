import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { ROOT } from '../harness/paths';
import { GENERATED } from './generate';

// The robustness suite's own server (scripts/serve.ts serves one folder): the saved corpus pages
// under two policies, the hand-written hostile fixtures with per-page headers, and the generated
// pathological pages. Bound to 127.0.0.1; reachable as http://127.0.0.1:PORT/ and
// http://localhost:PORT/, two "sites" for Kontext, so one can be switched off as a baseline.

export const CORPUS = process.env.KONTEXT_CORPUS ?? join(ROOT, '../shared/corpus/pages');
export const FIXTURES = join(ROOT, 'test/e2e/fixtures');

/** Page scripts off, nothing leaves localhost: the DOM after parsing is the baseline. */
export const CSP_SCRIPTS_OFF =
  "default-src 'self' data: blob:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** Page scripts on (inline and same-origin), still nothing leaves localhost. */
export const CSP_SCRIPTS_ON =
  "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** issue 8: the strictest common policy; marks and the card must survive it. */
export const CSP_STRICT = "default-src 'none'; style-src 'self'";

/** Fixture file → extra response headers. */
const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  'strict-csp.html': { 'content-security-policy': CSP_STRICT },
  'hostile-globals.html': { 'content-security-policy': CSP_SCRIPTS_ON },
  'ticker.html': { 'content-security-policy': CSP_SCRIPTS_ON },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface RobustServer {
  port: number;
  /** http://127.0.0.1:PORT/<path> (Kontext on) */
  on(path: string): string;
  /** http://localhost:PORT/<path> (the site the suite switches off for baselines) */
  off(path: string): string;
  close(): Promise<void>;
}

function inside(root: string, rel: string): string | null {
  const file = resolve(root, `.${join('/', rel)}`);
  return file.startsWith(root + sep) && existsSync(file) ? file : null;
}

export async function startRobustServer(): Promise<RobustServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const [, area, mode, ...rest] = path.split('/');
    try {
      if (area === 'corpus' && (mode === 'off' || mode === 'on')) {
        const file = inside(resolve(CORPUS), rest.join('/'));
        if (!file) return send(404, 'not found');
        return send(200, readFileSync(file), {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': mode === 'off' ? CSP_SCRIPTS_OFF : CSP_SCRIPTS_ON,
        });
      }
      if (area === 'fixtures') {
        const name = [mode, ...rest].join('/');
        const file = inside(FIXTURES, name);
        if (!file) return send(404, 'not found');
        return send(200, readFileSync(file), {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...FIXTURE_HEADERS[name],
        });
      }
      if (area === 'gen' && mode && GENERATED[mode]) {
        return send(200, GENERATED[mode](), {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': CSP_SCRIPTS_OFF,
        });
      }
      return send(404, 'not found');
    } catch (error) {
      return send(500, String(error));
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    on: (p) => `http://127.0.0.1:${port}/${p}`,
    off: (p) => `http://localhost:${port}/${p}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
