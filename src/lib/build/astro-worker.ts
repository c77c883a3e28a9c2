/** The entry of Astro's thread (astro-thread.ts): Astro's build with the build's integrations; reports its files. */
import { parentPort, workerData } from 'node:worker_threads';
import { build, type AstroIntegration } from 'astro';
import { recordRoutes, viewStore } from '../report/astro-integrations.ts';
import { renderedPath } from '../report/build-failure.ts';
import type { SerializedError, ThreadMessage } from './astro-thread.ts';
import type { ThreadData } from './astro-signals.ts';

const w = workerData as ThreadData;
const post = (m: ThreadMessage) => parentPort!.postMessage(m);
try {
  const routes = recordRoutes();
  const extra: AstroIntegration[] = [];
  for (const i of w.integrations ?? []) extra.push(((await import(i.module)) as { default: (o: unknown) => AstroIntegration }).default(i.options));
  await build({ root: w.root, outDir: w.outDir, cacheDir: w.cacheDir, force: w.force, logLevel: w.logLevel, integrations: [viewStore(w.views), ...extra, routes.integration] });
  post({ assets: [...routes.assets].map(([k, urls]) => [k, urls.map((u) => u.href)]) });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  const failed: SerializedError = { message: err.message, stack: err.stack, name: err.name, page: renderedPath(e) };
  post({ failed });
}
