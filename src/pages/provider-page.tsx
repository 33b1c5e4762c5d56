/**
 * Everything for a first contact with one provider: what they do, how to reach them (big buttons),
 * cost, anonymity, age, parents, referral, where, hours and open now in Belgian time, how old the data
 * is, its sources, and a way to report a mistake. A missing fact says "ask at your first contact".
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalogue, CatalogueProvider, LocalizedText, WeeklyHours } from '../catalogue/catalogue-types';
import { getProvider } from '../catalogue/catalogue';
import { useCatalogue } from '../catalogue/catalogue-context';
import { formatRanges } from '../catalogue/describe-hours';
import { locationMunicipalityName } from '../catalogue/municipality-name';
import { dateInBelgium, isStale } from '../catalogue/staleness';
import { ageRangeText } from '../components/age-range-text';
import { Badges } from '../components/badges';
import { CatalogueStatus } from '../components/catalogue-status';
import { OpenStatus } from '../components/open-status';
import { placeText } from '../components/provider-card';
import type { Language } from '../i18n/language';
import { pickText } from '../i18n/localized';
import { homeUrl, providerUrl } from '../routing/urls';
import { safeHref } from '../shared/safe-href';
import { useDocumentTitle } from './use-document-title';
import { useNow } from './use-now';

/** Where corrections go: ELZ Herkenrode's general address. */
const CORRECTIONS_EMAIL = 'info@elzherkenrode.be';

