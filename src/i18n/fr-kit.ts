// French (Belgian) texts only the school kit (the poster page) shows, translated from nl-kit.ts (the source of truth).
import type { KitTexts } from './nl-kit';

export const frKit: KitTexts = {
  kit: {
    intro: 'Crée une affiche ou des flyers avec un code QR. Qui scanne le code voit tout de suite l’aide que tu choisis ici.',
    choose: 'Qu’est-ce qui va sur l’affiche ?',
    themesHint: 'Ne choisis aucun sujet pour toute l’aide.',
    age: 'Âge (tu peux laisser vide)',
    ageHint: 'Le code montre alors seulement l’aide pour cet âge.',
    language: 'Langue de l’affiche',
    languageFailed: 'Cette langue n’a pas pu se charger. Réessaie quand tu es de nouveau en ligne.',
    format: 'Que veux-tu imprimer ?',
    poster: 'Une affiche (A4)',
    flyers: 'Quatre flyers (A6) sur une feuille A4, à découper',
    print: 'Imprimer',
    printHint: 'Imprime sur A4, en portrait, à taille réelle (100\u00a0%).',
    preview: 'Voici à quoi ça ressemble',
    posterTitle: 'Quelque chose te tracasse ? Parles-en.',
    scan: 'Scanne le code et trouve de l’aide près de chez toi.',
    ageLine: '{{age}} ans',
    qrLabel: 'Code QR vers {{url}}',
    qrFailed: 'Le code QR n’a pas pu se charger. Recharge la page.',
  },
};
