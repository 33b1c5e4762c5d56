import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { safeHref } from '../shared/safe-href';
import { oldFactText } from './old-fact';
import { useTranslation } from '../i18n/use-translation';

export type ContactKind = 'call' | 'chat' | 'mail' | 'website' | 'route';

export interface QuickWay {
  kind: ContactKind;
  href: string;
  /** Only for a call: the number as people dial it. */
  number?: string;
}

/**
 * A provider's ways in, best first: call, chat, e-mail, website, then the route to the first address
 * with a street. Only links that pass safeHref count, so a card never shows a button that goes nowhere. The route is the
 * link the build made for the provider page (a plain link: the map site hears of it only when tapped).
 */
export function quickWays(provider: CatalogueProvider): QuickWay[] {
  const candidates: QuickWay[] = [
    ...provider.phones.map((phone): QuickWay => ({ kind: 'call', href: phone.href, number: phone.display })),
    ...provider.chats.map((chat): QuickWay => ({ kind: 'chat', href: chat.href })),
    ...provider.emails.map((email): QuickWay => ({ kind: 'mail', href: email.href })),
    ...(provider.website === undefined ? [] : [{ kind: 'website', href: provider.website } satisfies QuickWay]),
    ...provider.locations.flatMap((location): QuickWay[] => (location.routeHref ? [{ kind: 'route', href: location.routeHref }] : [])),
  ];
  return candidates.flatMap((way) => {
    const href = safeHref(way.href);
    return href ? [{ ...way, href }] : [];
  });
}

/**
 * The best way in as a big button, named with the provider for screen readers ("Bel 102 (Awel)"). When
 * that is a call and there is a chat too, the chat follows: young people often rather chat than call.
 */
export function QuickContact({ provider, className }: { provider: CatalogueProvider; className: string }) {
  const { t } = useTranslation();
  const ways = quickWays(provider);
  const [best] = ways;
  if (!best) return null;
  const chat = best.kind === 'call' ? ways.find((way) => way.kind === 'chat') : undefined;
  // A young person about to call an old number is told so first.
  const numberAge = best.kind === 'call' ? oldFactText(provider, 'phone', t) : undefined;
  const label = (way: QuickWay) =>
    ({
      call: () => t('result.call', { number: way.number }),
      chat: () => t('result.chat'),
      mail: () => t('result.mail'),
      website: () => t('result.website'),
      route: () => t('result.route'),
    })[way.kind]();
  return (
    <p className={className}>
      {[best, chat].map(
        (way, index) =>
          way && (
            <a
              key={way.kind}
              className={index > 0 ? 'button button--secondary' : way.kind === 'call' ? 'button button--call' : 'button'}
              href={way.href}
            >
              {label(way)}
              <span className="visually-hidden"> ({provider.name})</span>
            </a>
          ),
      )}
      {numberAge && <span className="fact-age">{numberAge}</span>}
    </p>
  );
}
