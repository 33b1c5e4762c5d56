/**
 * The link-preview images: a 1200×630 PNG, the same bytes for the same input, text that SVG would
 * misread is escaped, long titles wrapped to three lines ending in "…", and the title really drawn (the
 * fonts from node_modules loaded: without them resvg draws no text at all). Only a few images are
 * rendered, so the file stays fast.
 */
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { estimatedWidth, layoutTitle, PREVIEW_FONT_FILES, PREVIEW_IMAGE_SIZE, previewImage, previewSvg, wrapText } from './preview-image';

const SUBTITLE = 'Hulp voor jongeren van 12 tot 25 in Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven';
/** The background colour, --brand in src/layout/base.css. */
const BACKGROUND = [0x0b, 0x53, 0x94];
/** Where the title goes: between the wordmark and the subtitle, inside the margins. */
const TITLE_REGION = { left: 80, right: 1120, top: 160, bottom: 470 };
const TEXT_WIDTH = 1200 - 2 * 80;

/** How many pixels of the region are not the background colour. */
function drawnPixels(png: PNG, region: typeof TITLE_REGION): number {
  let count = 0;
  for (let y = region.top; y < region.bottom; y++) {
    for (let x = region.left; x < region.right; x++) {
      const at = (y * png.width + x) * 4;
      if (BACKGROUND.some((value, channel) => png.data[at + channel] !== value)) count++;
    }
  }
  return count;
}

describe('a link-preview image', () => {
  const png = previewImage({ title: 'Pesten · Zonhoven', subtitle: SUBTITLE });

  it('is a 1200×630 PNG', () => {
    expect(PREVIEW_IMAGE_SIZE).toEqual({ width: 1200, height: 630 });
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
  });

  it('is the same, byte for byte, when made again from the same input', () => {
    expect(previewImage({ title: 'Pesten · Zonhoven', subtitle: SUBTITLE }).equals(png)).toBe(true);
  });

  it('draws the title where the title goes', () => {
    const region = (TITLE_REGION.right - TITLE_REGION.left) * (TITLE_REGION.bottom - TITLE_REGION.top);
    // Large bold letters cover several percent of the area; an image without its text covers none.
    expect(drawnPixels(PNG.sync.read(png), TITLE_REGION)).toBeGreaterThan(region * 0.03);
  });

  it('shows &, <, > and " in a title as they are', () => {
    const title = 'Jij & ik <zorg> "nu"';
    const svg = previewSvg({ title });
    expect(svg).toContain('Jij &amp; ik &lt;zorg&gt; &quot;nu&quot;');
    expect(svg).not.toContain('<zorg>');
    // Unescaped, resvg would refuse the SVG (an unclosed <zorg> element, a bare &).
    const decoded = PNG.sync.read(previewImage({ title }));
    expect(drawnPixels(decoded, TITLE_REGION)).toBeGreaterThan(0);
  });
});

describe('wrapping a title', () => {
  it('keeps a short title on one line, at the largest size', () => {
    expect(layoutTitle('Pesten · Zonhoven')).toEqual({ lines: ['Pesten · Zonhoven'], fontSize: 96 });
  });

  it('fills each line before the next, and never makes a line wider than the image allows', () => {
    const { lines, fontSize } = layoutTitle('Centrum voor Geestelijke Gezondheidszorg Jongerenwerking Hasselt');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Centrum voor Geestelijke Gezondheidszorg Jongerenwerking Hasselt');
    for (const line of lines) expect(estimatedWidth(line, fontSize)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('cuts a 200-character title to at most 3 lines ending with "…"', () => {
    const title = 'Een heel lange naam van een organisatie die hulp biedt aan jongeren '.repeat(3).slice(0, 200);
    expect(title).toHaveLength(200);
    const { lines, fontSize } = layoutTitle(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/[^\s]…$/);
    for (const line of lines) expect(estimatedWidth(line, fontSize)).toBeLessThanOrEqual(TEXT_WIDTH);
    // What is shown is the start of the title, word for word.
    expect(title.startsWith(lines.join(' ').slice(0, -1))).toBe(true);
  });

  it('cuts a word longer than a line', () => {
    const wrapped = wrapText('Huisartsenwachtpostcoördinatiecentrum', { fontSize: 100, maxWidth: 1000, maxLines: 3 });
    expect(wrapped.brokeWord).toBe(true);
    expect(wrapped.lines.join('')).toBe('Huisartsenwachtpostcoördinatiecentrum');
    for (const line of wrapped.lines) expect(estimatedWidth(line, 100)).toBeLessThanOrEqual(1000);
  });

  // The estimate must not be narrower than what resvg draws, or a line would run off the image.
  it.each([
    'Pesten · Zonhoven',
    'Eerstelijnspsycholoog',
    'WWW MMM www mmm',
    'HUISARTSENWACHTPOST HASSELT',
    'Santé mentale · Herk-de-Stad',
    'Centre de santé mentale (CGG) – jeunes',
    '0123456789 @ 100% «Ça» ’t',
  ])('estimates "%s" at least as wide as it is drawn in bold', (text) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"><text x="0" y="150" font-family="Source Sans 3" font-weight="700" font-size="100">${text}</text></svg>`;
    const measured = new Resvg(svg, {
      font: { fontFiles: PREVIEW_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
    }).getBBox();
    expect(measured!.width).toBeGreaterThan(0);
    expect(estimatedWidth(text, 100)).toBeGreaterThanOrEqual(measured!.width);
  });
});
