// npm run archive-embeds -- [dist] [public]: keep every pinned embed of a deployment build published for good.
import { resolve } from 'node:path';
import { archiveDir, archiveVersionedEmbeds } from '../src/lib/export/archive.ts';

const [dist = 'dist', target = archiveDir()] = process.argv.slice(2);
const added = archiveVersionedEmbeds(dist, resolve(target));
console.log(`Lưu trữ ${added.length} bản nhúng cố định mới vào ${target} / archived ${added.length} new pinned embeds into ${target}`);
