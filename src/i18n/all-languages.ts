/**
 * Registers every language's texts at once, for code that runs in Node: the prerender
 * (src/prerender/render-page.tsx), scripts and tests. The browser loads only the visitor's language, and
 * of it only what the page shows (i18n.ts); nothing in the browser's bundle imports this file.
 */
import { en } from './en';
import { enKit } from './en-kit';
import { enProvider } from './en-provider';
import { fr } from './fr';
import { frKit } from './fr-kit';
import { frProvider } from './fr-provider';
import { registerTexts } from './i18n';
import { nl } from './nl';
import { nlKit } from './nl-kit';
import { nlProvider } from './nl-provider';

registerTexts('nl', 'main', nl);
registerTexts('nl', 'provider', nlProvider);
registerTexts('nl', 'kit', nlKit);
registerTexts('en', 'main', en);
registerTexts('en', 'provider', enProvider);
registerTexts('en', 'kit', enKit);
registerTexts('fr', 'main', fr);
registerTexts('fr', 'provider', frProvider);
registerTexts('fr', 'kit', frKit);
