/**
 * "Deel deze pagina": the phone's own share sheet where the browser has one (Web Share API), the link
 * copied otherwise, and when even copying is not allowed, the link in a text field to copy by hand, so
 * sharing never ends in nothing. The link is the address on screen (search, filters, list or map,
 * language), without the #part (a jump to a heading is not part of the view).
 *
 * The server renders the same button as the browser's first render: the browser's abilities are only
 * looked at on click, never during render (the pages are prerendered and hydrated).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../shared/use-hydrated';
import { writeTypedUrl } from '../routing/typed-url';
import { useTranslation } from '../i18n/use-translation';
import { useLocation } from 'react-router';

/** How long "Link gekopieerd" stays: long enough to read, gone before it could describe a later view. */
export const COPIED_MESSAGE_MS = 5000;

type Outcome =
  | { kind: 'none' }
  /** Copied; `faded` once the message has been on screen long enough (its line stays, so nothing moves). */
  | { kind: 'copied'; view: string; faded: boolean }
  /** Copying was not possible: the link to copy by hand. */
  | { kind: 'manual'; view: string; url: string };

/** The address on screen as it can be shared: everything but the #part. Read at click time only. */
export function shareableUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/**
 * `compact`: on a phone only the first word shows ("Deel"), so the button fits beside list/map above
 * the results; a screen reader still hears "Deel deze pagina", and a wider screen shows it all.
 */
export function ShareLink({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  // Which view a message is about: after going to another view, an old "copied" or an old link is not shown.
  const view = location.pathname + location.search;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  // Until the app runs (shared/use-hydrated.tsx) a click would do nothing.
  const live = useHydrated();
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const helpId = useId();

  useEffect(() => () => clearTimeout(clearTimer.current), []);
  // Selected, with focus on it, so one key or one long press copies it.
  useEffect(() => {
    if (outcome.kind !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);

  async function share() {
    clearTimeout(clearTimer.current);
    setOutcome({ kind: 'none' });
    // The address as typed, even if the last keys' is not written yet (routing/typed-url.ts).
    writeTypedUrl();
    const url = shareableUrl(window.location.href);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        // The young person closed the share sheet: that was their choice, nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        // Any other failure (not allowed here, nothing to share with): copy instead.
      }
    }
    try {
      // Missing on http:// and in older browsers; refused when the page may not write the clipboard.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied', view, faded: false });
      clearTimer.current = setTimeout(() => setOutcome({ kind: 'copied', view, faded: true }), COPIED_MESSAGE_MS);
    } catch {
      setOutcome({ kind: 'manual', view, url });
    }
  }

  const shown = outcome.kind !== 'none' && outcome.view === view ? outcome : undefined;
  return (
    <div className={compact ? 'share-link share-link--compact' : 'share-link'}>
      <button type="button" className="button button--secondary share-link__button" onClick={share} disabled={!live}>
        <svg className="share-link__icon" aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <path
            d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {/* One piece of text beside the icon, so it wraps as words, not as two columns. */}
        <span>
          {t('share.button')} <span className="share-link__more">{t('share.buttonMore')}</span>
        </span>
      </button>
      {/* Always there, empty at first: a screen reader announces what is later written into it. */}
      <p className={shown?.kind === 'copied' ? 'share-link__message share-link__message--held' : 'share-link__message'} role="status">
        {shown?.kind === 'copied' && !shown.faded ? t('share.copied') : ''}
      </p>
      {shown?.kind === 'manual' && (
        <div className="share-link__manual">
          <label htmlFor={fieldId}>{t('share.manualLabel')}</label>
          <input id={fieldId} ref={field} type="text" readOnly value={shown.url} aria-describedby={helpId} />
          <p id={helpId}>{t('share.manualHelp')}</p>
        </div>
      )}
    </div>
  );
}
