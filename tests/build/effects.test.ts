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

  test('which of the previous build\'s files are gone: looked for in the kept folder, on the writer thread', async () => {
    const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { DiskEffects, MemoryEffects } = await import('../../src/lib/build/effects.ts');
    const root = mkdtempSync(join(tmpdir(), 'cchc-absent-'));
    try {
      const kept = join(root, 'dist');
      mkdirSync(join(kept, 'embed/a'), { recursive: true });
      writeFileSync(join(kept, 'embed/a/index.html'), '<p>a</p>');
      const fx = new DiskEffects(join(root, 'staging'), () => {}, kept);
      const absent = await fx.absent(['embed/a/index.html', 'embed/b/index.html', 'data/don-vi/c.csv']);
      expect([...absent].sort()).toEqual(['data/don-vi/c.csv', 'embed/b/index.html']);
      expect([...(await fx.absent([]))]).toEqual([]);
      await fx.close();
      // In memory: the files present before the build.
      const mem = new MemoryEffects(new Map([['embed/a/index.html', '<p>a</p>']]));
      expect([...(await mem.absent(['embed/a/index.html', 'embed/b/index.html']))]).toEqual(['embed/b/index.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a long assembly lets files queued after it be written meanwhile, and closing waits for it', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { DiskEffects } = await import('../../src/lib/build/effects.ts');
    const root = mkdtempSync(join(tmpdir(), 'cchc-assemble-long-'));
    try {
      const kept = join(root, 'dist');
      mkdirSync(join(kept, 'data/don-vi'), { recursive: true });
      const parts = Array.from({ length: 500 }, (_, i) => `data/don-vi/u${String(i).padStart(3, '0')}.csv`);
      parts.forEach((p, i) => writeFileSync(join(kept, p), `unit,value\r\nu${i},${i}\r\n`));
      const out = join(root, 'staging');
      const fx = new DiskEffects(out, () => {}, kept);
      let assembled = false;
      const done = fx.assemble('data/observations.csv', 'unit,value\r\n', parts).then((a) => ((assembled = true), a));
      fx.write('index.html', '<p>after</p>', '/');
      await fx.settled();
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      await fx.close();
      expect(assembled, 'closed only once the assembly was done').toBe(true);
      const text = readFileSync(join(out, 'data/observations.csv'), 'utf8');
      expect(text).toBe(`unit,value\r\n${parts.map((_, i) => `u${i},${i}\r\n`).join('')}`);
      expect((await done).bytes).toBe(Buffer.byteLength(text));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