export function ProviderPage({ lang, id }: { lang: Language; id: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCatalogue();
  const provider = state.status === 'ready' ? getProvider(state.data.catalogue, id) : undefined;
  useDocumentTitle(provider?.name ?? (state.status === 'ready' ? t('provider.notFoundTitle') : undefined));
  if (state.status !== 'ready') return <CatalogueStatus state={state} retry={retry} />;
  if (!provider) {
    return (
      <>
        <h1>{t('provider.notFoundTitle')}</h1>
        <p>{t('provider.notFoundText')}</p>
        <p>
          <Link className="button" to={homeUrl(lang)}>
            {t('provider.back')}
          </Link>
        </p>
      </>
    );
  }
  return <ProviderDetails provider={provider} catalogue={state.data.catalogue} lang={lang} />;
}

function ProviderDetails({ provider, catalogue, lang }: { provider: CatalogueProvider; catalogue: Catalogue; lang: Language }) {
  const { t } = useTranslation();
  const now = useNow();
  const text = (value: LocalizedText) => <LocalizedParagraph value={value} lang={lang} />;
  const ask = <span className="unknown">{t('provider.askFirstContact')}</span>;
  const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? ask : value ? yes : no);
  const pageUrl = typeof window === 'undefined' ? providerUrl(lang, provider.id) : new URL(providerUrl(lang, provider.id), window.location.origin).href;
  const reportHref = `mailto:${CORRECTIONS_EMAIL}?subject=${encodeURIComponent(t('provider.reportSubject', { name: provider.name }))}&body=${encodeURIComponent(t('provider.reportBody', { name: provider.name, url: pageUrl }))}`;

  return (
    <article className="provider">
      <p>
        <Link to={homeUrl(lang)}>← {t('provider.back')}</Link>
      </p>
      <h1>{provider.name}</h1>
      {provider.organisation && provider.organisation !== provider.name && <p className="provider__organisation">{provider.organisation}</p>}
      <p className="place">{placeText(provider, catalogue.municipalities, t)}</p>
      <Badges provider={provider} />

      <section aria-labelledby="contact">
        <h2 id="contact">{t('provider.contact')}</h2>
        <ul className="contact-buttons">
          {provider.phones.map((phone, index) => (
            <li key={`telefoon-${index}`}>
              <a className="button button--call button--large" href={safeHref(phone.href)}>
                {t('result.call', { number: phone.display })}
              </a>
              {phone.label && text(phone.label)}
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

      <section aria-labelledby="wat">
        <h2 id="wat">{t('provider.whatTheyDo')}</h2>
        {text(provider.summary)}
        {provider.description && text(provider.description)}
        <h3>{t('provider.firstContact')}</h3>
        {provider.firstContact ? text(provider.firstContact) : <p>{ask}</p>}
      </section>

      <section aria-labelledby="weten">
        <h2 id="weten">{t('provider.practical')}</h2>
        <dl className="facts">
          <Fact label={t('provider.cost')}>
            {yesNo(provider.free, t('provider.costFree'), t('provider.costPaid'))}
            {provider.costNote && text(provider.costNote)}
          </Fact>
          <Fact label={t('provider.anonymous')}>{yesNo(provider.anonymous, t('provider.anonymousYes'), t('provider.anonymousNo'))}</Fact>
          <Fact label={t('provider.age')}>
            {ageRangeText(provider.age, t) ?? ask}
          </Fact>
          <Fact label={t('provider.parents')}>{yesNo(provider.withoutParents, t('provider.parentsYes'), t('provider.parentsNo'))}</Fact>
          <Fact label={t('provider.referral')}>{yesNo(provider.referralNeeded, t('provider.referralYes'), t('provider.referralNo'))}</Fact>
          <Fact label={t('provider.waitingTime')}>
            {provider.waitingTime ? t('provider.waitingTimeKnown', { text: pickText(provider.waitingTime.text, lang).text, date: provider.waitingTime.date }) : ask}
          </Fact>
          <Fact label={t('provider.languages')}>
            {provider.languages ? provider.languages.map((code) => new Intl.DisplayNames([lang], { type: 'language' }).of(code)).join(', ') : ask}
          </Fact>
        </dl>
      </section>

      {provider.locations.length > 0 && (
        <section aria-labelledby="waar">
          <h2 id="waar">{t('provider.where')}</h2>
          {provider.locations.map((location, index) => {
            const place = locationMunicipalityName(location, catalogue.municipalities);
            return (
              <div key={index} className="location">
                <p>
                  {location.name && (
                    <>
                      <strong>{location.name}</strong>
                      <br />
                    </>
                  )}
                  {location.street && (
                    <>
                      {location.street}
                      <br />
                    </>
                  )}
                  {[location.postcode, place].filter(Boolean).join(' ')}
                  {location.outsideRegion && ` (${t('provider.outsideRegion')})`}
                </p>
                {location.walkIn && <p>{t('provider.walkIn')}</p>}
                {location.byAppointment && <p>{t('provider.byAppointment')}</p>}
                {location.routeHref && (
                  <p>
                    <a className="button button--secondary" href={safeHref(location.routeHref)}>
                      {t('provider.route', { place: location.name ?? location.street ?? place })}
                    </a>
                  </p>
                )}
                {location.hours && <HoursTable title={location.name ?? place} hours={location.hours} now={now} />}
                {location.hoursNote && text(location.hoursNote)}
              </div>
            );
          })}
        </section>
      )}

      <ChannelHours provider={provider} now={now} lang={lang} />

      <section aria-labelledby="nagekeken">
        <h2 id="nagekeken">{t('provider.checked')}</h2>
        <Freshness provider={provider} now={now} />
        <h3>{t('provider.sources')}</h3>
        <ul className="sources">
          {provider.sources.map((source, index) => (
            <li key={index}>
              <a href={safeHref(source.url)}>{new URL(source.url).hostname.replace(/^www\./, '')}</a>
              {source.pageDate && ` (${source.pageDate})`}
            </li>
          ))}
        </ul>
        <p>
          <a className="button button--secondary" href={reportHref}>
            {t('provider.report')}
          </a>
        </p>
      </section>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A provider text in the reader's language, or in Dutch with a note when there is no translation. */
function LocalizedParagraph({ value, lang }: { value: LocalizedText; lang: Language }) {
  const { t } = useTranslation();
  const picked = pickText(value, lang);
  if (picked.lang === lang) return <p>{picked.text}</p>;
  return (
    <p>
      <span lang={picked.lang}>{picked.text}</span> <span className="only-dutch">({t('language.onlyDutch')})</span>
    </p>
  );
}

function ChannelHours({ provider, now, lang }: { provider: CatalogueProvider; now: Date; lang: Language }) {
  const { t } = useTranslation();
  const channels = [
    ...provider.phones.map((phone) => ({ name: phone.display, hours: phone.hours, note: phone.hoursNote })),
    ...provider.chats.map((chat) => ({ name: t('result.chat'), hours: chat.hours, note: chat.hoursNote })),
    ...provider.videos.map((video) => ({ name: t('search.contactWays.video'), hours: video.hours, note: video.hoursNote })),
  ].filter((channel) => channel.hours || channel.note);
  if (channels.length === 0) return null;
  return (
    <section aria-labelledby="uren">
      <h2 id="uren">{t('provider.hours')}</h2>
      {channels.map((channel, index) => (
        <div key={index}>
          {channel.hours && <HoursTable title={channel.name} hours={channel.hours} now={now} />}
          {channel.note && (
            <>
              {!channel.hours && <h3>{t('provider.hoursOf', { channel: channel.name })}</h3>}
              <LocalizedParagraph value={channel.note} lang={lang} />
            </>
          )}
        </div>
      ))}
    </section>
  );
}

function HoursTable({ title, hours, now }: { title: string; hours: WeeklyHours; now: Date }) {
  const { t } = useTranslation();
  const days = t('days.long', { returnObjects: true }) as string[];
  return (
    <table className="hours">
      <caption>
        {t('provider.hoursOf', { channel: title })} · <OpenStatus hours={hours} now={now} />
      </caption>
      <tbody>
        {hours.week.map((ranges, day) => (
          <tr key={day}>
            <th scope="row">{days[day]}</th>
            <td>{ranges.length ? formatRanges(ranges) : t('provider.closedDay')}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('provider.holidays')}</th>
          <td>{hours.publicHolidays ? (hours.publicHolidays.length ? formatRanges(hours.publicHolidays) : t('provider.closedDay')) : t('provider.holidaysUnknown')}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** When the data was last checked, said plainly; old or unknown dates come with a warning. */
function Freshness({ provider, now }: { provider: CatalogueProvider; now: Date }) {
  const { t } = useTranslation();
  const { date } = provider.lastChecked;
  if (!date) return <p className="warning">{t('provider.checkedUnknown')}</p>;
  return (
    <>
      <p>{t('provider.checkedOn', { date })}</p>
      {isStale(date, dateInBelgium(now)) && <p className="warning">{t('provider.checkedOld')}</p>}
    </>
  );
}
