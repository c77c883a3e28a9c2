/**
 * Test-only Astro integration (tests/site/build-failing-page.ts): the unit page of `unitId` throws while Astro renders
 * it (a Vite plugin wrapping src/lib/site/views.ts `viewAt`), so the production build has no switch that makes it fail.
 */
import type { AstroIntegration } from 'astro';

export default function throwOnUnit({ unitId }: { unitId: string }): AstroIntegration {
  return {
    name: 'test-throw-on-unit',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'test-throw-on-unit',
                transform(code: string, id: string) {
                  if (!id.endsWith('src/lib/site/views.ts')) return undefined;
                  return (
                    code.replace('export function viewAt(', 'function viewAtUntouched(') +
                    `\nexport function viewAt(path) {\n` +
                    `  if (path.includes(${JSON.stringify(`/don-vi/${unitId}/`)})) throw new TypeError('Cannot read properties of undefined (reading "value")');\n` +
                    `  return viewAtUntouched(path);\n}\n`
                  );
                },
              },
            ],
          },
        });
      },
    },
  };
}
