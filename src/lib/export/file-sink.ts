/**
 * Files written on a second thread. A national build writes ≈ 300,000 export files (embed pages, CSVs, SVGs) into
 * ≈ 200,000 folders; on the build machine each file or folder costs 60–90 µs of CPU in the kernel, half a minute in
 * all. The page builder hands each file over and goes on; the writer thread uses the other core.
 *
 * Memory stays bounded: when more than `maxQueued` characters wait, `write` blocks (Atomics.wait) until the thread
 * has caught up. `close()` waits for every file and rethrows the first error.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript, evaluated by the worker: bundlers (Astro) cannot lose a file that does not exist.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const queued = new Int32Array(workerData.shared);
const dirs = new Set();
let error;
parentPort.on('message', (msg) => {
  if (msg === 'close') {
    parentPort.postMessage({ done: true, error });
    return;
  }
  let size = 0;
  for (const [file, body] of msg) {
    size += body.length;
    if (error) continue;
    try {
      const dir = path.dirname(file);
      if (!dirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      fs.writeFileSync(file, body);
    } catch (e) {
      error = String(e && e.stack || e);
    }
  }
  Atomics.sub(queued, 0, size);
  Atomics.notify(queued, 0);
});
`;

export class FileSink {
  private readonly worker: Worker;
  private readonly queued: Int32Array;
  private batch: [string, string | Uint8Array][] = [];
  private batchSize = 0;
  private readonly maxQueued: number;
  private closed = false;

  constructor(maxQueued = 64 * 1024 * 1024) {
    const shared = new SharedArrayBuffer(4);
    this.queued = new Int32Array(shared);
    this.maxQueued = maxQueued;
    this.worker = new Worker(WORKER, { eval: true, workerData: { shared } });
    this.worker.unref();
  }

  /** Queue a file (absolute path). Folders are made as needed. */
  write(file: string, body: string | Uint8Array): void {
    if (this.closed) throw new Error('file sink closed');
    this.batch.push([file, body]);
    this.batchSize += body.length;
    if (this.batch.length >= 256 || this.batchSize >= 1 << 20) this.post();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    // Back-pressure: wait while the thread is more than maxQueued characters behind.
    for (let q = Atomics.load(this.queued, 0); q > this.maxQueued; q = Atomics.load(this.queued, 0)) Atomics.wait(this.queued, 0, q, 50);
    Atomics.add(this.queued, 0, this.batchSize);
    this.worker.postMessage(this.batch);
    this.batch = [];
    this.batchSize = 0;
  }

  /** Every queued file written; rejects with the first write error. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.post();
    this.closed = true;
    return new Promise((resolve, reject) => {
      this.worker.ref();
      this.worker.once('error', reject);
      this.worker.once('message', (m: { done: boolean; error?: string }) => {
        void this.worker.terminate();
        if (m.error) reject(new Error(`export files: ${m.error}`));
        else resolve();
      });
      this.worker.postMessage('close');
    });
  }
}
