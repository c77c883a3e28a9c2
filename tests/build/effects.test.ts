/**
 * The build's effects (src/lib/build/effects.ts) on disk: a shared file assembled on the writer thread, after the
 * files queued before it, from this build's files or the kept ones.
 */
import { describe, expect, test } from 'vitest';

describe('a shared file assembled on the writer thread (the whole dataset from the unit CSVs)', () => {
  test('after the files written before it, from this build or the kept folder, each part without its header line', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createHash } = await import('node:crypto');
    const { DiskEffects } = await import('../../src/lib/build/effects.ts');
    const root = mkdtempSync(join(tmpdir(), 'cchc-assemble-'));
    try {
      const [out, kept] = [join(root, 'staging'), join(root, 'dist')];
      mkdirSync(join(kept, 'data/don-vi'), { recursive: true });
      writeFileSync(join(kept, 'data/don-vi/b.csv'), 'unit,value\r\nb,2\r\n');
      const fx = new DiskEffects(out, () => {}, kept);
      // Queued on the writer thread just before: written before the file is assembled.
      fx.write('data/don-vi/a.csv', 'unit,value\r\na,1\r\n', '/a/');
      const done = fx.assemble('data/observations.csv', 'unit,value\r\n', ['data/don-vi/a.csv', 'data/don-vi/b.csv']);
      const made = await done;
      await fx.close();
      const text = readFileSync(join(out, 'data/observations.csv'));
      expect(text.toString('utf8')).toBe('unit,value\r\na,1\r\nb,2\r\n');
      expect(made).toEqual({ bytes: text.length, sha256: createHash('sha256').update(text).digest('hex') });
      expect(fx.record.shared.has('data/observations.csv')).toBe(true);

      const missing = new DiskEffects(join(root, 'other'), () => {}, kept);
      await expect(missing.assemble('data/observations.csv', 'h\r\n', ['data/don-vi/nowhere.csv'])).rejects.toThrow('nowhere.csv');
      await missing.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
