/** The committed data folder is what the site is built from: it must load clean and read as the articles say. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../src/lib/dataset/load.ts';

describe('data/ (the seed dataset)', () => {
  const r = loadDataFolder('data');

  it('loads with 0 errors', () => {
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads Sa Đéc H1/2022 as published: 2264 received, 2114 on time or early, 150 late, 1.512 online level 3–4', () => {
    const sadec = r.dataset.registry.resolve('Thành phố Sa Đéc', '2022-01-01', '2022-06-30');
    expect(sadec.ok).toBe(true);
    const id = sadec.ok ? sadec.unit.id : '';
    const fig = (metric: string) => r.dataset.observations.filter((o) => o.unit === id && o.period.label === '2022-H1' && o.metric === metric);
    expect(fig('received_total').map((o) => o.value)).toEqual([2264]);
    expect(fig('resolved_on_time_or_early').map((o) => o.value)).toEqual([2114]);
    expect(fig('resolved_late').map((o) => o.value)).toEqual([150]);
    const online = fig('online_level3_4');
    expect(online.map((o) => [o.value, o.raw])).toEqual([[1512, '1.512']]);
    // Every figure keeps where it was read.
    expect(online[0]!.quote).toContain('là 1.512 hồ sơ TTHC');
    expect(online[0]!.file).toBe('observations/seeds.csv');
    expect(online[0]!.line).toBeGreaterThan(1);
    expect(r.dataset.sources.some((s) => s.id === online[0]!.source)).toBe(true);
  });

  it('knows the 2025 merger: 63 provinces before, 34 after, codes reused', () => {
    const provinces = r.dataset.units.filter((u) => u.level === 'province');
    const validOn = (d: string) => provinces.filter((u) => (u.valid_from ?? '0000') <= d && d <= (u.valid_to ?? '9999'));
    expect(validOn('2025-06-30')).toHaveLength(63);
    expect(validOn('2025-07-01')).toHaveLength(34);
    const code82 = provinces.filter((u) => u.gso_code === '82').map((u) => u.name);
    expect(code82.sort()).toEqual(['Tỉnh Tiền Giang', 'Tỉnh Đồng Tháp'].sort());
    const dt = r.dataset.registry.resolve('Tỉnh Đồng Tháp', '2025-07-01', '2025-12-31');
    expect(dt.ok && dt.unit.gso_code).toBe('82');
    const dtOld = r.dataset.registry.resolve('Đồng Tháp', '2022-01-01', '2022-06-30');
    expect(dtOld.ok && dtOld.unit.gso_code).toBe('87');
  });
});
