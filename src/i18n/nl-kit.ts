/**
 * The Dutch texts only the school kit (the poster page) shows, in a chunk of their own: the search page's first view does
 * not download them (issue 13). The other pages' texts are in nl.ts; i18n.ts merges the two. en-kit.ts
 * and fr-kit.ts must have every key (the type check fails otherwise).
 */
import type { DeepStrings } from './nl';

export const nlKit = {
  kit: {
    intro: 'Maak een affiche of flyers met een QR-code. Wie de code scant, ziet meteen de hulp die jij hier kiest.',
    choose: 'Wat komt op de affiche?',
    themesHint: 'Kies geen onderwerp voor alle hulp.',
    age: 'Leeftijd (mag leeg blijven)',
    ageHint: 'Dan toont de code alleen hulp voor die leeftijd.',
    language: 'Taal van de affiche',
    languageFailed: 'Die taal kon niet laden. Probeer opnieuw als je weer online bent.',
    format: 'Wat wil je afdrukken?',
    poster: 'Een affiche (A4)',
    flyers: 'Vier flyers (A6) op één A4-blad, om uit te knippen',
    print: 'Afdrukken',
    printHint: 'Druk af op A4, staand, op ware grootte (100\u00a0%).',
    preview: 'Zo ziet het eruit',
    posterTitle: 'Zit je ergens mee? Praat erover.',
    scan: 'Scan de code en vind hulp dicht bij huis.',
    ageLine: '{{age}} jaar',
    qrLabel: 'QR-code naar {{url}}',
    qrFailed: 'De QR-code kon niet laden. Laad de pagina opnieuw.',
  },
};

/** The shape every language's kit texts must have: the same keys, all strings. */
export type KitTexts = DeepStrings<typeof nlKit>;
