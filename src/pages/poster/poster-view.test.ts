/**
 * The school kit's link and QR code: the picked view gives the search page's own URL, and the QR code
 * drawn from the matrix decodes (with jsQR, as a phone's camera would) to exactly the link.
 */
import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../../tests/helpers/built-catalogue';
import { posterLink, posterPath, posterViewName } from './poster-view';
import { QUIET_ZONE, qrMatrixPath } from './qr-code';

const { catalogue } = builtCatalogue();

describe('the view a poster opens', () => {
  it('is a theme in a municipality in the path, as a school types it', () => {
    expect(posterPath({ themes: ['pesten'], municipality: 'zonhoven', lang: 'nl' })).toBe('/thema/pesten/zonhoven');
    expect(posterPath({ themes: [], municipality: 'alken', lang: 'fr' })).toBe('/fr/gemeente/alken');
    expect(posterPath({ themes: [], lang: 'nl' })).toBe('/');
  });

  it('puts two themes and an age in the query, in the poster language', () => {
    expect(posterPath({ themes: ['pesten', 'rouw'], age: 15, lang: 'en' })).toBe('/en?thema=pesten&thema=rouw&leeftijd=15');
  });

  it('gives the whole address for the code and a short one to type', () => {
    expect(posterLink('https://hulphub.example', { themes: ['pesten'], municipality: 'zonhoven', lang: 'nl' })).toEqual({
      href: 'https://hulphub.example/thema/pesten/zonhoven',
      readable: 'hulphub.example/thema/pesten/zonhoven',
    });
    expect(posterLink('http://127.0.0.1:4173', { themes: [], lang: 'nl' })).toEqual({
      href: 'http://127.0.0.1:4173/',
      readable: '127.0.0.1:4173',
    });
  });

  it('is named in the poster language, topics then municipality', () => {
    expect(posterViewName({ themes: ['pesten'], municipality: 'zonhoven', lang: 'nl' }, catalogue)).toBe('Pesten · Zonhoven');
    expect(posterViewName({ themes: ['pesten'], municipality: 'zonhoven', lang: 'en' }, catalogue)).toBe('Bullying · Zonhoven');
    expect(posterViewName({ themes: [], lang: 'nl' }, catalogue)).toBe('');
  });
});

/** Draws the code's path (runs of "M x y h w v1 h -w z") as black squares of `scale` pixels on white. */
function rasterize({ size, path }: { size: number; path: string }, scale = 4) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++)
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return { pixels, width };
}

describe('the QR code', () => {
  it('decodes to exactly the link', () => {
    const href = 'https://hulphub.example/en?thema=pesten&thema=rouw&leeftijd=15';
    const code = qrMatrixPath(qrcode, href);
    const { pixels, width } = rasterize(code);
    expect(jsQR(pixels, width, width)?.data).toBe(href);
  });

  it('keeps a quiet zone of 4 modules on every side', () => {
    const { size, path } = qrMatrixPath(qrcode, 'https://hulphub.example/thema/pesten/zonhoven');
    const squares = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => ({ x: Number(x), y: Number(y), w: Number(w) }));
    expect(Math.min(...squares.map((s) => s.x))).toBe(QUIET_ZONE);
    expect(Math.min(...squares.map((s) => s.y))).toBe(QUIET_ZONE);
    expect(Math.max(...squares.map((s) => s.x + s.w))).toBe(size - QUIET_ZONE);
    expect(Math.max(...squares.map((s) => s.y + 1))).toBe(size - QUIET_ZONE);
  });
});
