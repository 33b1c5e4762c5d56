/**
 * The one description of the data staff edit in data/. TypeScript types, the editor JSON Schema
 * (data/schema/*.schema.json) and the checker's first pass all come from here.
 *
 * Descriptions are Dutch because staff read them as tooltips in their editor.
 * Checks that need more than one field or outside knowledge (phone numbers, links, opening hours,
 * postcodes, dates) live in ./checks/ so they can give a precise message.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../../src/catalogue/catalogue-id.ts';
import { FACT_KINDS, VERIFICATION_METHODS } from '../../src/catalogue/fact-age.ts';

export const SCHEMA_REF = '../schema/provider.schema.json';

/** Dates as staff write them: a full day, or only month or year when a source shows no more. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A day, YYYY-MM-DD: a check with the organisation happens on one day. */
export const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A keyword holds no comma: in the staff spreadsheet a comma separates the keywords (scripts/lib/open-data/). */
export const KEYWORD_PATTERN = /^[^,]*$/;

const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN)
  .meta({ description: 'Datum als JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet meer toont.', examples: ['2024-01-12', '2023-08'] });

/**
 * The longest value each kind of field may hold: what fits the layout on a phone, with room to spare.
 * A name of 2,000 characters pushed the page 20,000 px wide; a huge text on a crisis line would weigh
 * on every page. Editors show these limits (maxLength in the JSON Schema); the check names the field.
 */
export const LIMITS = {
  id: 60,
  name: 80,
  organisation: 120,
  /** One line on a phone: longer summaries get cut off or push the buttons away. */
  summary: 160,
  description: 1500,
  firstContact: 600,
  note: 300,
  label: 60,
  keyword: 60,
  keywords: 40,
  themes: 12,
  place: 100,
  url: 500,
  email: 254,
  phoneNumber: 30,
  /** Enough for a week with a lunch break every day and holiday hours; long values took minutes to check. */
  hours: 200,
  channels: 5,
  locations: 20,
  languages: 20,
  sources: 20,
  sourceNote: 600,
  checkedBy: 200,
  staffNote: 2000,
  vocabularyWord: 80,
  vocabularyWords: 150,
  vocabularyEntries: 100,
} as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const localizedText = (max: number) =>
  z
    .strictObject({
      nl: text(max).meta({ title: 'Nederlands', description: 'Nederlandse tekst (verplicht). Duidelijke taal, niveau B1.' }),
      en: text(max).optional().meta({ title: 'Engels', description: 'Engelse vertaling (mag weg).' }),
      fr: text(max).optional().meta({ title: 'Frans', description: 'Franse vertaling (mag weg).' }),
    })
    .meta({ description: 'Tekst per taal. Nederlands is verplicht, Engels en Frans mogen weg.' });

const note = localizedText(LIMITS.note).meta({ title: 'Uitleg' });
const label = localizedText(LIMITS.label).meta({ title: 'Korte uitleg' });

const openingHours = text(LIMITS.hours).meta({
  title: 'Uren',
  description: 'Openingsuren in OpenStreetMap-schrijfwijze, bv. "Mo-Fr 09:00-17:00; PH off" of "24/7". Zie data/README.md.',
  examples: ['Mo-Fr 09:00-12:00,13:00-17:00; PH off', '24/7', 'Mo,Tu,Th 17:00-21:00; We 14:00-21:00'],
});

const link = text(LIMITS.url).meta({
  title: 'Link',
  description: 'Volledige link die begint met https://',
  examples: ['https://www.tele-onthaal.be'],
});

const phoneChannel = z.strictObject({
  number: text(LIMITS.phoneNumber).meta({
    title: 'Nummer',
    description: 'Belgisch nummer met zonenummer ("+32 11 12 34 56" of "011 12 34 56") of een kort nummer zoals 1813.',
    examples: ['+32 78 15 10 20', '1813'],
  }),
  label: label.optional().meta({ title: 'Uitleg bij het nummer', description: 'Korte uitleg bij het nummer, als er meer dan één is.' }),
  hours: openingHours.optional(),
  hoursNote: note.optional().meta({ title: 'Uitleg bij de uren', description: 'Uitleg bij de uren die niet in "hours" past.' }),
  free: z.boolean().optional().meta({ title: 'Gratis bellen', description: 'true als bellen gratis is.' }),
});

