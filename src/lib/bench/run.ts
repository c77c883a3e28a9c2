/**
 * `npm run bench`: generate the synthetic national folder, run each phase in a fresh process (phase-child.ts) that
 * measures it, verify, and print one summary line per phase. Each phase gets its own folder at its own scale
 * (validate: with the injected errors; build: warnings only; both at full scale by default).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCALE, phaseScale, type BenchOptions } from './args.ts';
import { generateDataset, type GeneratedDataset } from './generate.ts';
import { measure, RssSampler, TreeRssSampler, type Measured } from './measure.ts';
import type { PhaseReply, PhaseRequest } from './phase-child.ts';
import { BIG_FILE, FILE_KINDS, PHASES, type BuildOutput, type FileCount, type Phase, type PhaseName, type PhaseResult, type SiteFigures } from './phases.ts';
import { bytes, compact, groupSpaces, seconds } from './vi-format.ts';

type Log = (line: string) => void;

const CHILD = fileURLToPath(new URL('./phase-child.ts', import.meta.url));

/** Peak summed RSS of the phase process and every process it started, sampled by the parent. */
export interface TreePeak {
  bytes: number;
  processes: number;
}

/** Run one phase in a fresh Node process (same Node, same flags) and wait for its measurement. */
function runInChild(req: PhaseRequest, flags: readonly string[] = []): Promise<{ reply: PhaseReply; tree: TreePeak | undefined }> {
  return new Promise((resolve) => {
    const base = process.execArgv.includes('--experimental-strip-types') ? process.execArgv : [...process.execArgv, '--experimental-strip-types'];
    const execArgv = [...base, ...flags];
    const child = fork(CHILD, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const tree = child.pid === undefined ? undefined : new TreeRssSampler(child.pid);
    const done = (reply: PhaseReply) => {
      tree?.stop();
      resolve({ reply, tree: tree && tree.peakBytes > 0 ? { bytes: tree.peakBytes, processes: tree.peakProcesses } : undefined });
    };
    child.once('message', (m) => done(m as PhaseReply));
    child.once('error', (e) => done({ ok: false, error: e.message }));
    // 'close' comes after every message: without a reply by then, the process died (out of memory, a crash).
    child.once('close', (code, signal) => done({ ok: false, error: `the phase process ended (${signal ?? `exit ${code}`}) without a result` }));
    child.send(req);
  });
}
/** Exit code: 0 every phase verified, 1 a phase proved the code wrong (or crashed), 2 could not run. */
export async function runBench(o: BenchOptions, log: Log = (l) => console.log(l)): Promise<number> {
  const phases: [PhaseName, Phase][] = [];
  for (const name of o.phases) {
    const p = PHASES[name];
    if (!p) {
      log(`bench: phase "${name}" is reserved but not implemented yet (add it to PHASES in src/lib/bench/phases.ts)`);
      return 2;
    }
    phases.push([name, p]);
  }

  const sampler = new RssSampler();
  await sampler.ready();
  const dirs: string[] = [];
  /** The build phase's folder and output, which the rebuild phase builds again. */
  let built: { dir: string; data: GeneratedDataset; output: BuildOutput } | undefined;
  try {
    let ok = true;
    for (const [name, phase] of phases) {
      const scale = phaseScale(o, name);
      let dir: string;
      let d: GeneratedDataset;
      let previous: BuildOutput | undefined;
      if (name === 'rebuild') {
        if (!built) {
          log('rebuild: SKIPPED: the build phase before it did not leave a site to rebuild');
          ok = false;
          continue;
        }
        ({ dir, data: d, output: previous } = built);
        log(`rebuild: one figure corrected in the build's folder, then npm run build again into its site …`);
      } else {
        const errors = name === 'validate'; // a build refuses errors: the other phases' folders have the injected warnings only
        dir = mkdtempSync(join(tmpdir(), `cchc-bench-${name}-`));
        dirs.push(dir);
        let gen: Measured<GeneratedDataset>;
        try {
          const oneFile = name === 'bigfile' ? { errors: false, singleFile: BIG_FILE, long: true } : {};
          gen = await measure(sampler, () => generateDataset({ dir, refDir: o.refDir, scale, seed: o.seed, errors, ...oneFile }));
        } catch (e) {
          log(`bench: could not generate the synthetic folder from ${o.refDir}: ${(e as Error).message}`);
          return 2;
        }
        d = gen.value;
        log(
          `${name}: generated ${groupSpaces(d.units)} units (${groupSpaces(d.communes)} of ${groupSpaces(d.communesInReference)} communes) · ` +
            `${d.metrics} metrics · 60 months · ${groupSpaces(d.observations)} observations in ${groupSpaces(d.rows)} rows · ` +
            `${d.files} files · ${bytes(d.bytes)} · ${seconds(gen.seconds)} (seed ${o.seed}, SCALE ${scale}${errors ? '' : ', no injected errors'})`,
        );
      }
      if (name === 'build') log(`build: share cards (PNG) ${o.png ? 'ON (--png)' : 'OFF (EXPORT_PNG=0; add --png to draw them)'} · Astro build into a temporary folder, not dist/ …`);
      const forRebuild = name === 'build' && o.phases[o.phases.indexOf('build') + 1] === 'rebuild';
      const { reply, tree } = await runInChild({ phase: name, dir, data: d, png: o.png, keep: o.keep, forRebuild, previous }, phase.nodeFlags?.() ?? []);
      if (!reply.ok) {
        log(`${name}: CRASHED: ${reply.error}`);
        ok = false;
        continue;
      }
      const m = reply.measured;
      if (m.value.site) for (const line of buildSummary(d, m, phase.targets, scale, tree)) log(line);
      else log(summaryLine(name, d, m, phase.targets, scale));
      for (const line of m.value.details) log(line);
      if (!m.value.ok) ok = false;
      const over = overMemoryLimit(phase, m, tree);
      if (over) {
        log(`${name}: ${over}`);
        ok = false;
      }
      if (forRebuild && m.value.output) {
        built = { dir, data: d, output: m.value.output };
        continue; // the folder is the rebuild's: deleted after it
      }
      if (!o.keep && dirs.at(-1) === dir) {
        rmSync(dir, { recursive: true, force: true });
        dirs.pop();
      }
    }
    const [l1, l5, l15] = loadavg();
    const cores = availableParallelism();
    log(`load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} (1 / 5 / 15 min) on ${cores} cores`);
    if (l1! > cores) log(`note: load average ${l1!.toFixed(1)} on ${cores} cores: other processes share the CPU, wall times are inflated; the main thread's cpu time is about what an idle machine would take.`);
    log(ok ? 'OK: every phase verified (the loader reported exactly the injected problems; the build wrote its pages).' : 'FAIL: see MISSING / EXTRA / CRASHED / refused above.');
    return ok ? 0 : 1;
  } finally {
    await sampler.stop();
    if (built && !o.keep) rmSync(built.output.tmp, { recursive: true, force: true });
    for (const dir of dirs) {
      if (o.keep) log(`kept: ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Why a phase whose memory target is a limit (`rssLimit`) failed it, or undefined: the highest of every peak measured. */
export function overMemoryLimit(phase: Pick<Phase, 'rssLimit' | 'targets'>, m: Pick<Measured<unknown>, 'peakSampled' | 'peakHwm'>, tree?: TreePeak): string | undefined {
  const peak = Math.max(m.peakSampled, m.peakHwm ?? 0, tree?.bytes ?? 0);
  if (!phase.rssLimit || peak <= phase.targets.rssBytes) return undefined;
  return `OVER THE MEMORY LIMIT: peak ${bytes(peak)} > ${bytes(phase.targets.rssBytes)}`;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
/**
 * The build phase's lines: time, pages, memory, largest page, PASS/OVER; then a linear estimate for scale 1 (commune
 * pages scaled by the number of communes, every other page as built, at the same ms per page).
 */
export function buildSummary(d: GeneratedDataset, m: Measured<Omit<PhaseResult, 'value'>>, targets: Phase['targets'], scale: number, tree?: TreePeak): string[] {
  const site = m.value.site as SiteFigures;
  const pass = (x: number, t: number) => (x <= t ? 'PASS' : 'OVER');
  const peak = Math.max(m.peakSampled, m.peakHwm ?? 0);
  const msPerPage = (m.seconds * 1000) / site.pages;
  const main = m.mainCpuSeconds === undefined ? '' : `, main thread ${seconds(m.mainCpuSeconds)}`;
  const hwm = m.peakHwm === undefined ? 'VmHWM n/a' : `${bytes(m.peakHwm)} VmHWM of the build process${m.hwmPhaseOnly ? '' : ' (whole process)'}`;
  const treeText = tree ? ` · ${bytes(tree.bytes)} process tree (sampled, ${tree.processes} process${tree.processes > 1 ? 'es' : ''} at most)` : '';
  const pageT = targets.pageGzipBytes ?? Infinity;
  const lines = [
    `build: SCALE ${scale} (${groupSpaces(d.units)} units, ${groupSpaces(d.communes)} of ${groupSpaces(d.communesInReference)} communes) · share cards ${site.png ? 'on' : 'off'} · ` +
      `${seconds(m.seconds)} (cpu ${seconds(m.cpuSeconds)}${main}; validation included, as npm run build) · ` +
      `${groupSpaces(site.pages)} HTML pages (${groupSpaces(site.embedPages)} of them embed pages; ${groupSpaces(site.communePages)} commune pages) · ${msPerPage.toFixed(0)} ms/page`,
    `build: peak RSS ${bytes(peak)} (${hwm}; ${bytes(m.peakSampled)} sampled${treeText}) · largest page ${site.largestPage.file} ${kb(site.largestPage.gzipBytes)} gzip`,
    `build: targets (scale 1): ≤ ${targets.seconds} s ${pass(m.seconds, targets.seconds)}, ≤ ${targets.rssBytes / 1e9} GB ${pass(Math.max(peak, tree?.bytes ?? 0), targets.rssBytes)}, ` +
      `≤ ${pageT / 1000} KB gzip/page ${pass(site.largestPage.gzipBytes, pageT)}${scale < 1 ? ` (measured at scale ${scale}, see the estimate)` : ''}`,
  ];
  if (site.files) {
    const linked = (c: FileCount) => (c.linked ? `, ${groupSpaces(c.linked)} of them second names of ${bytes(c.linkedBytes)}` : '');
    const kinds = FILE_KINDS.filter((k) => site.files.kinds[k].count > 0).map((k) => `${k} ${groupSpaces(site.files.kinds[k].count)} (${bytes(site.files.kinds[k].bytes)}${linked(site.files.kinds[k])})`);
    const f = site.files;
    lines.push(`build: output ${groupSpaces(f.count)} files, ${bytes(f.bytes)}; on disk ${groupSpaces(f.count - f.linked)} files, ${bytes(f.bytes - f.linkedBytes)}: ${kinds.join(' · ')}`);
  }
  if (site.floor) {
    const f = site.floor;
    lines.push(
      `build: string-template floor ${seconds(f.seconds)} (cpu ${seconds(f.cpuSeconds)}): ${groupSpaces(f.pages)} pages, ${groupSpaces(f.charts)} charts drawn as strings in page shells and written as files, no Astro · ` +
        `build/floor ${(m.seconds / Math.max(f.seconds, 1e-3)).toFixed(1)}× (cpu ${(m.cpuSeconds / Math.max(f.cpuSeconds, 1e-3)).toFixed(1)}×)`,
    );
  }
  if (scale < 1) {
    const factor = d.communesInReference / d.communes;
    const pagesFull = site.pages - site.communePages + site.communePages * factor;
    const secondsFull = (pagesFull * msPerPage) / 1000;
    lines.push(
      `build: ESTIMATE for scale 1 (linear, not measured): ≈ ${groupSpaces(pagesFull)} pages × ${msPerPage.toFixed(0)} ms/page ≈ ${seconds(secondsFull)} ` +
        `(≈ ${(secondsFull / 60).toFixed(1)} min; ≤ ${targets.seconds} s ${pass(secondsFull, targets.seconds)}); memory and the size of ranking/comparison pages grow with the units too, so RSS and the largest page at scale 1 are likely higher than measured here`,
    );
  }
  if (site.kept) lines.push(`build: site kept in ${site.kept}`);
  return lines;
}

export function summaryLine(name: string, d: GeneratedDataset, m: Measured<Omit<PhaseResult, 'value'>>, targets: Phase['targets'], scale: number): string {
  const r = m.value;
  const peak = Math.max(m.peakSampled, m.peakHwm ?? 0);
  const parts: string[] = [];
  if (r.observations !== undefined) parts.push(`observations ${groupSpaces(r.observations)}`);
  if (r.rows !== undefined) parts.push(`rows ${groupSpaces(r.rows)}`);
  parts.push(`files ${groupSpaces(d.files)}`);
  const main = m.mainCpuSeconds === undefined ? '' : `, main thread ${seconds(m.mainCpuSeconds)}`;
  parts.push(`${name} ${seconds(m.seconds)} (cpu ${seconds(m.cpuSeconds)}${main})`);
  if (r.observations !== undefined) parts.push(`${compact(r.observations / m.seconds)} obs/s`);
  if (r.rows !== undefined) parts.push(`${compact(r.rows / m.seconds)} rows/s`);
  const hwm = m.peakHwm === undefined ? 'VmHWM n/a' : `${bytes(m.peakHwm)} VmHWM${m.hwmPhaseOnly ? '' : ' (whole process)'}`;
  parts.push(`peak RSS ${bytes(m.peakSampled)} sampled / ${hwm}`);
  const t = `≤ ${targets.seconds} s ${m.seconds <= targets.seconds ? 'PASS' : 'OVER'}, ≤ ${targets.rssBytes / 1e9} GB ${peak <= targets.rssBytes ? 'PASS' : 'OVER'}`;
  const note = scale < (DEFAULT_SCALE[name as PhaseName] ?? 1) ? `; scale ${scale}: targets are for the default scale` : '';
  return `${parts.join(' · ')} (target ${t}${note})`;
}
