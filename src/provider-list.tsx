import type { CatalogueProvider } from './catalogue/catalogue-types';
import { safeHref } from './shared/safe-href';

export function ProviderList({ providers }: { providers: CatalogueProvider[] }) {
  return (
    <>
      <h2>{providers.length} plekken waar je terecht kunt</h2>
      <ul className="provider-list">
        {providers.map((provider) => (
          <li key={provider.id}>
            <h3>{provider.name}</h3>
            <p>{provider.summary.nl}</p>
            {provider.phones.map((phone) => (
              <a key={phone.href} className="button" href={safeHref(phone.href)}>
                Bel {phone.display}
              </a>
            ))}
            {provider.website && (
              <a className="button" href={safeHref(provider.website)}>
                Website<span className="visually-hidden"> van {provider.name}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