const chatChannel = z.strictObject({
  url: link,
  label: label.optional(),
  hours: openingHours.optional(),
  hoursNote: note.optional(),
});

const emailChannel = z.strictObject({
  address: text(LIMITS.email).meta({
    title: 'E-mailadres',
    description: 'E-mailadres, zonder "mailto:".',
    examples: ['info@voorbeeld.be'],
  }),
  label: label.optional(),
});

const videoChannel = z.strictObject({
  url: link,
  label: label.optional(),
  hours: openingHours.optional(),
  hoursNote: note.optional(),
});

const channelList = <T extends z.ZodType>(channel: T) => z.array(channel).min(1).max(LIMITS.channels).optional();

export const channelsSchema = z
  .strictObject({
    phone: channelList(phoneChannel).meta({ title: 'Telefoon' }),
    chat: channelList(chatChannel).meta({ title: 'Chat' }),
    email: channelList(emailChannel).meta({ title: 'E-mail' }),
    video: channelList(videoChannel).meta({ title: 'Videogesprek' }),
    website: link.optional().meta({ title: 'Website', description: 'De eigen website van de aanbieder.' }),
  })
  .meta({ title: 'Contact', description: 'Hoe je contact opneemt. Minstens één manier, of een adres onder "locations".' });

export const locationSchema = z.strictObject({
  name: text(LIMITS.place).optional().meta({ title: 'Naam van de plek', description: 'Naam van de plek, bv. "Campus Virga Jesse".' }),
  street: text(LIMITS.place)
    .optional()
    .meta({ title: 'Straat en huisnummer', description: 'Straat en huisnummer.', examples: ['Pikkeleerstraat 14'] }),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ title: 'Postcode', description: 'Postcode, 4 cijfers.', examples: ['3500'] }),
  municipality: text(LIMITS.place).meta({
    title: 'Gemeente',
    description:
      'Gemeente: een id uit data/vocabulary/municipalities.json (bv. "hasselt"). Ligt de plek buiten de regio, zet dan "outsideRegion": true en schrijf de naam van de gemeente, bv. "Genk".',
  }),
  outsideRegion: z
    .literal(true)
    .optional()
    .meta({ title: 'Buiten de regio', description: 'Zet true voor een plek buiten Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven.' }),
  coordinates: z
    .strictObject({ lat: z.number().meta({ title: 'Breedtegraad' }), lon: z.number().meta({ title: 'Lengtegraad' }) })
    .optional()
    .meta({ title: 'Coördinaten', description: 'Coördinaten (WGS84) van het gebouw. Laat weg als je ze niet zeker weet.' }),
  walkIn: z
    .boolean()
    .optional()
    .meta({ title: 'Binnenlopen zonder afspraak', description: 'true als je zonder afspraak binnen kunt lopen.' }),
  byAppointment: z.boolean().optional().meta({ title: 'Alleen op afspraak', description: 'true als je alleen op afspraak kunt komen.' }),
  hours: openingHours.optional().meta({ title: 'Openingsuren' }),
  hoursNote: note.optional().meta({ title: 'Uitleg bij de uren' }),
});

export const AREA_VALUES = ['belgium', 'flanders', 'limburg', 'elz-herkenrode', 'municipalities'] as const;

