// npm run check-site -- DIR
// Every chart of a built site (pages and .svg files under DIR): no axis with two equal tick labels, no text outside
// its SVG's viewBox. Exit 1 with a list when a chart fails. Logic: src/lib/charts/svg-check.ts.
import { checkSiteCharts } from '../src/lib/charts/svg-check.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run check-site -- <built site folder, e.g. dist>');
  process.exit(2);
}
const { charts, defects } = checkSiteCharts(dir);
for (const d of defects.slice(0, 200)) console.log(`${d.code}  ${d.where}  ${d.detail}`);
if (defects.length > 200) console.log(`… and ${defects.length - 200} more`);
console.log(`${charts} charts checked, ${defects.length} defects`);
process.exitCode = charts === 0 ? 2 : defects.length ? 1 : 0;
