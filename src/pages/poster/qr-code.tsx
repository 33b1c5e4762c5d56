/**
 * A QR code drawn as SVG from the module matrix of qrcode-generator, in the browser: no web service ever
 * sees which view a school prints. One <path> holds the dark modules; the viewBox counts in modules and
 * includes the quiet zone, so the code scales to any size and prints sharp.
 *
 * The library loads only on the school kit (its own chunk), so the pages young people open stay light.
 */
import { useEffect, useState } from 'react';

/** qrcode-generator's factory: qrcode(typeNumber, errorCorrection). */
export type QrFactory = typeof import('qrcode-generator');

/** The white border a scanner needs around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/**
 * The code for `text` (error correction M: still readable with a fold or a pin hole in the poster) as the
 * size of its square in modules, quiet zone included, and an SVG path of its dark modules. Each run of
 * dark modules in a row is one rectangle, which keeps the path short. `text` must be ASCII, as every URL
 * of the site is (urls.ts writes ids and escaped query values; an origin is in punycode): the library's
 * byte mode stores one byte per character.
 */
export function qrMatrixPath(qrcode: QrFactory, text: string): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.isDark(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: count + 2 * QUIET_ZONE, path: parts.join('') };
}

let loadedFactory: QrFactory | undefined;

/** The QR library once it has loaded; 'failed' when it could not (offline, or a new deploy removed the chunk). */
export function useQrFactory(): QrFactory | 'failed' | undefined {
  // The factory is a function, so it is wrapped for useState and setState, which would call it.
  const [factory, setFactory] = useState<QrFactory | 'failed' | undefined>(() => loadedFactory);
  useEffect(() => {
    if (factory !== undefined) return;
    let current = true;
    import('qrcode-generator').then(
      (module) => {
        loadedFactory = module.default;
        if (current) setFactory(() => module.default);
      },
      () => current && setFactory('failed'),
    );
    return () => {
      current = false;
    };
  }, [factory]);
  return factory;
}

/**
 * The code as an image named `label`. Until the address and the library are there, an empty box of the
 * same size (its size comes from the poster's layout, not from the code), or `failedText` in it.
 */
export function QrCode({
  text,
  label,
  className,
  failedText,
}: {
  text: string | undefined;
  label: string;
  className: string;
  failedText: string;
}) {
  const factory = useQrFactory();
  if (factory === 'failed') return <p className={`${className} qr-code qr-code--failed`}>{failedText}</p>;
  if (text === undefined || factory === undefined) return <div className={`${className} qr-code qr-code--placeholder`} />;
  const { size, path } = qrMatrixPath(factory, text);
  return (
    <svg className={`${className} qr-code`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
