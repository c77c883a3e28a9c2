/**
 * What Astro's build thread (build/astro-thread.ts) shares with the main thread, in a module small enough for the
 * pages' bundle (site/views.ts reads it): flags in a shared buffer, [PASS_DONE] the pass is done, [VIEW_READY] a view
 * the thread asked for is stored, [WAITED_MS] how long Astro waited for views (the pass's order against Astro's),
 * [KEYS_READY] the pass has stored every page's key (Astro's thread starts before: its pages' getStaticPaths wait).
 */
import type { AstroThreadOptions } from './astro-thread.ts';

export const PASS_DONE = 0;
export const VIEW_READY = 1;
export const WAITED_MS = 2;
export const KEYS_READY = 3;
export const SIGNALS = 4;

/** What the thread is started with: the build's options, the marker views.ts knows it by, the shared flags. */
export interface ThreadData extends AstroThreadOptions {
  cchcAstroThread: true;
  signals: SharedArrayBuffer;
}
