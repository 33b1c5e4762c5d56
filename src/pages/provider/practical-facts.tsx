import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProvider } from '../../catalogue/catalogue-types';
import { pickText } from '../../catalogue/localized-text';
import { ageRangeText } from '../../components/age-range-text';
import type { Language } from '../../i18n/language';
import { LocalizedParagraph } from './localized-paragraph';

/** What young people ask before they call: cost, anonymous, age, parents, referral, waiting time, languages. */
export function PracticalFacts({ provider, lang }: { provider: CatalogueProvider; lang: Language }) {
  const { t } = useTranslation();
  const ask = <AskFirstContact />;
  const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? ask : value ? yes : no);
  return (
    <section aria-labelledby="weten">
      <h2 id="weten">{t('provider.practical')}</h2>
      <dl className="facts">
        <Fact label={t('provider.cost')}>
          {yesNo(provider.free, t('provider.costFree'), t('provider.costPaid'))}
          {provider.costNote && <LocalizedParagraph value={provider.costNote} lang={lang} />}
        </Fact>
        <Fact label={t('provider.anonymous')}>{yesNo(provider.anonymous, t('provider.anonymousYes'), t('provider.anonymousNo'))}</Fact>
        <Fact label={t('provider.age')}>{ageRangeText(provider.age, t) ?? ask}</Fact>
        <Fact label={t('provider.parents')}>{yesNo(provider.withoutParents, t('provider.parentsYes'), t('provider.parentsNo'))}</Fact>
        <Fact label={t('provider.referral')}>{yesNo(provider.referralNeeded, t('provider.referralYes'), t('provider.referralNo'))}</Fact>
        <Fact label={t('provider.waitingTime')}>
          {provider.waitingTime
            ? t('provider.waitingTimeKnown', { text: pickText(provider.waitingTime.text, lang).text, date: provider.waitingTime.date })
            : ask}
        </Fact>
        <Fact label={t('provider.languages')}>
          {provider.languages
            ? provider.languages.map((code) => new Intl.DisplayNames([lang], { type: 'language' }).of(code)).join(', ')
            : ask}
        </Fact>
      </dl>
    </section>
  );
}

/** What a missing fact says. */
export function AskFirstContact() {
  const { t } = useTranslation();
  return <span className="unknown">{t('provider.askFirstContact')}</span>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