export const providerSchema = z
  .strictObject({
    $schema: z.literal(SCHEMA_REF).meta({ title: 'Schema', description: 'Laat staan: zo kent je editor de velden.' }),
    id: z
      .string()
      .max(LIMITS.id)
      .regex(ID_PATTERN)
      .meta({
        title: 'Id',
        description: 'Zelfde als de bestandsnaam zonder .json: kleine letters, cijfers en streepjes.',
        examples: ['tele-onthaal'],
      }),
    name: text(LIMITS.name).meta({ title: 'Naam', description: 'Naam zoals jongeren hem kennen.' }),
    organisation: text(LIMITS.organisation)
      .optional()
      .meta({ title: 'Organisatie', description: 'Organisatie erachter, als die anders heet.' }),
    summary: localizedText(LIMITS.summary).meta({
      title: 'Korte zin',
      description: `Eén zin (max. ${LIMITS.summary} tekens) in jongerentaal: wat doen ze voor jou?`,
    }),
    description: localizedText(LIMITS.description)
      .optional()
      .meta({ title: 'Uitleg', description: 'Langere uitleg voor de pagina van de aanbieder.' }),
    firstContact: localizedText(LIMITS.firstContact)
      .optional()
      .meta({ title: 'Eerste contact', description: 'Wat gebeurt er als je contact opneemt?' }),
    themes: z
      .array(z.string().max(LIMITS.id))
      .min(1)
      .max(LIMITS.themes)
      .meta({ title: "Thema's", description: 'Thema-ids uit data/vocabulary/themes.json.' }),
    keywords: z.array(text(LIMITS.keyword).regex(KEYWORD_PATTERN)).max(LIMITS.keywords).optional().meta({
      title: 'Zoekwoorden',
      description: 'Extra zoekwoorden: woorden die jongeren gebruiken voor deze hulp. Eén zoekwoord per vak, zonder komma.',
    }),
    age: z
      .strictObject({
        min: z.int().min(0).max(120).optional().meta({ title: 'Vanaf' }),
        max: z.int().min(0).max(120).optional().meta({ title: 'Tot en met' }),
      })
      .optional()
      .meta({ title: 'Leeftijd', description: 'Leeftijd waarvoor ze werken, bv. { "min": 12, "max": 25 }.' }),
    free: z
      .boolean()
      .optional()
      .meta({ title: 'Gratis', description: 'true als het gratis is, false als je moet betalen. Weg als je het niet weet.' }),
    costNote: localizedText(LIMITS.note).optional().meta({ title: 'Uitleg over de prijs', description: 'Uitleg over de prijs.' }),
    anonymous: z.boolean().optional().meta({ title: 'Anoniem', description: 'true als je je naam niet hoeft te zeggen.' }),
    referralNeeded: z
      .boolean()
      .optional()
      .meta({ title: 'Verwijzing nodig', description: 'true als je een verwijzing nodig hebt (van huisarts, CLB...).' }),
    withoutParents: z
      .boolean()
      .optional()
      .meta({ title: 'Zonder ouders', description: 'true als je kunt gaan zonder dat je ouders het weten.' }),
    anyQuestion: z.boolean().optional().meta({
      title: 'Elke vraag welkom',
      description:
        'true voor een hulplijn die elke vraag van jongeren aanneemt (zoals Tele-Onthaal): ze staat dan bij elk onderwerp, na de gespecialiseerde hulp. Alleen als een bron dat zegt.',
    }),
    area: z.enum(AREA_VALUES).meta({
      title: 'Gebied',
      description:
        'Voor wie: "belgium", "flanders", "limburg", "elz-herkenrode" (alle vijf gemeenten) of "municipalities" (dan ook "areaMunicipalities").',
    }),
    areaMunicipalities: z
      .array(z.string().max(LIMITS.id))
      .min(1)
      .max(LIMITS.locations)
      .optional()
      .meta({ title: 'Gemeenten', description: 'Gemeente-ids, alleen bij "area": "municipalities".' }),
    channels: channelsSchema,
    locations: z.array(locationSchema).min(1).max(LIMITS.locations).optional().meta({ title: 'Plekken' }),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1)
      .max(LIMITS.languages)
      .optional()
      .meta({ title: 'Talen', description: 'Talen die ze spreken, als taalcode: "nl", "en", "fr", "ar"...' }),
    waitingTime: z
      .strictObject({ text: localizedText(LIMITS.note).meta({ title: 'Wachttijd' }), date: partialDate.meta({ title: 'Datum' }) })
      .optional()
      .meta({ title: 'Wachttijd', description: 'Wachttijd en de datum waarop je dat wist.' }),
    sources: z
      .array(
        z.strictObject({
          url: link,
          pageDate: partialDate
            .optional()
            .meta({ title: 'Datum op de pagina', description: 'Datum die op de pagina stond. Laat weg als er geen datum stond.' }),
          confirms: z
            .array(z.enum(FACT_KINDS))
            .min(1)
            .max(FACT_KINDS.length)
            .optional()
            .meta({
              title: 'Deze pagina toont',
              description:
                'Welke van deze gegevens staan op deze pagina: "phone" (telefoonnummer), "phone-hours" (uren van de telefoon), "chat-hours" (uren van de chat), "video-hours" (uren van videogesprekken), "place-hours" (openingsuren van de plek), "free" (gratis of betalend), "anonymous" (anoniem). Zo weet de site hoe oud elk gegeven is.',
              examples: [['phone', 'phone-hours', 'free']],
            }),
          note: text(LIMITS.sourceNote).optional().meta({ title: 'Notitie', description: 'Welke gegevens komen van deze bron?' }),
        }),
      )
      .min(1)
      .max(LIMITS.sources)
      .meta({ title: 'Bronnen', description: 'Waar komen de gegevens vandaan? Minstens één bron.' }),
    verification: z
      .strictObject({
        date: z
          .string()
          .regex(FULL_DATE_PATTERN)
          .meta({ title: 'Datum', description: 'De dag waarop je nakeek, als JJJJ-MM-DD.', examples: ['2026-11-24'] }),
        role: text(LIMITS.checkedBy).meta({
          title: 'Wie',
          description: 'Wie nakeek: een functie, geen naam.',
          examples: ['medewerker Eerstelijnszone Herkenrode'],
        }),
        method: z.enum(VERIFICATION_METHODS).meta({
          title: 'Hoe',
          description:
            'Hoe: "phone-call" (je belde de organisatie), "email-reply" (de organisatie antwoordde op je mail), "own-website" (je las die dag hun eigen website).',
        }),
      })
      .optional()
      .meta({
        title: 'Nagekeken bij de organisatie',
        description:
          'Alleen als iemand alle gegevens op de pagina echt bij de organisatie nakeek. De site zegt dan "Nagekeken bij de organisatie op …". Uitleg: data/README.md.',
      }),
    staffNote: text(LIMITS.staffNote)
      .optional()
      .meta({ title: 'Interne notitie', description: 'Interne notitie voor medewerkers. Komt niet op de site.' }),
  })
  .meta({ title: 'Hulp HUB aanbieder', description: 'Eén aanbieder van hulp. Uitleg per veld: data/README.md.' });

