import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ProviderWithDetails } from '../../catalogue/catalogue-types';
import { pickText } from '../../catalogue/localized-text';
import { ageRangeText } from '../../components/age-range-text';
import { withFactAge } from '../../components/old-fact';
import type { Language } from '../../i18n/language';
import { LocalizedParagraph } from './localized-paragraph';

interface FactLine {
  label: string;
  /** What is known, or undefined when the catalogue does not say. */
  value: ReactNode | undefined;
  /** How the fact is named in the one line of what is not known ("of je een verwijzing nodig hebt"). */
  unknownAs: string;
}

/**
 * What young people ask before they call: cost, anonymous, age, parents, referral, waiting time, languages.
 * Known facts get a line each; the unknown ones are named together in one line that says to ask at the
 * first contact, instead of that advice once per fact.
 */
export function PracticalFacts({ provider, lang }: { provider: ProviderWithDetails; lang: Language }) {
  const { t } = useTranslation();
  const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? undefined : value ? yes : no);
  const dated = (text: string | undefined, kind: 'free' | 'anonymous') => text && withFactAge(text, provider, kind, t);
  const cost = dated(yesNo(provider.free, t('provider.costFree'), t('provider.costPaid')), 'free');
  const facts: FactLine[] = [
    {
      label: t('provider.cost'),
      // A note on the cost says something even when free or paid is not known.
      value:
        cost === undefined && !provider.costNote ? undefined : (
          <>
            {cost}
            {provider.costNote && <LocalizedParagraph value={provider.costNote} lang={lang} />}
          </>
        ),
      unknownAs: t('provider.unknownFact.cost'),
    },
    {
      label: t('provider.anonymous'),
      value: dated(yesNo(provider.anonymous, t('provider.anonymousYes'), t('provider.anonymousNo')), 'anonymous'),
      unknownAs: t('provider.unknownFact.anonymous'),
    },
    { label: t('provider.age'), value: ageRangeText(provider.age, t), unknownAs: t('provider.unknownFact.age') },
    {
      label: t('provider.parents'),
      value: yesNo(provider.withoutParents, t('provider.parentsYes'), t('provider.parentsNo')),
      unknownAs: t('provider.unknownFact.parents'),
    },
    {
      label: t('provider.referral'),
      value: yesNo(provider.referralNeeded, t('provider.referralYes'), t('provider.referralNo')),
      unknownAs: t('provider.unknownFact.referral'),
    },
    {
      label: t('provider.waitingTime'),
      value:
        provider.waitingTime &&
        t('provider.waitingTimeKnown', { text: pickText(provider.waitingTime.text, lang).text, date: provider.waitingTime.date }),
      unknownAs: t('provider.unknownFact.waitingTime'),
    },
    {
      label: t('provider.languages'),
      value: provider.languages?.map((code) => new Intl.DisplayNames([lang], { type: 'language' }).of(code)).join(', '),
      unknownAs: t('provider.unknownFact.languages'),
    },
  ];
  const known = facts.filter((fact) => fact.value !== undefined);
  const unknown = [
    // What happens at the first contact is shown under "Wat ze doen" when it is known.
    ...(provider.firstContact ? [] : [t('provider.unknownFact.firstContact')]),
    ...facts.filter((fact) => fact.value === undefined).map((fact) => fact.unknownAs),
  ];
  return (
    <section aria-labelledby="weten">
      <h2 id="weten">{t('provider.practical')}</h2>
      {known.length > 0 && (
        <dl className="facts">
          {known.map((fact) => (
            <div key={fact.label} className="fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {unknown.length > 0 && (
        <p className="unknown">
          {t('provider.unknownFacts', { facts: new Intl.ListFormat(lang, { type: 'conjunction' }).format(unknown) })}
        </p>
      )}
    </section>
  );
}
