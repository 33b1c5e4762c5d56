/**
 * The lines you can call or chat with right now: 112, Zelfmoordlijn 1813, Awel 102, Tele-Onthaal 106
 * (fixed in crisis-lane-definition.ts, texts from the data). On every page, also in the HTML before any
 * script runs, and it never depends on the catalogue loading. With `urgent` (a search that sounds like a
 * crisis) it sits above the results, opens with a few warm words and is compact, so the first results
 * still show on a phone's first screen: every line keeps its name, hours and buttons; the short
 * descriptions are left to screen readers, and a chat button shows only "Chat" and its hours (its full
 * name is the link's name).
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { WeeklyHours } from '../catalogue/catalogue-types';
import { describeHours } from '../catalogue/describe-hours';
import { pickText } from '../catalogue/localized-text';
import type { Language } from '../i18n/language';
import { safeHref } from '../shared/safe-href';
import type { CrisisLine } from './crisis-data';
import { currentLaneHours } from './lane-hours';
import { useToday } from '../catalogue/use-now';

export interface CrisisLaneProps {
  lines: CrisisLine[];
  t: TFunction;
  lang: Language;
  urgent?: boolean;
}

/**
 * Memoised: the layout renders it again on every key typed in the search box, with the same lines, texts
 * and language; it changes only with those, with `urgent`, or when its day changes (useToday).
 */
export const CrisisLane = memo(function CrisisLane({ lines, t, lang, urgent = false }: CrisisLaneProps) {
  const days = t('days.short', { returnObjects: true }) as string[];
  const hoursText = (hours: WeeklyHours | undefined) => (hours ? describeHours(hours, days, t('crisis.always')) : undefined);
  // The build day while a prerendered page has no clock yet (catalogue/use-now.ts), then today.
  const today = useToday();
  return (
    <section
      className={urgent ? 'crisis-lane crisis-lane--urgent crisis-lane--compact' : 'crisis-lane'}
      aria-labelledby="crisis-lane-title"
      id="hulplijnen"
    >
      {urgent ? (
        <>
          <h2 id="crisis-lane-title">{t('crisis.warmTitle')}</h2>
          <p className="crisis-lane__warm">{t('crisis.warmText')}</p>
        </>
      ) : (
        <>
          <h2 id="crisis-lane-title">{t('crisis.title')}</h2>
          <p>{t('crisis.intro')}</p>
        </>
      )}
      <ul className="crisis-lane__lines">
        {lines.map((line) => {
          const { phone, chat } = line;
          const phoneHours = hoursText(currentLaneHours(phone, today));
          const chatHours = hoursText(currentLaneHours(chat, today));
          const summary = pickText(line.summary, lang);
          return (
            <li key={line.id} className="crisis-lane__line">
              <p className="crisis-lane__name">
                <strong>{line.name}</strong>
                {phoneHours && <span> · {phoneHours}</span>}
              </p>
              <p
                className={urgent ? 'crisis-lane__summary visually-hidden' : 'crisis-lane__summary'}
                lang={summary.lang === lang ? undefined : summary.lang}
              >
                {summary.text}
              </p>
              <p className="crisis-lane__actions">
                <a className="button button--call" href={safeHref(phone.href)}>
                  {t('crisis.call', { number: phone.display })}
                </a>
                {chat &&
                  (urgent ? (
                    <a
                      className="button button--secondary"
                      href={safeHref(chat.href)}
                      aria-label={[t('crisis.chat', { name: line.name }), chatHours].filter(Boolean).join(', ')}
                    >
                      {t('crisis.chatShort')}
                      {chatHours && <span className="button__note">{chatHours}</span>}
                    </a>
                  ) : (
                    <a className="button button--secondary" href={safeHref(chat.href)}>
                      {t('crisis.chat', { name: line.name })}
                      {chatHours && <span className="button__note">{t('crisis.chatHours', { hours: chatHours })}</span>}
                    </a>
                  ))}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
