// English texts only the school kit (the poster page) shows, translated from nl-kit.ts (the source of truth).
import type { KitTexts } from './nl-kit';

export const enKit: KitTexts = {
  kit: {
    intro: 'Make a poster or flyers with a QR code. Anyone who scans the code sees the help you choose here.',
    choose: 'What goes on the poster?',
    themesHint: 'Choose no topic for all help.',
    age: 'Age (you can leave this empty)',
    ageHint: 'The code then shows only help for that age.',
    language: 'Language of the poster',
    languageFailed: 'That language could not load. Try again when you are back online.',
    format: 'What do you want to print?',
    poster: 'A poster (A4)',
    flyers: 'Four flyers (A6) on one A4 sheet, to cut out',
    print: 'Print',
    printHint: 'Print on A4, portrait, at actual size (100%).',
    preview: 'This is how it looks',
    posterTitle: 'Something on your mind? Talk about it.',
    scan: 'Scan the code and find help close to home.',
    ageLine: 'aged {{age}}',
    qrLabel: 'QR code for {{url}}',
    qrFailed: 'The QR code could not load. Load the page again.',
  },
};
