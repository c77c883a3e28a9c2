/**
 * A tiny static file server for the built site (node:http, no dependencies): directory URLs serve index.html,
 * query strings are ignored (as on any static host), unknown paths get 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, p));
  if (!full.startsWith(root)) return undefined;
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
    if (s.isDirectory()) {
      const index = join(full, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Serve `dir` on 127.0.0.1 at a free port; resolves to the base URL and a close function. */
export async function serveStatic(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Directory without trailing slash: redirect like static hosts do.
    const file = await fileFor(root, url.pathname);
    if (!file) {
      const notFound = await fileFor(root, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('index.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// `node tests/browser/server.ts [dir] [port]`: serve a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveStatic(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4321));
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${url}`);
}
