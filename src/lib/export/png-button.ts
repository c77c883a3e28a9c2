/**
 * Progressive enhancement of a chart's downloads (Downloads.astro): reveal its PNG button, which draws the PNG from
 * the chart's SVG download in the browser (chart-png.ts) and saves it. Without JavaScript the button's item stays
 * hidden and the SVG link above it is the chart's picture.
 */
import { chartPng } from './chart-png.ts';

function save(png: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(png);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has read the blob once the download started; keep it a while for slow ones.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

async function press(b: HTMLButtonElement) {
  const out = b.parentElement?.querySelector<HTMLElement>('.png-status');
  const say = (key: 'working' | 'done' | 'failed') => {
    if (out) out.textContent = out.dataset[key] ?? '';
  };
  b.disabled = true;
  say('working');
  try {
    save(await chartPng(b.dataset.png ?? ''), b.dataset.pngName ?? 'chart.png');
    say('done');
  } catch {
    say('failed');
  } finally {
    b.disabled = false;
  }
}

function init() {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-png]')) {
    if (b.dataset.ready) continue;
    b.dataset.ready = '1';
    const item = b.closest('li');
    if (item) item.hidden = false;
    b.addEventListener('click', () => void press(b));
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
