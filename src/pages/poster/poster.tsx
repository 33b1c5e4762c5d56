/**
 * The poster itself, as it prints: a heading, the view in one line, a large QR code that opens the view,
 * the address to type, and the crisis numbers (from the bundled crisis lane, so they are the lane's own).
 * All in the poster's language, which may differ from the page's. The same content makes the A6 flyer;
 * poster.css sizes it to its sheet, so the preview and the print are the same layout.
 */
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import type { CrisisLine } from '../../crisis/crisis-data';
import type { Language } from '../../i18n/language';
import { QrCode } from './qr-code';

export interface PosterProps {
  /** Texts in the poster's language. */
  t: TFunction;
  lang: Language;
  /** "Pesten · Zonhoven · 15 jaar", or empty for all help. */
  viewName: string;
  /** The QR code's address and the one to type; undefined until the page knows its own address. */
  link: { href: string; readable: string } | undefined;
  lines: CrisisLine[];
}

export function Poster({ t, lang, viewName, link, lines }: PosterProps) {
  return (
    <div className="poster" lang={lang}>
      <p className="poster__brand">Hulp HUB</p>
      <p className="poster__title">{t('kit.posterTitle')}</p>
      {viewName && <p className="poster__view">{viewName}</p>}
      <p className="poster__scan">{t('kit.scan')}</p>
      <QrCode
        className="poster__qr"
        text={link?.href}
        label={link ? t('kit.qrLabel', { url: link.readable }) : ''}
        failedText={t('kit.qrFailed')}
      />
      {/* Before the address is known, a line of the same height, so nothing moves when it arrives. */}
      <p className="poster__url">{link ? <BreakableUrl url={link.readable} /> : '\u00a0'}</p>
      <div className="poster__crisis">
        <p className="poster__crisis-title">
          {t('crisis.title')} {t('crisis.intro')}
        </p>
        <ul className="poster__lines">
          {lines.map((line) => (
            <li key={line.id}>
              <span className="poster__number">{line.phone.display}</span> <span className="poster__line-name">{line.name}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** An address that may wrap only before a "/", "?" or "&", never inside a word: "hulphub.example<wbr>/thema<wbr>/pesten". */
function BreakableUrl({ url }: { url: string }) {
  const parts = url.split(/(?=[/?&])/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