/**
 * The data as the checker hands it on: zod's output, so texts are trimmed. The browser's types
 * (src/catalogue/catalogue-types.ts) are built on these with `import type`, which keeps zod out of the bundle.
 */
export type ProviderData = z.output<typeof providerSchema>;
export type LocalizedTextData = z.output<ReturnType<typeof localizedText>>;
export type LocationData = z.output<typeof locationSchema>;
export type ChannelsData = z.output<typeof channelsSchema>;
export type PhoneChannelData = NonNullable<ChannelsData['phone']>[number];
export type ChatChannelData = NonNullable<ChannelsData['chat']>[number];
export type VideoChannelData = NonNullable<ChannelsData['video']>[number];
export type EmailChannelData = NonNullable<ChannelsData['email']>[number];
export type SourceData = ProviderData['sources'][number];
export type AreaData = ProviderData['area'];

export const themeSchema = z.strictObject({
  id: z.string().max(LIMITS.id).regex(ID_PATTERN),
  label: z.strictObject({ nl: text(LIMITS.label), en: text(LIMITS.label), fr: text(LIMITS.label) }),
  youthWords: z
    .array(text(LIMITS.vocabularyWord))
    .max(LIMITS.vocabularyWords)
    .meta({ description: 'Woorden die jongeren gebruiken voor dit thema.' }),
  misspellings: z.array(text(LIMITS.vocabularyWord)).max(LIMITS.vocabularyWords).meta({ description: 'Veelvoorkomende schrijffouten.' }),
  crisis: z.boolean().meta({ description: 'true: wie hierover zoekt, ziet de noodnummers bovenaan.' }),
});
export const themesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  themes: z.array(themeSchema).min(1).max(LIMITS.vocabularyEntries),
});
export type ThemeData = z.output<typeof themeSchema>;

export const municipalitySchema = z.strictObject({
  id: z.string().max(LIMITS.id).regex(ID_PATTERN),
  name: text(LIMITS.name),
  postcodes: z
    .array(z.strictObject({ code: z.string().regex(/^\d{4}$/), places: z.array(text(LIMITS.place)).min(1).max(LIMITS.vocabularyWords) }))
    .min(1)
    .max(LIMITS.vocabularyWords),
  centre: z.strictObject({ lat: z.number(), lon: z.number() }),
  sources: z
    .array(z.strictObject({ url: link, pageDate: partialDate.optional(), note: text(LIMITS.sourceNote).optional() }))
    .min(1)
    .max(LIMITS.sources),
});
export const municipalitiesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  municipalities: z.array(municipalitySchema).min(1).max(LIMITS.vocabularyEntries),
});
export type MunicipalityData = z.output<typeof municipalitySchema>;
