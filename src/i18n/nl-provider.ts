/**
 * The Dutch texts only a provider's page shows, in a chunk of their own: the search page's first view does
 * not download them (issue 13). The other pages' texts are in nl.ts; i18n.ts merges the two. en-provider.ts
 * and fr-provider.ts must have every key (the type check fails otherwise).
 */
import type { DeepStrings } from './nl';

export const nlProvider = {
  provider: {
    back: 'Terug naar de lijst',
    whatTheyDo: 'Wat doen ze?',
    firstContact: 'Als je contact opneemt',
    practical: 'Goed om te weten',
    cost: 'Kost het iets?',
    costFree: 'Gratis',
    costPaid: 'Je betaalt iets',
    anonymous: 'Anoniem?',
    anonymousYes: 'Ja, je hoeft je naam niet te zeggen',
    anonymousNo: 'Nee, ze vragen je naam',
    age: 'Leeftijd',
    parents: 'Zonder je ouders?',
    parentsYes: 'Ja, je ouders hoeven het niet te weten',
    parentsNo: 'Je ouders worden betrokken',
    referral: 'Verwijzing nodig?',
    referralYes: 'Ja, bv. van je huisarts of CLB',
    referralNo: 'Nee, je mag zelf contact opnemen',
    waitingTime: 'Wachttijd',
    waitingTimeKnown: '{{text}} (zo was het op {{date}})',
    languages: 'Talen',
    unknownFacts: 'Niet bekend: {{facts}}. Vraag het bij je eerste contact.',
    unknownFact: {
      firstContact: 'wat er gebeurt als je contact opneemt',
      cost: 'wat het kost',
      anonymous: 'of je anoniem kunt blijven',
      age: 'voor welke leeftijd het is',
      parents: 'of het zonder je ouders kan',
      referral: 'of je een verwijzing nodig hebt',
      waitingTime: 'hoe lang je moet wachten',
      languages: 'welke talen ze spreken',
    },
    contact: 'Contact',
    where: 'Waar',
    route: 'Route naar {{place}}',
    walkIn: 'Je kunt binnenlopen.',
    byAppointment: 'Alleen op afspraak.',
    hours: 'Openingsuren',
    hoursOf: 'Uren: {{channel}}',
    closedDay: 'dicht',
    holidays: 'Feestdagen',
    holidaysUnknown: 'Op feestdagen kan het anders zijn.',
    checked: 'Waar komt dit vandaan?',
    verifiedOn: 'Nagekeken bij de organisatie op {{date}} ({{method}}).',
    'method_phone-call': 'telefonisch',
    'method_email-reply': 'per e-mail',
    'method_own-website': 'op hun eigen website',
    notVerified: 'Nog niet nagekeken bij de organisatie.',
    sourcesFrom: 'Uit openbare bronnen van {{years}}.',
    sourcesFromAndUndated: 'Uit openbare bronnen van {{years}} en bronnen zonder datum.',
    sourcesUndated: 'Uit openbare bronnen zonder datum.',
    checkedOld: 'Deze gegevens zijn meer dan een jaar oud. Ze kunnen veranderd zijn.',
    sources: 'Bronnen',
    report: 'Klopt er iets niet?',
    reportIntro: 'Laat het ons weten. Dan kijken we het na.',
    reportForm: 'Meld het met een formulier',
    reportFormNote:
      'Het formulier staat op GitHub. Daar houden wij de gegevens bij. Je hebt er een gratis account voor nodig. Wat je daar schrijft, kan iedereen lezen.',
    reportMail: 'Mail ons (geen account nodig)',
    reportSubject: 'Hulp HUB: klopt niet bij {{name}}',
    reportBody: 'Wat klopt er niet bij "{{name}}" ({{url}})?',
    detailsMissing: 'Niet alles over deze hulp kon laden: de uitleg, de kosten en de bronnen ontbreken nu.',
    notFoundText: 'Misschien is de link oud. Zoek hieronder opnieuw.',
    outsideRegion: 'buiten de regio',
  },
};

/** The shape every language's provider texts must have: the same keys, all strings. */
export type ProviderTexts = DeepStrings<typeof nlProvider>;
