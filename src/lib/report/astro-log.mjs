// Astro's own log destination (astro/logger/node) without stack traces: an error inside the build is told by
// scripts/build.ts as a problem naming its data row (report/build-failure.ts). ASTRO_LOG=debug prints them again.
// Plain JavaScript: Astro loads it both in Node (the build) and through Vite (the pages' bundle).
import nodeDestination from 'astro/logger/node';

/** @param {Record<string, unknown>} [config] */
export default function quietStacks(config = {}) {
  const dest = nodeDestination(config);
  return {
    /** @param {{ message: string }} event */
    write(event) {
      if (process.env.ASTRO_LOG !== 'debug' && /\n\s+at /.test(event.message)) return;
      dest.write(/** @type {any} */ (event));
    },
  };
}
