/**
 * Dutch interface texts: the source of truth. Plain Dutch at B1 level, written for young people.
 * en.ts and fr.ts must have every key (the type check fails otherwise).
 */
export const nl = {
  app: {
    skipToContent: 'Naar de inhoud',
    skipToResults: 'Naar de resultaten',
    home: 'Hulp HUB, naar het begin',
    footer: 'Hulp HUB is van Eerstelijnszone Herkenrode. We bewaren niets over wat je zoekt.',
    openData: 'Deze lijst is open data: je mag ze gratis hergebruiken als je Hulp HUB als bron noemt.',
    openDataDownload: 'Download als',
    openDataSpreadsheet: 'spreadsheet (CSV)',
    openDataOr: 'of als',
    openDataHsds: 'Open Referral HSDS (JSON)',
    openDataLicence: 'Licentie: {{licence}}',
    openDataLicenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  },
  quickExit: {
    label: 'Snel weg',
    hint: 'Verlaat deze site meteen. Of druk twee keer op Esc.',
    historyNote: 'Snel weg wist niet alles uit je geschiedenis. Wis je geschiedenis zelf in je browser, of zoek in een incognitovenster.',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
    fr: 'Français',
    onlyDutch: 'Deze tekst is er alleen in het Nederlands.',
  },
  crisis: {
    title: 'Nu meteen iemand spreken?',
    intro: 'Bellen is gratis.',
    warmTitle: 'Je bent niet alleen',
    warmText: 'Het klinkt alsof het nu heel zwaar is. Praat er meteen over met iemand. Dat mag, dag en nacht.',
    call: 'Bel {{number}}',
    chat: 'Chat met {{name}}',
    always: 'dag en nacht',
    chatShort: 'Chat',
    chatHours: 'chat: {{hours}}',
    strip: 'Nu hulp nodig?',
    stripCall: 'Bel',
  },
  search: {
    title: 'Waar wil je hulp bij?',
    label: 'Zoek hulp',
    placeholder: 'bv. ik word gepest, depri',
    themes: 'Onderwerpen',
    municipality: 'Gemeente',
    allMunicipalities: 'Alle gemeenten',
    moreFilters: 'Meer keuzes',
    age: 'Je leeftijd',
    free: 'Gratis',
    anonymous: 'Anoniem',
    noReferral: 'Zonder verwijzing',
    withoutParents: 'Zonder je ouders',
    contact: 'Hoe wil je contact?',
    contactWays: {
      walkIn: 'Binnenlopen',
      phone: 'Bellen',
      chat: 'Chatten',
      email: 'Mailen',
      video: 'Videogesprek',
    },
    important: 'Wat is belangrijk voor jou?',
    openNow: 'Nu open',
    clearAll: 'Alles wissen',
    results_one: '{{count}} plek waar je terecht kunt',
    results_other: '{{count}} plekken waar je terecht kunt',
    windowShown: 'Je ziet {{shown}} van de {{total}} plekken.',
    showMore: 'Toon meer',
    moreShown_one: '1 plek erbij. Je ziet nu {{shown}} van de {{total}} plekken.',
    moreShown_other: '{{count}} plekken erbij. Je ziet nu {{shown}} van de {{total}} plekken.',
    noResultsTitle: 'We vonden niets dat hier precies bij past',
    noResultsText: 'Dat is jammer. Probeer een ander woord, of laat een keuze weg.',
    dropFilter_one: 'Haal "{{filter}}" weg: {{count}} plek',
    dropFilter_other: 'Haal "{{filter}}" weg: {{count}} plekken',
    groups: {
      query: 'Je zoekwoorden',
      themes: 'Onderwerpen',
      municipality: 'Gemeente',
      age: 'Je leeftijd',
      free: 'Gratis',
      anonymous: 'Anoniem',
      noReferral: 'Zonder verwijzing',
      withoutParents: 'Zonder je ouders',
      contact: 'Manier van contact',
      openNow: 'Nu open',
    },
    unknownFit: {
      ask: 'Vraag het bij je eerste contact.',
      age: 'Niet bekend voor welke leeftijd dit is.',
      free: 'Niet bekend of dit gratis is.',
      anonymous: 'Niet bekend of dit anoniem kan.',
      noReferral: 'Niet bekend of je een verwijzing nodig hebt.',
      withoutParents: 'Niet bekend of dit zonder je ouders kan.',
      openNow: 'Niet bekend of dit nu open is.',
    },
    anyQuestion: 'Deze hulplijnen luisteren naar elke vraag, ook hierover:',
    noSpecialist: 'Voor "{{themes}}" staat er nog geen hulp in onze lijst. Deze hulplijnen luisteren naar elke vraag, ook hierover:',
    ageHint: 'Hulp die niet voor jouw leeftijd is, verdwijnt uit de lijst.',
    helplinesStillThere: 'Deze lijnen zijn er altijd voor je:',
  },
  result: {
    free: 'Gratis',
    anonymous: 'Anoniem',
    withoutParents: 'Zonder ouders',
    noReferral: 'Zonder verwijzing',
    walkIn: 'Binnenlopen',
    age: '{{min}}–{{max}} jaar',
    ageFrom: 'vanaf {{min}} jaar',
    ageUntil: 'tot {{max}} jaar',
    area: {
      belgium: 'Heel België',
      flanders: 'Heel Vlaanderen',
      limburg: 'Heel Limburg',
      'elz-herkenrode': 'Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven',
    },
    openNow: 'Nu open',
    closedNow: 'Nu dicht',
    holidayMaybe: 'feestdag: misschien anders',
    opensToday: 'opent om {{time}}',
    opensTomorrow: 'opent morgen om {{time}}',
    opensOn: 'opent {{day}} om {{time}}',
    call: 'Bel {{number}}',
    chat: 'Chat',
    mail: 'Mail',
    website: 'Website',
    route: 'Route',
  },
  provider: {
    // Only what other pages show too; the rest loads with a provider's page (src/i18n/nl-provider.ts).
    phoneDated: 'Nummer uit {{year}} — bel om te horen of het nog klopt.',
    phoneUndated: 'Nummer uit een bron zonder datum — bel om te horen of het nog klopt.',
    hoursDated: 'Uren uit {{year}} — ze kunnen veranderd zijn.',
    hoursUndated: 'Uren uit een bron zonder datum — ze kunnen veranderd zijn.',
    factDated: 'bron uit {{year}}',
    factUndated: 'bron zonder datum',
    notFoundTitle: 'Deze hulp vinden we niet',
  },
  map: {
    switchLabel: 'Bekijk als',
    list: 'Lijst',
    map: 'Kaart',
    // True for any tile server: it gets the address of the connection (IP) with every image, and the
    // site's address as Referer (index.html: strict-origin-when-cross-origin).
    notice:
      'De kaartbeelden komen van {{source}}. Die organisatie ziet dan het adres van je internetverbinding, en dat je op deze site bent.',
    loading: 'De kaart wordt geladen…',
    tilesFailed: 'De kaartbeelden laden niet. Je ziet de plekken op een lege achtergrond.',
    withoutPlace_one: '{{count}} plek niet op de kaart: bellen, chatten, online of zonder adres',
    withoutPlace_other: '{{count}} plekken niet op de kaart: bellen, chatten, online of zonder adres',
    markerExact_one: '{{place}}: {{count}} plek',
    markerExact_other: '{{place}}: {{count}} plekken',
    markerMunicipality_one: 'In {{place}}: {{count}} plek',
    markerMunicipality_other: 'In {{place}}: {{count}} plekken',
    closeCard: 'Sluiten',
    inMunicipality: 'In {{place}}',
    noExactPlace: 'Het precieze adres staat niet op de kaart. Open de plek om het adres te zien.',
    failed: 'De kaart kon niet laden. Ben je online? Probeer het opnieuw. Hieronder zie je alle plekken in een lijst.',
    retry: 'Kaart opnieuw laden',
    failedAgain:
      'De kaart laadt nog altijd niet. Misschien is de site net vernieuwd: laad de pagina opnieuw. Hieronder zie je alle plekken in een lijst.',
    reload: 'Pagina opnieuw laden',
  },
  share: {
    // One name, "Deel deze pagina": on a phone's results only the first part shows (share-link.tsx).
    button: 'Deel',
    buttonMore: 'deze pagina',
    copied: 'Link gekopieerd',
    manualLabel: 'Link naar deze pagina',
    manualHelp: 'Kopiëren lukte niet vanzelf. Kopieer de link zelf: houd hem ingedrukt, of druk op Ctrl+C.',
  },
  days: {
    short: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    long: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  },
  status: {
    loading: 'De lijst met hulp wordt geladen…',
    offline: 'De lijst met hulp kon niet laden. Ben je online? Probeer het opnieuw.',
    server: 'De lijst met hulp kon nu niet laden. Probeer het zo meteen opnieuw.',
    broken: 'De lijst met hulp is beschadigd. Probeer het later opnieuw.',
    retry: 'Opnieuw proberen',
    pageError: 'Er ging iets mis op deze pagina. Laad de pagina opnieuw. De hulplijnen hieronder werken altijd.',
    crisisStillHere: 'Je kunt nog altijd meteen bellen of chatten met de hulplijnen hieronder.',
  },
  meta: {
    home: {
      title: 'Hulp HUB – hulp voor jongeren in Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven',
      name: 'Hulp voor jongeren',
      description:
        'Vind hulp bij je mentaal welzijn, dicht bij huis. Voor jongeren van 12 tot 25 jaar. Of bel meteen: 112, Zelfmoordlijn 1813, Awel 102, Tele-Onthaal 106.',
    },
    kit: {
      description:
        'Maak een affiche of flyers met een QR-code naar de hulp die past bij je school: kies thema’s, gemeente, leeftijd en taal.',
    },
    region: 'Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven',
    preview: { subtitle: 'Hulp voor jongeren van 12 tot 25 in Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven' },
    view: {
      description_one:
        '{{view}}: hulp voor jongeren van 12 tot 25 in {{place}}. {{count}} plek, met hoe je die bereikt. Meteen praten? Bel 1813 of 112.',
      description_other:
        '{{view}}: hulp voor jongeren van 12 tot 25 in {{place}}. {{count}} plekken, met hoe je ze bereikt. Meteen praten? Bel 1813 of 112.',
    },
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is de link fout of oud.',
    home: 'Naar het begin',
  },
  kit: {
    // Only what other pages show too; the rest loads with the school kit (src/i18n/nl-kit.ts).
    title: 'Affiche voor je school',
  },
};

/** The shape every language must have: the same keys, all strings. */
export type Translation = DeepStrings<typeof nl>;
export type DeepStrings<T> = {
  [K in keyof T]: T[K] extends readonly string[] ? string[] : T[K] extends string ? string : DeepStrings<T[K]>;
};
