/**
 * `npm run bench`: generate the synthetic national folder, run each phase in a fresh process (phase-child.ts) that
 * measures it, verify, and print one summary line per phase.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './args.ts';
import { generateDataset, type GeneratedDataset } from './generate.ts';
import { measure, RssSampler, type Measured } from './measure.ts';
import type { PhaseReply, PhaseRequest } from './phase-child.ts';
import { PHASES, type Phase, type PhaseName, type PhaseResult } from './phases.ts';
import { bytes, compact, groupSpaces, seconds } from './vi-format.ts';

type Log = (line: string) => void;

const CHILD = fileURLToPath(new URL('./phase-child.ts', import.meta.url));

/** Run one phase in a fresh Node process (same Node, same flags) and wait for its measurement. */
function runInChild(req: PhaseRequest): Promise<PhaseReply> {
  return new Promise((resolve) => {
    const execArgv = process.execArgv.includes('--experimental-strip-types') ? process.execArgv : [...process.execArgv, '--experimental-strip-types'];
    const child = fork(CHILD, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve(m as PhaseReply));
    child.once('error', (e) => resolve({ ok: false, error: e.message }));
    // 'close' comes after every message: without a reply by then, the process died (out of memory, a crash).
    child.once('close', (code, signal) => resolve({ ok: false, error: `the phase process ended (${signal ?? `exit ${code}`}) without a result` }));
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

  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const sampler = new RssSampler();
  await sampler.ready();
  try {
    let gen: Measured<GeneratedDataset>;
    try {
      gen = await measure(sampler, () => generateDataset({ dir, refDir: o.refDir, scale: o.scale, seed: o.seed }));
    } catch (e) {
      log(`bench: could not generate the synthetic folder from ${o.refDir}: ${(e as Error).message}`);
      return 2;
    }
    const d = gen.value;
    log(
      `generated ${groupSpaces(d.units)} units (${groupSpaces(d.communes)} of ${groupSpaces(d.communesInReference)} communes) · ` +
        `${d.metrics} metrics · 60 months · ${groupSpaces(d.observations)} observations in ${groupSpaces(d.rows)} rows · ` +
        `${d.files} files · ${bytes(d.bytes)} · ${seconds(gen.seconds)} (seed ${o.seed}, scale ${o.scale})`,
    );

    let ok = true;
    for (const [name, phase] of phases) {
      const reply = await runInChild({ phase: name, dir, data: d });
      if (!reply.ok) {
        log(`${name}: CRASHED: ${reply.error}`);
        ok = false;
        continue;
      }
      const m = reply.measured;
      log(summaryLine(name, d, m, phase.targets, o.scale));
      for (const line of m.value.details) log(line);
      if (!m.value.ok) ok = false;
    }
    const load = loadavg()[0]!;
    const cores = availableParallelism();
    if (load > cores) log(`note: load average ${load.toFixed(1)} on ${cores} cores: other processes share the CPU, wall times are inflated; the main thread's cpu time is about what an idle machine would take.`);
    log(ok ? 'OK: every phase verified (the loader reported exactly the injected problems).' : 'FAIL: see MISSING / EXTRA above: the loader did not report exactly the injected problems.');
    return ok ? 0 : 1;
  } finally {
    await sampler.stop();
    if (o.keep) log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
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
  const note = scale < 1 ? `; scale ${scale}: targets are for the full folder` : '';
  return `${parts.join(' · ')} (target ${t}${note})`;
}
