import { useTranslation } from '../../i18n/use-translation';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import type { Language } from '../../i18n/language';
import { oldFactText } from '../../components/old-fact';
import { HoursTable } from './hours-table';
import { LocalizedParagraph } from './localized-paragraph';

/** When the phone lines, chats and video calls are open (a place's hours are shown with the place). */
export function ChannelHours({ provider, now, lang }: { provider: CatalogueProvider; now: Date | undefined; lang: Language }) {
  const { t } = useTranslation();
  const channels = [
    ...provider.phones.map((phone) => ({ name: phone.display, kind: 'phone-hours' as const, ...phone })),
    ...provider.chats.map((chat) => ({ name: t('result.chat'), kind: 'chat-hours' as const, ...chat })),
    ...provider.videos.map((video) => ({ name: t('search.contactWays.video'), kind: 'video-hours' as const, ...video })),
  ]
    .map(({ name, kind, hours, datedHours, hoursNote }) => ({
      name,
      hours: hours ?? datedHours,
      // How old the hours are, when they are too old to trust: said with the table, or under a note.
      age: hours ? undefined : oldFactText(provider, kind, t),
      note: hoursNote,
    }))
    .filter((channel) => channel.hours || channel.note);
  if (channels.length === 0) return null;
  return (
    <section aria-labelledby="uren">
      <h2 id="uren">{t('provider.hours')}</h2>
      {channels.map((channel, index) => (
        <div key={index}>
          {channel.hours && <HoursTable title={channel.name} hours={channel.hours} now={now} dated={channel.age} />}
          {channel.note && (
            <>
              {!channel.hours && <h3>{t('provider.hoursOf', { channel: channel.name })}</h3>}
              <LocalizedParagraph value={channel.note} lang={lang} />
              {!channel.hours && channel.age && <p className="fact-age">{channel.age}</p>}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
