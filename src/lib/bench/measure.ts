/**
 * Wall time and peak memory of one phase. The loader is synchronous, so a timer on the main thread would never fire
 * while it runs: RSS is sampled from a worker thread (process.memoryUsage.rss() is process-wide), and the kernel's own
 * high-water mark (VmHWM in /proc/self/status) is read at the end, after resetting it when the phase starts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new BigInt64Array(workerData.buffer);
const tick = () => {
  const rss = BigInt(process.memoryUsage.rss());
  for (let cur = Atomics.load(peak, 0); rss > cur; cur = Atomics.load(peak, 0)) {
    if (Atomics.compareExchange(peak, 0, cur, rss) === cur) break;
  }
  Atomics.add(peak, 1, 1n);
};
tick();
setInterval(tick, workerData.intervalMs);
`;

/** Samples the process RSS every `intervalMs` from a worker thread, keeping the maximum. */
export class RssSampler {
  private readonly shared = new BigInt64Array(new SharedArrayBuffer(16));
  private readonly worker: Worker;
  constructor(intervalMs = 20) {
    this.worker = new Worker(SAMPLER, { eval: true, workerData: { buffer: this.shared.buffer, intervalMs } });
    this.worker.unref();
  }
  /** Wait until the worker has taken its first sample. */
  async ready(): Promise<void> {
    while (Atomics.load(this.shared, 1) === 0n) await new Promise((r) => setTimeout(r, 5));
  }
  /** Start a new peak from the current RSS. */
  reset(): void {
    Atomics.store(this.shared, 0, BigInt(process.memoryUsage.rss()));
  }
  peak(): number {
    return Math.max(Number(Atomics.load(this.shared, 0)), process.memoryUsage.rss());
  }
  samples(): number {
    return Number(Atomics.load(this.shared, 1));
  }
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** VmHWM (peak RSS of the process) in bytes, or undefined where /proc is not available. */
export function vmHwm(): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reset VmHWM to the current RSS (Linux ≥ 4.0: write "5" to /proc/self/clear_refs), so that the high-water mark read
 * after a phase is that phase's. Returns false when the kernel refuses; VmHWM then covers the whole process.
 */
export function resetVmHwm(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * CPU seconds of the calling (main) thread so far, from /proc/thread-self/stat (utime + stime, 100 ticks a second), or
 * undefined without /proc. On a busy machine this is the steadier figure: it is what the wall time would be on idle cores,
 * less the time spent waiting for the disk.
 */
export function mainThreadCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export interface Measured<T> {
  value: T;
  seconds: number;
  /** Highest sampled RSS during the phase. */
  peakSampled: number;
  /** VmHWM at the end of the phase (undefined without /proc). */
  peakHwm: number | undefined;
  /** Whether VmHWM was reset at the start (else it includes everything before the phase). */
  hwmPhaseOnly: boolean;
  /** RSS when the phase started. */
  rssBefore: number;
  samples: number;
  /** CPU seconds of the whole process (all threads: GC helpers too) during the phase. */
  cpuSeconds: number;
  /** CPU seconds of the main thread during the phase (undefined without /proc). */
  mainCpuSeconds: number | undefined;
}

export async function measure<T>(sampler: RssSampler, fn: () => T | Promise<T>): Promise<Measured<T>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const hwmPhaseOnly = resetVmHwm();
  sampler.reset();
  const rssBefore = process.memoryUsage.rss();
  const s0 = sampler.samples();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpu();
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const m1 = mainThreadCpu();
  return {
    value,
    seconds,
    peakSampled: sampler.peak(),
    peakHwm: vmHwm(),
    hwmPhaseOnly,
    rssBefore,
    samples: sampler.samples() - s0,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mainCpuSeconds: m0 === undefined || m1 === undefined ? undefined : m1 - m0,
  };
}

/**
 * Summed RSS of a process and all its descendants, from /proc/<pid>/stat (RSS in 4 KiB pages), with how many processes
 * that was; undefined without /proc. A phase's own VmHWM misses any helper process a tool starts (a bundler service):
 * the parent samples the whole tree of the phase process with this.
 */
export function treeRss(root: number): { bytes: number; processes: number } | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const n of names) {
    if (!/^\d+$/.test(n)) continue;
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(n), Number(f[1]));
      rss.set(Number(n), Number(f[21]) * 4096);
    } catch {
      // the process ended meanwhile
    }
  }
  if (!rss.has(root)) return undefined;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let bytes = 0;
  let processes = 0;
  for (const [pid, r] of rss) if (inTree(pid)) ((bytes += r), processes++);
  return { bytes, processes };
}

/** Samples treeRss(pid) on a timer of the (idle, waiting) parent, keeping the peak. */
export class TreeRssSampler {
  peakBytes = 0;
  peakProcesses = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly pid: number;
  constructor(pid: number, intervalMs = 100) {
    this.pid = pid;
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }
  tick(): void {
    const t = treeRss(this.pid);
    if (!t) return;
    this.peakBytes = Math.max(this.peakBytes, t.bytes);
    this.peakProcesses = Math.max(this.peakProcesses, t.processes);
  }
  stop(): void {
    clearInterval(this.timer);
  }
}
