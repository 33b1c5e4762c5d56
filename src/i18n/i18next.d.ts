// Types every t('…') call against the Dutch texts: a missing or misspelled key fails the type check.
import 'i18next';
import type { nl } from './nl';
import type { nlKit } from './nl-kit';
import type { nlProvider } from './nl-provider';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The main texts with the pages' own (i18n.ts merges them); provider and kit are in both.
    resources: {
      translation: Omit<typeof nl, 'provider' | 'kit'> & {
        provider: typeof nl.provider & typeof nlProvider.provider;
        kit: typeof nl.kit & typeof nlKit.kit;
      };
    };
  }
}
