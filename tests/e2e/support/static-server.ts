import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static host, like the ones Boxpilot is deployed to: no SPA rewrites, optional
 * sub-path. Tests swap the folder it serves (a new deployment) and stop it (the network is gone)
 * while keeping the port, because IndexedDB and the service worker belong to the origin.
 */
export class StaticServer {
  #server: Server | undefined;
  #root: string;
  readonly basePath: string;
  port: number;
  requests: string[] = [];

  constructor(root: string, options: { basePath?: string; port?: number } = {}) {
    this.#root = resolve(root);
    this.basePath = (options.basePath ?? '/').replace(/\/?$/, '/');
    this.port = options.port ?? 0;
  }

  get url(): string {
    return `http://localhost:${this.port}${this.basePath}`;
  }

  serve(root: string): void {
    this.#root = resolve(root);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      void this.#handle(req.url ?? '/').then(({ status, body, type, cache }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': cache, connection: 'close' });
        res.end(body);
      });
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.port, 'localhost', () => done());
    });
    this.port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }

  async #handle(rawUrl: string): Promise<{ status: number; body: Buffer | string; type: string; cache: string }> {
    const path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
    this.requests.push(path);
    if (!path.startsWith(this.basePath)) return notFound();
    let relative = path.slice(this.basePath.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(this.#root, relative));
    if (!file.startsWith(this.#root)) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hashed assets may be cached forever; the entry points must be revalidated.
      const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return { status: 200, body, type, cache };
    } catch {
      return notFound();
    }
  }
}

function notFound() {
  return { status: 404, body: 'not found', type: 'text/plain', cache: 'no-store' };
}
