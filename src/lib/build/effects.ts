/**
 * What the build pass does to the world, handed to it explicitly (as Observable Framework's `build(options, effects)`):
 * the pass computes files and says where they go; the effects write them (to disk on a second thread, or into memory
 * for tests) and record which page each file belongs to, for the build manifest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileSink } from '../export/file-sink.ts';

export type FileBody = string | Uint8Array;

export interface BuildEffects {
  /**
   * Write a file (path relative to the output folder). `page`: the page whose charts it belongs to (the manifest lists
   * it under that page); none: a file shared by the build.
   */
  write(rel: string, body: FileBody, page?: string): void;
  /** A page kept from the previous build: its files stay as they are, recorded under it again. */
  keep(page: string, files: readonly string[]): void;
  /** Whether the previous build's folder has this file (a kept page's files must all be there). */
  has(rel: string): boolean;
  log(line: string): void;
  /** Every file written; rejects with the first failure. */
  close(): Promise<void>;
  /** Files recorded per page, and the shared ones: what the manifest lists. */
  readonly record: FileRecord;
}

export interface FileRecord {
  pages: Map<string, Set<string>>;
  shared: Set<string>;
}

/** Records files per page. */
abstract class Recorder implements BuildEffects {
  readonly record: FileRecord = { pages: new Map(), shared: new Set() };

  protected abstract put(rel: string, body: FileBody): void;
  abstract has(rel: string): boolean;
  abstract log(line: string): void;
  protected abstract finish(): Promise<void>;

  private note(rel: string, page?: string) {
    if (page === undefined) {
      this.record.shared.add(rel);
      return;
    }
    let set = this.record.pages.get(page);
    if (!set) this.record.pages.set(page, (set = new Set()));
    set.add(rel);
  }

  write(rel: string, body: FileBody, page?: string): void {
    this.note(rel, page);
    this.put(rel, body);
  }

  keep(page: string, files: readonly string[]): void {
    for (const f of files) this.note(f, page);
  }

  close(): Promise<void> {
    return this.finish();
  }
}

/**
 * Files written into `outDir` on a second thread (export/file-sink.ts), while the caller goes on. `keptDir`: where the
 * previous build's files are (an incremental build writes into a staging folder, its kept files stay in the output
 * folder, export/staging.ts).
 */
export class DiskEffects extends Recorder {
  private readonly sink = new FileSink();
  readonly outDir: string;
  readonly keptDir: string;
  private readonly logLine: (line: string) => void;
  constructor(outDir: string, log: (line: string) => void = () => {}, keptDir = outDir) {
    super();
    this.outDir = outDir;
    this.keptDir = keptDir;
    this.logLine = log;
  }
  protected put(rel: string, body: FileBody): void {
    this.sink.write(join(this.outDir, rel), body);
  }
  has(rel: string): boolean {
    return existsSync(join(this.keptDir, rel));
  }
  log(line: string): void {
    this.logLine(line);
  }
  protected finish(): Promise<void> {
    return this.sink.close();
  }
}

export const diskEffects = (outDir: string, log?: (line: string) => void, keptDir?: string) => new DiskEffects(outDir, log, keptDir);

/** Files kept in a map (tests): `files` is what a disk build would have written, `present` what was there before. */
export class MemoryEffects extends Recorder {
  readonly files = new Map<string, FileBody>();
  readonly lines: string[] = [];
  /** Files of the previous build (what `has` finds besides this build's files). */
  readonly present: Set<string>;
  constructor(present: Iterable<string> = []) {
    super();
    this.present = new Set(present);
  }
  protected put(rel: string, body: FileBody): void {
    this.files.set(rel, body);
  }
  has(rel: string): boolean {
    return this.files.has(rel) || this.present.has(rel);
  }
  log(line: string): void {
    this.lines.push(line);
  }
  protected finish(): Promise<void> {
    return Promise.resolve();
  }
}

export const memoryEffects = (present?: Iterable<string>) => new MemoryEffects(present);
