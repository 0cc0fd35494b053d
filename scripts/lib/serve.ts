/**
 * A tiny static server for dist/, enough for tests and scripts: directory indexes, the 404 page, and
 * percent-encoded (Hangul) paths. Written here rather than using `astro preview` so tests can start
 * one per worker on a free port without spawning a second Node process.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface DistServer {
  url: string;
  close(): Promise<void>;
  /** Path of the newest post, read from the home page's first card. */
  firstPostPath(): Promise<string>;
}

export async function serveDist(dir: string, port = 0): Promise<DistServer> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(notFound);
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise((ok) => server.close(() => ok())),
    async firstPostPath() {
      const html = await readFile(join(root, 'index.html'), 'utf8');
      const match = /href="(\/posts\/(?!page\/)[^"]+\/)"/.exec(html);
      if (!match?.[1]) throw new Error('no post link on the home page');
      return match[1];
    },
  };
}
