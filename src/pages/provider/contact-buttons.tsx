import { useTranslation } from '../../i18n/use-translation';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import { OpenStatus } from '../../components/open-status';
import type { Language } from '../../i18n/language';
import { oldFactText } from '../../components/old-fact';
import { safeHref } from '../../shared/safe-href';
import { LocalizedParagraph } from './localized-paragraph';

/** Every way to reach the provider, as big buttons: call, chat, mail, video, website. */
export function ContactButtons({ provider, lang, now }: { provider: CatalogueProvider; lang: Language; now: Date | undefined }) {
  const { t } = useTranslation();
  const numberAge = oldFactText(provider, 'phone', t);
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{t('provider.contact')}</h2>
      <ul className="contact-buttons">
        {provider.phones.map((phone, index) => (
          <li key={`telefoon-${index}`}>
            <a className="button button--call button--large" href={safeHref(phone.href)}>
              {t('result.call', { number: phone.display })}
            </a>
            {numberAge && <p className="fact-age">{numberAge}</p>}
            {phone.label && <LocalizedParagraph value={phone.label} lang={lang} />}
            {phone.hours && <OpenStatus hours={phone.hours} now={now} />}
          </li>
        ))}
        {provider.chats.map((chat, index) => (
          <li key={`chat-${index}`}>
            <a className="button button--large" href={safeHref(chat.href)}>
              {t('result.chat')}
            </a>
            {chat.hours && <OpenStatus hours={chat.hours} now={now} />}
          </li>
        ))}
        {provider.emails.map((email, index) => (
          <li key={`mail-${index}`}>
            <a className="button button--secondary button--large" href={safeHref(email.href)}>
              {t('result.mail')}: {email.address}
            </a>
          </li>
        ))}
        {provider.videos.map((video, index) => (
          <li key={`video-${index}`}>
            <a className="button button--secondary button--large" href={safeHref(video.href)}>
              {t('search.contactWays.video')}
            </a>
          </li>
        ))}
        {provider.website && (
          <li>
            <a className="button button--secondary button--large" href={safeHref(provider.website)}>
              {t('result.website')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
