/**
 * The link-preview image of a view (Open Graph and Twitter cards): 1200×630 PNG with the Hulp HUB mark,
 * the view's name large ("Pesten · Zonhoven", a provider's name) and a calm line under it. Made at build
 * time from an SVG with resvg, in Source Sans 3 from node_modules only (no system fonts), so the same
 * input gives the same bytes on every machine and builds stay reproducible.
 *
 * SVG does not wrap text: titles are broken into lines here by an estimate of each character's width
 * that errs on the wide side (checked against resvg's own measurements in preview-image.test.ts).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
/** The two weights the image uses, from the @expo-google-fonts/source-sans-3 package (SIL Open Font License). */
export const PREVIEW_FONT_FILES = [
  require.resolve('@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'),
  require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
];
const FONT_FAMILY = 'Source Sans 3';

/** The site's colours (src/layout/base.css): --brand, --brand-dark, and a light blue that reads on --brand. */
const COLOURS = { background: '#0b5394', band: '#073763', text: '#ffffff', subtitle: '#dce8f5' };

const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_IMAGE_SIZE.width - 2 * MARGIN;
/** Title sizes tried from large to small; at 600×315 the smallest is still 28 px high. */
const TITLE_SIZES = [96, 84, 72, 60];
const TITLE_MAX_LINES = 3;
const TITLE_LINE_HEIGHT = 1.12;
/** Where the title's lines are centred: between the wordmark and the subtitle. */
const TITLE_AREA = { top: 160, bottom: 470 };
const SUBTITLE_SIZE = 36;
const SUBTITLE_MAX_LINES = 2;
const SUBTITLE_LINE_HEIGHT = 1.25;

/**
 * Estimated width of a character in em, for Source Sans 3 Bold, on the wide side of what it measures:
 * mixed Dutch and French text is about 0.47 em a character, capitals 0.56–0.75, m and w 0.85.
 */
function charWidthEm(char: string): number {
  if ('mwMW@%—…'.includes(char)) return 0.86;
  if (" .,:;·'’!|il".includes(char)) return 0.32;
  if ('fjrtI()-‐–/'.includes(char)) return 0.42;
  if (char !== char.toLowerCase()) return 0.7;
  return 0.54;
}

/** Estimated width in px of `text` at `fontSize` (see charWidthEm). */
export function estimatedWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSize;
}

export interface WrapOptions {
  fontSize: number;
  maxWidth: number;
  maxLines: number;
}

export interface WrappedText {
  lines: string[];
  /** False when the text did not fit and the last line ends with "…". */
  complete: boolean;
  /** True when a word longer than a line had to be cut. */
  brokeWord: boolean;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (estimated), filling each line
 * before starting the next. A word longer than a line is cut; text that does not fit ends with "…".
 */
export function wrapText(text: string, { fontSize, maxWidth, maxLines }: WrapOptions): WrappedText {
  const fits = (line: string) => estimatedWidth(line, fontSize) <= maxWidth;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let brokeWord = false;
  let line = '';
  for (let word of words) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    // A word longer than a whole line: cut it where the line is full.
    while (!fits(word)) {
      brokeWord = true;
      let cut = [...word].length - 1;
      while (cut > 1 && !fits([...word].slice(0, cut).join(''))) cut--;
      lines.push([...word].slice(0, cut).join(''));
      word = [...word].slice(cut).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true, brokeWord };

  // Too long: keep maxLines lines, and end the last with "…" where it still fits.
  const kept = lines.slice(0, maxLines);
  let last = [...kept[maxLines - 1]];
  while (last.length > 0 && !fits(`${last.join('')}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').replace(/[\s.,:;·\-–]+$/u, '')}…`;
  return { lines: kept, complete: false, brokeWord };
}

/**
 * The title's lines and size: the largest size that shows all of it, without cutting words, in the
 * title area's height (three lines only at the smaller sizes); else the smallest, cut with "…".
 */
export function layoutTitle(title: string): { lines: string[]; fontSize: number } {
  for (const fontSize of TITLE_SIZES) {
    const maxLines = Math.min(TITLE_MAX_LINES, Math.floor((TITLE_AREA.bottom - TITLE_AREA.top) / (fontSize * TITLE_LINE_HEIGHT)));
    const wrapped = wrapText(title, { fontSize, maxWidth: TEXT_WIDTH, maxLines });
    if (wrapped.complete && !wrapped.brokeWord) return { lines: wrapped.lines, fontSize };
  }
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1];
  return { lines: wrapText(title, { fontSize, maxWidth: TEXT_WIDTH, maxLines: TITLE_MAX_LINES }).lines, fontSize };
}

/** Text for inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The lines as <tspan>s, left-aligned at the margin, the first baseline at `y`. */
function textLines(lines: string[], y: number, lineHeight: number): string {
  return lines.map((line, index) => `<tspan x="${MARGIN}" y="${Math.round(y + index * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
}

/** The SVG of a preview image (exported for tests and for looking at it in a browser). */
export function previewSvg({ title, subtitle }: { title: string; subtitle?: string }): string {
  const { width, height } = PREVIEW_IMAGE_SIZE;
  const titleLayout = layoutTitle(title);
  const titleLineHeight = titleLayout.fontSize * TITLE_LINE_HEIGHT;
  // Centre the block of lines in the title area; a baseline sits about 0.8 em below the top of its line.
  const blockHeight = titleLayout.lines.length * titleLineHeight;
  const titleTop = TITLE_AREA.top + (TITLE_AREA.bottom - TITLE_AREA.top - blockHeight) / 2;
  const titleBaseline = titleTop + titleLayout.fontSize * 0.86;
  const subtitleLines = subtitle
    ? wrapText(subtitle, { fontSize: SUBTITLE_SIZE, maxWidth: TEXT_WIDTH, maxLines: SUBTITLE_MAX_LINES }).lines
    : [];
  const subtitleLineHeight = SUBTITLE_SIZE * SUBTITLE_LINE_HEIGHT;
  const subtitleBaseline = height - 64 - (subtitleLines.length - 1) * subtitleLineHeight;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    `<rect y="${height - 16}" width="${width}" height="16" fill="${COLOURS.band}"/>`,
    // The mark of public/favicon.svg, turned white, then the name.
    `<g transform="translate(${MARGIN} 56) scale(2)"><rect width="32" height="32" rx="7" fill="${COLOURS.text}"/>`,
    `<path d="M9 8v16M23 8v16M9 16h14" stroke="${COLOURS.background}" stroke-width="4" stroke-linecap="round"/></g>`,
    `<text x="${MARGIN + 84}" y="106" font-family="${FONT_FAMILY}" font-weight="700" font-size="48" fill="${COLOURS.text}">Hulp HUB</text>`,
    `<text font-family="${FONT_FAMILY}" font-weight="700" font-size="${titleLayout.fontSize}" fill="${COLOURS.text}">`,
    textLines(titleLayout.lines, titleBaseline, titleLineHeight),
    `</text>`,
    subtitleLines.length > 0
      ? `<text font-family="${FONT_FAMILY}" font-weight="400" font-size="${SUBTITLE_SIZE}" fill="${COLOURS.subtitle}">${textLines(subtitleLines, subtitleBaseline, subtitleLineHeight)}</text>`
      : '',
    `</svg>`,
  ].join('');
}

/** A 1200×630 PNG link-preview image with `title` large and `subtitle` under it; the same input gives the same bytes. */
export function previewImage(input: { title: string; subtitle?: string }): Buffer {
  const resvg = new Resvg(previewSvg(input), {
    font: { fontFiles: PREVIEW_FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
