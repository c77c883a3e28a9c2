/**
 * Open Graph / Twitter share card: a 1200×630 SVG (rendered to PNG by png.ts) with the portal's name, the title,
 * the key figure with what it is, and the source. Text is wrapped with Noto Sans metrics, never overflowing.
 */
import type { Locale } from '../i18n/locale.ts';
import { FONT_FAMILY, textWidth, wrapText } from './fonts.ts';
import { escapeText } from '../text/escape.ts';
import { t } from '../i18n/strings.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ShareCard {
  locale: Locale;
  title: string;
  /** Unit and period, or what the page is. */
  subtitle?: string;
  /** The key figure as readers write it ("96,55%", "2.264") and what it measures ("hồ sơ đúng hạn, 6 tháng đầu 2022"). */
  figure?: { value: string; label: string };
  /** "Nguồn: …" line (without the prefix). */
  source?: string;
  /** Host name shown in the corner (cchc.example.vn). */
  site: string;
}

const PAD = 64;
const INNER = CARD_WIDTH - 2 * PAD;
const ACCENT = '#0b5cad';
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';

function text(x: number, y: number, size: number, weight: 400 | 700, fill: string, content: string, anchor: 'start' | 'end' = 'start'): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeText(content)}</text>`;
}

export function shareCardSvg(card: ShareCard): string {
  const parts: string[] = [];
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="${CARD_WIDTH}" height="14" fill="${ACCENT}"/>`);

  // Header: portal name (left), host (right).
  const brand = t(card.locale, 'shareCardBrand');
  const hostWidth = textWidth(card.site, 24);
  const brandLine = wrapText(brand, 26, INNER - hostWidth - 40, 1, 700)[0] ?? '';
  parts.push(text(PAD, 80, 26, 700, ACCENT, brandLine));
  parts.push(text(CARD_WIDTH - PAD, 80, 24, 400, MUTED, card.site, 'end'));

  // Title (2 lines with a figure, 3 without) and subtitle.
  const hasFigure = !!card.figure;
  const titleSize = hasFigure ? 52 : 64;
  const titleLead = Math.round(titleSize * 1.2);
  const titleLines = wrapText(card.title, titleSize, INNER, hasFigure ? 2 : 3, 700);
  let y = hasFigure ? 160 : 250;
  for (const l of titleLines) {
    parts.push(text(PAD, y, titleSize, 700, INK, l));
    y += titleLead;
  }
  if (card.subtitle) {
    const sub = wrapText(card.subtitle, 30, INNER, 1)[0] ?? '';
    parts.push(text(PAD, y - titleLead + 48, 30, 400, MUTED, sub));
    y += 48 - titleLead + 10;
  }

  // Key figure with its label to the right (or below when the figure is wide).
  if (card.figure) {
    let size = 128;
    while (size > 72 && textWidth(card.figure.value, size, 700) > INNER * 0.62) size -= 8;
    const fw = textWidth(card.figure.value, size, 700);
    const base = Math.max(y + size * 0.85, 430);
    parts.push(text(PAD, base, size, 700, ACCENT, card.figure.value));
    const lx = PAD + fw + 36;
    const lw = CARD_WIDTH - PAD - lx;
    if (lw >= 300) {
      const lines = wrapText(card.figure.label, 30, lw, 3);
      const lead = 38;
      let ly = base - size * 0.36 - ((lines.length - 1) * lead) / 2 + 10;
      for (const l of lines) {
        parts.push(text(lx, ly, 30, 400, INK, l));
        ly += lead;
      }
    } else {
      const l = wrapText(card.figure.label, 28, INNER, 1)[0] ?? '';
      parts.push(text(PAD, Math.min(base + 40, 500), 28, 400, INK, l));
    }
  }

  // Footer: source.
  parts.push(`<rect x="${PAD}" y="524" width="${INNER}" height="2" fill="#d0d7de"/>`);
  if (card.source) {
    const prefix = t(card.locale, 'shareCardSourcePrefix');
    const lines = wrapText(prefix + card.source, 24, INNER, 2);
    let fy = lines.length > 1 ? 564 : 578;
    for (const l of lines) {
      parts.push(text(PAD, fy, 24, 400, MUTED, l));
      fy += 32;
    }
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" ` +
    `font-family="${FONT_FAMILY}" lang="${card.locale}">` +
    parts.join('') +
    `</svg>`
  );
}
