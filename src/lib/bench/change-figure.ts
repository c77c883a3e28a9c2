/**
 * The staff's everyday edit, for the bench's rebuild phase: correct one published figure in one province's file.
 * Picks the observation file with the most rows under one province folder (its communes' latest year), and adds 1
 * to the apology letters of its last row that names its unit by id and has a plain count (no thousands separator).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FigureChange {
  /** Relative to the data folder. */
  file: string;
  line: number;
  unit: string;
  column: string;
  from: string;
  to: string;
}

const COLUMN = 'apology_letters';

/** Split a CSV line on commas outside quotes (the generator quotes any cell with a comma; quotes hold no line breaks on the rows picked). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function changeOneFigure(dataDir: string): FigureChange {
  const root = join(dataDir, 'observations');
  let best: { file: string; size: number } | undefined;
  for (const folder of readdirSync(root)) {
    if (!statSync(join(root, folder)).isDirectory()) continue;
    for (const name of readdirSync(join(root, folder))) {
      const file = `observations/${folder}/${name}`;
      const size = statSync(join(dataDir, file)).size;
      if (!best || size > best.size) best = { file, size };
    }
  }
  if (!best) throw new Error(`no observation file under ${root}`);
  const path = join(dataDir, best.file);
  const text = readFileSync(path, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const header = cells(lines[0]!.replace(/^\uFEFF/, ''));
  const col = header.indexOf(COLUMN);
  if (col < 0) throw new Error(`${best.file} has no ${COLUMN} column`);
  for (let i = lines.length - 1; i > 0; i--) {
    const row = cells(lines[i]!);
    if (row.length !== header.length || (lines[i]!.match(/"/g)?.length ?? 0) % 2 !== 0) continue;
    const from = row[col]!;
    // A row naming its unit by id (some rows use the name), so the bench can find the unit's page.
    if (!/^\d{1,3}$/.test(from) || !/^[a-z0-9-]+$/.test(row[0]!)) continue;
    const to = String(Number(from) + 1);
    row[col] = to;
    lines[i] = row.join(',');
    writeFileSync(path, lines.join(eol));
    return { file: best.file, line: i + 1, unit: row[0]!, column: COLUMN, from, to };
  }
  throw new Error(`${best.file}: no row with a plain count in ${COLUMN}`);
}
