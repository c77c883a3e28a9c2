/**
 * Astro's build on its own thread, beside the build pass (report/build.ts): the pass builds pages on the main thread
 * while Astro renders the ones whose views are stored (site/views.ts waits for each in turn), so both cores work.
 * Astro's pages read page views only, never the site model: the thread holds no copy of the data. A view Astro
 * needs that the pass did not store (a page Astro renders again that the pass kept) is asked of the main thread,
 * which builds it once the pass is done (`serveViews`).
 */
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { tagRenderError } from '../report/build-failure.ts';
import { KEYS_READY, PASS_DONE, SIGNALS, VIEW_READY, WAITED_MS, type ThreadData } from './astro-signals.ts';

/** An Astro integration the thread imports: `module`'s default export called with `options` (tests add these). */
export interface IntegrationModule {
  module: string;
  options?: unknown;
}

export interface AstroThreadOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  force?: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The pass's view store (site/view-store.ts). */
  views: string;
  integrations?: IntegrationModule[];
}


export type ThreadMessage = { need: string } | { assets: [string, string[]][] } | { failed: SerializedError };
export interface SerializedError {
  message: string;
  stack?: string;
  name?: string;
  page?: string;
}

export interface AstroThread {
  /** Astro's output files (`astro:build:done` assets) once it is done; rejects with the page's error. */
  done: Promise<Map<string, URL[]>>;
  /** Every page's key is stored (site/view-store.ts AstroInput): Astro's getStaticPaths, waiting for them, go on. */
  keysReady(): void;
  /** The pass is done: views Astro still lacks are asked of `make` (it stores them) from now on. */
  passDone(make: (path: string) => void): void;
  /** How long Astro has waited for the pass's views, in seconds. */
  waited(): number;
  /** The build failed elsewhere: end the thread. */
  stop(): Promise<void>;
}

/** The thread's error as thrown there: message, stack and the page it was rendering (report/build-failure.ts). */
function revive(e: SerializedError): Error {
  const err = new Error(e.message);
  if (e.name) err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return e.page ? (tagRenderError(err, e.page) as Error) : err;
}

/**
 * The heap of Astro's thread, in MB: semi-spaces and old generation. V8 sizes a new thread's heap from the process's
 * flags (package.json's build script gives the pass 64 MB semi-spaces and 1,024 MB of old generation, and
 * `resourceLimits` cannot lower them then). Astro, rendering page after page from stored views, needs less, and the
 * build's memory budget is shared: at scale 0.3 its heap ended at ≈ 180 MB with the pass's limits, its young
 * generation alone 134 MB; 32 MB semi-spaces took ≈ 110 MB off the build's peak RSS. Its old generation's limit is
 * 1,024 MB although Astro's live heap stays near 60 MB: V8 lets a heap grow less between full collections the lower
 * its limit, and with 384 MB Astro's thread ran a full collection every 25 MB of pages (118 at scale 0.3,
 * 58 with 1,024 MB), whose marking kept the second core busy.
 */
const ASTRO_SEMI_SPACE_MB = 32;
const ASTRO_OLD_SPACE_MB = 1024;

export function startAstroThread(o: AstroThreadOptions): AstroThread {
  // Read when the thread's heap is set up: the main thread's own heap keeps its size.
  v8.setFlagsFromString(`--max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`);
  v8.setFlagsFromString(`--max-old-space-size=${ASTRO_OLD_SPACE_MB}`);
  const signals = new SharedArrayBuffer(4 * SIGNALS);
  const flags = new Int32Array(signals);
  const data: ThreadData = { ...o, cchcAstroThread: true, signals };
  const worker = new Worker(new URL('./astro-worker.ts', import.meta.url), { workerData: data });
  let make: ((path: string) => void) | undefined;
  const asked: string[] = [];
  const serve = (path: string) => {
    try {
      make!(path);
    } finally {
      Atomics.store(flags, VIEW_READY, 1);
      Atomics.notify(flags, VIEW_READY);
    }
  };
  const done = new Promise<Map<string, URL[]>>((resolve, reject) => {
    worker.on('message', (m: ThreadMessage) => {
      if ('need' in m) {
        if (make) serve(m.need);
        else asked.push(m.need);
      } else if ('assets' in m) resolve(new Map(m.assets.map(([k, urls]) => [k, urls.map((u) => new URL(u))])));
      else reject(revive(m.failed));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Astro's thread stopped (exit code ${code}) before it was done`)));
  });
  done.catch(() => {});
  return {
    done,
    keysReady() {
      Atomics.store(flags, KEYS_READY, 1);
      Atomics.notify(flags, KEYS_READY);
    },
    passDone(m) {
      make = m;
      Atomics.store(flags, PASS_DONE, 1);
      Atomics.notify(flags, PASS_DONE);
      for (const path of asked.splice(0)) serve(path);
    },
    waited: () => Atomics.load(flags, WAITED_MS) / 1000,
    async stop() {
      await worker.terminate();
    },
  };
}

