/**
 * Registers the three languages' texts at once, for code that runs in Node: the prerender
 * (src/prerender/render-page.tsx), scripts and tests. The browser loads only the visitor's language
 * (i18n.ts); nothing in the browser's bundle imports this file.
 */
import { en } from './en';
import { fr } from './fr';
import { registerTexts } from './i18n';
import { nl } from './nl';

registerTexts('nl', nl);
registerTexts('en', en);
registerTexts('fr', fr);
