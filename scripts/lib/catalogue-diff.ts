/**
 * What a pull request changes on the site, in Dutch, for the reviewer: providers added and removed, and
 * for each changed provider the facts a young person sees, before → after ("telefoon: 106 → 107").
 *
 * Both sides go through the same check and build as the site (check-data.ts, build-catalogue.ts), and
 * old facts are dated as the app dates them when the catalogue loads (old-facts.ts), so the summary
 * compares what the pages show, not the JSON staff wrote: a reformatted file changes nothing, a phone
 * number is compared as it is dialled and shown, hours as the weekly table the page prints. A provider
 * file that does not pass the check on one side cannot be built, so it is named, never guessed at.
 *
 * Every value from the data is printed through `printable` (hidden characters as code points, one line,
 * capped) and escaped for Markdown, so no provider name can break or inject into the job summary.
 */
import type { TFunction } from 'i18next';
import type {
  Catalogue,
  LinkContact,
  PhoneContact,
  ProviderDetails,
  ProviderWithDetails,
  WeeklyHours,
} from '../../src/catalogue/catalogue-types.ts';
import { describeHours, formatRanges } from '../../src/catalogue/describe-hours.ts';
import { markOldFactsOf } from '../../src/catalogue/old-facts.ts';
import { badgeTexts } from '../../src/components/badge-texts.ts';
// Node has every language's texts at once (the browser loads only the visitor's).
import '../../src/i18n/all-languages.ts';
import { i18nFor } from '../../src/i18n/i18n.ts';
import { nl } from '../../src/i18n/nl.ts';
import { nlProvider } from '../../src/i18n/nl-provider.ts';
import { buildCatalogue } from './build-catalogue.ts';
import { checkData } from './check-data.ts';
import type { DataFolder } from './data-folder.ts';
import { printable } from './problems.ts';

/** One side of the comparison: the catalogue as the site would be built from it, and what could not be. */
export interface CatalogueSide {
  /** Per provider file (its name without .json): what the site shows of it. */
  providers: Map<string, ProviderView>;
  /** Provider files that exist but could not be built, with why, in Dutch. */
  unusable: Map<string, string>;
  /** Why no provider could be built (vocabulary unreadable, build refused); undefined when that is not the case. */
  wholeSideProblem?: string;
  /** Words that make a search look like a crisis (from the crisis themes). */
  crisisPhrases: string[];
  /** Theme labels by id, in Dutch. */
  themeLabels: Map<string, string>;
  /** Errors data:check finds on this side: while there are any, the site is not published. */
  errorCount: number;
}

export interface ProviderView {
  provider: ProviderWithDetails;
  /** Extra search words: not shown, but they decide who finds the provider. */
  keywords: string[];
  /**
   * Errors in its file from the checks over all files (a crisis line that dials another number, an id
   * used twice): the provider is built, but the site is not published until they are fixed.
   */
  errors: number;
}

/** Checks and builds one data folder as the site's build would, and keeps what a comparison needs. */
export function readSide(folder: DataFolder, today: string): CatalogueSide {
  const result = checkData(folder, { today });
  const side: CatalogueSide = {
    providers: new Map(),
    unusable: new Map(),
    crisisPhrases: [],
    themeLabels: new Map(),
    errorCount: result.errorCount,
  };
  const { themes, municipalities } = result.vocabulary;
  if (themes.length === 0 || municipalities.length === 0) {
    side.wholeSideProblem = 'de woordenlijsten in vocabulary/ konden niet gelezen worden, dus geen enkele aanbieder kon gebouwd worden';
  }
  let catalogue: Catalogue | undefined;
  let details: Record<string, ProviderDetails> = {};
  try {
    ({ catalogue, details } = buildCatalogue(result.providers, result.vocabulary, today));
  } catch (error) {
    side.wholeSideProblem ??= `de site kon er niet mee gebouwd worden (${error instanceof Error ? error.message : String(error)})`;
  }
  const built = new Map((catalogue?.providers ?? []).map((provider) => [provider.id, provider]));
  const keywords = new Map(result.providers.map((provider) => [provider.id, provider.keywords ?? []]));
  for (const { fileId, file } of folder.providers) {
    const provider = built.get(fileId);
    const own = result.problems.filter((problem) => problem.file === file && problem.severity === 'error');
    if (provider) {
      side.providers.set(fileId, {
        provider: { ...markOldFactsOf(provider, today), ...details[fileId] },
        keywords: keywords.get(fileId) ?? [],
        errors: own.length,
      });
      continue;
    }
    const syntax = own.find((problem) => problem.check === 'json-syntax');
    side.unusable.set(
      fileId,
      syntax
        ? `het bestand kan niet gelezen worden (JSON-fout op regel ${syntax.line})`
        : own.length > 0
          ? `het bestand heeft ${own.length} ${own.length === 1 ? 'fout' : 'fouten'} bij de controle`
          : (side.wholeSideProblem ?? 'het bestand kon niet gebouwd worden'),
    );
  }
  side.crisisPhrases = catalogue?.crisisPhrases ?? [];
  side.themeLabels = new Map(themes.map((theme) => [theme.id, theme.label.nl]));
  return side;
}

/** One fact a young person sees: a single value, a set of values (badges, themes), or a text only named when it changes. */
type Fact =
  | { key: string; kind: 'value'; value: string }
  | { key: string; kind: 'set'; values: string[] }
  | { key: string; kind: 'text'; text: string };

const t: TFunction = i18nFor('nl').t;

/** What the site shows of a provider, as facts keyed by what they are ("telefoon", "uren chat"). */
export function providerFacts(view: ProviderView, themeLabels: Map<string, string>): Fact[] {
  const { provider } = view;
  const facts: Fact[] = [];
  const value = (key: string, text: string | undefined) => {
    if (text !== undefined && text !== '') facts.push({ key, kind: 'value', value: text });
  };
  const set = (key: string, values: string[]) => {
    if (values.length > 0) facts.push({ key, kind: 'set', values });
  };
  const text = (key: string, localized: object | undefined) => {
    if (localized !== undefined) facts.push({ key, kind: 'text', text: JSON.stringify(localized) });
  };

  value('naam', provider.name);
  value('organisatie', provider.organisation);
  value('crisislijn', provider.crisisLane === undefined ? undefined : `plaats ${provider.crisisLane}`);
  const hours = (key: string, item: { hours?: WeeklyHours; datedHours?: WeeklyHours; hoursNote?: object }) => {
    const weekly = item.hours ?? item.datedHours;
    value(`uren ${key}`, weekly && hoursText(weekly, item.hours === undefined));
    text(`uitleg bij de uren van ${key}`, item.hoursNote);
  };
  const keyOf = (kind: string, label: { nl: string } | undefined, index: number) =>
    label ? `${kind} (${label.nl})` : index === 0 ? kind : `${kind} ${index + 1}`;
  provider.phones.forEach((phone: PhoneContact, index) => {
    const key = keyOf('telefoon', phone.label, index);
    value(key, phone.free ? `${phone.display} (gratis)` : phone.display);
    hours(key, phone);
  });
  const links = (kind: string, list: LinkContact[]) =>
    list.forEach((link, index) => {
      const key = keyOf(kind, link.label, index);
      value(key, link.href);
      hours(key, link);
    });
  links('chat', provider.chats);
  links('videogesprek', provider.videos);
  provider.emails.forEach((email, index) => value(keyOf('e-mail', email.label, index), email.address));
  value('website', provider.website);
  const placeKeys = new Map<string, number>();
  for (const location of provider.locations) {
    const base = `plek ${location.name ?? location.municipalityName}`;
    const seen = (placeKeys.get(base) ?? 0) + 1;
    placeKeys.set(base, seen);
    const key = seen === 1 ? base : `${base} (${seen})`;
    const address = [location.street, [location.postcode, location.municipalityName].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const notes = [
      location.outsideRegion && nlProvider.provider.outsideRegion,
      location.byAppointment && nlProvider.provider.byAppointment.replace(/\.$/, '').toLowerCase(),
      location.coordinates && 'op de kaart',
    ].filter(Boolean);
    value(key, notes.length ? `${address} (${notes.join(', ')})` : address);
    hours(key, location);
  }
  set('badges', badgeTexts(provider, t));
  set(
    "thema's",
    provider.themes.map((id) => themeLabels.get(id) ?? id),
  );
  value(
    'voor wie',
    provider.area === 'municipalities'
      ? (provider.areaMunicipalityNames ?? provider.areaMunicipalities ?? []).join(', ')
      : t(`result.area.${provider.area}`),
  );
  value('elke vraag', provider.anyQuestion ? 'staat bij elk onderwerp, na de gespecialiseerde hulp' : undefined);
  set('talen', provider.languages ?? []);
  value(
    'nagekeken',
    provider.verification &&
      t('provider.verifiedOn', { date: provider.verification.date, method: t(`provider.method_${provider.verification.method}`) }),
  );
  set(
    'bronnen',
    provider.sources.map((source) => (source.pageDate ? `${source.url} (${source.pageDate})` : `${source.url} (zonder datum)`)),
  );
  set('zoekwoorden', view.keywords);
  text('samenvatting', provider.summary);
  text('beschrijving', provider.description);
  text('eerste contact', provider.firstContact);
  text('uitleg over de prijs', provider.costNote);
  text('wachttijd', provider.waitingTime);
  return facts;
}

/** Weekly hours as the provider page words them, with the public holidays. */
function hoursText(hours: WeeklyHours, dated: boolean): string {
  const week = describeHours(hours, nl.days.short, nl.crisis.always);
  const holidays =
    hours.publicHolidays === undefined
      ? ''
      : `; ${nlProvider.provider.holidays.toLowerCase()}: ${hours.publicHolidays.length ? formatRanges(hours.publicHolidays) : nlProvider.provider.closedDay}`;
  // Old hours are shown with their year and never used for "open now": a reviewer should see that too.
  return `${week || nlProvider.provider.closedDay}${holidays}${dated ? ' (te oud om als actueel te tonen)' : ''}`;
}

/** The lines that say how one provider changed; empty when a young person would see no difference. */
export function factChanges(before: Fact[], after: Fact[]): string[] {
  const beforeByKey = new Map(before.map((fact) => [fact.key, fact]));
  const afterByKey = new Map(after.map((fact) => [fact.key, fact]));
  const keys = [...new Set([...after.map((f) => f.key), ...before.map((f) => f.key)])];
  const lines: string[] = [];
  const texts: string[] = [];
  for (const key of keys) {
    const [old, now] = [beforeByKey.get(key), afterByKey.get(key)];
    const kind = (old ?? now)!.kind;
    if (kind === 'text') {
      if (old?.kind !== now?.kind || (old?.kind === 'text' && now?.kind === 'text' && old.text !== now.text)) texts.push(key);
      continue;
    }
    if (kind === 'set') {
      const was = old?.kind === 'set' ? old.values : [];
      const is = now?.kind === 'set' ? now.values : [];
      const added = is.filter((v) => !was.includes(v));
      const removed = was.filter((v) => !is.includes(v));
      const parts = [added.length && `erbij: ${added.map(md).join(', ')}`, removed.length && `weg: ${removed.map(md).join(', ')}`];
      if (added.length || removed.length) lines.push(`${md(key)}: ${parts.filter(Boolean).join('; ')}`);
      continue;
    }
    const was = old?.kind === 'value' ? old.value : undefined;
    const is = now?.kind === 'value' ? now.value : undefined;
    if (was !== is) lines.push(`${md(key)}: ${was === undefined ? '(geen)' : md(was)} → ${is === undefined ? '(geen)' : md(is)}`);
  }
  if (texts.length) lines.push(`tekst aangepast: ${texts.map(md).join(', ')}`);
  return lines;
}

/** The facts of a provider that is new (or could not be compared), as lines: the name is in its title, the texts are left out. */
function factList(facts: Fact[]): string[] {
  return facts
    .filter((fact) => fact.key !== 'naam')
    .flatMap((fact) =>
      fact.kind === 'value'
        ? [`${md(fact.key)}: ${md(fact.value)}`]
        : fact.kind === 'set'
          ? [`${md(fact.key)}: ${fact.values.map(md).join(', ')}`]
          : [],
    );
}

export interface DiffOptions {
  /** How the base is named in the summary, e.g. "main (3f2a1b0)". */
  baseLabel: string;
  /** How provider files are named, e.g. "data/providers". */
  providersDir: string;
}

/** The job summary: what a pull request changes on the site, as Markdown in Dutch. */
export function diffMarkdown(base: CatalogueSide, head: CatalogueSide, { baseLabel, providersDir }: DiffOptions): string {
  const counts = { added: 0, removed: 0, changed: 0, unusable: 0 };
  const ids = [...new Set([...base.providers.keys(), ...base.unusable.keys(), ...head.providers.keys(), ...head.unusable.keys()])].sort();
  const nameOf = (id: string) => head.providers.get(id)?.provider.name ?? base.providers.get(id)?.provider.name;
  const title = (id: string) => {
    const name = nameOf(id);
    return name ? `**${md(name)}** (${md(id)})` : `**${md(id)}**`;
  };
  type Kind = 'added' | 'removed' | 'changed' | 'unusable';
  const entries: Record<Kind, string[]> = { added: [], removed: [], changed: [], unusable: [] };
  const crisis: string[] = [];
  const item = (id: string, lines: string[]) => [`- ${title(id)}`, ...lines.map((line) => `  - ${line}`)].join('\n');
  const broken = (id: string, why: string) => `- ${title(id)}: ${md(`${providersDir}/${id}.json`)}: ${md(why)}. ${CHECK_STEP}`;
  const comparable = !base.wholeSideProblem && !head.wholeSideProblem;

  for (const id of comparable ? ids : []) {
    const [old, now] = [base.providers.get(id), head.providers.get(id)];
    const facts = (side: CatalogueSide, view: ProviderView) => providerFacts(view, side.themeLabels);
    let found: [Kind, string] | undefined;
    if (old && now) {
      const lines = factChanges(facts(base, old), facts(head, now));
      if (lines.length) found = ['changed', item(id, lines)];
    } else if (now) {
      const was = base.unusable.get(id);
      found = was
        ? ['changed', item(id, [`vóór deze wijziging: ${md(was)}. Nu toont de site:`, ...factList(facts(head, now))])]
        : ['added', item(id, factList(facts(head, now)))];
    } else if (head.unusable.has(id)) {
      found = ['unusable', broken(id, head.unusable.get(id)!)];
    } else if (old) {
      found = ['removed', `- ${title(id)}`];
    }
    if (!found) continue;
    const [kind, entry] = found;
    const inLane = old?.provider.crisisLane !== undefined || now?.provider.crisisLane !== undefined;
    const shown = now?.errors ? `${entry}\n  - ${errorsLine(now.errors)}` : entry;
    // The crisis lane's changes come first, on their own, whatever kind they are.
    (inLane ? crisis : entries[kind]).push(shown);
    counts[kind]++;
  }

  const sections: string[] = ['## Wat deze wijziging verandert op de site', ''];
  sections.push(
    `Vergeleken met ${md(baseLabel)}: ${counts.added} ${counts.added === 1 ? 'aanbieder' : 'aanbieders'} erbij, ${counts.removed} weg, ` +
      `${counts.changed} aangepast${counts.unusable ? `, ${counts.unusable} niet te vergelijken` : ''}.`,
  );
  if (head.errorCount > 0) {
    const errors = `${head.errorCount} ${head.errorCount === 1 ? 'fout' : 'fouten'}`;
    sections.push(
      '',
      `**Nog niet klaar:** de controle vindt ${errors}. Zolang er fouten zijn, wordt de site niet bijgewerkt. ${CHECK_STEP}`,
    );
  }
  for (const [side, problem] of [
    ['vóór deze wijziging', base.wholeSideProblem],
    ['in deze wijziging', head.wholeSideProblem],
  ] as const) {
    if (problem) sections.push('', `**Niet te vergelijken** (${side}): ${md(problem)}. ${CHECK_STEP}`);
  }

  const phrases = comparable && setChange(base.crisisPhrases, head.crisisPhrases);
  if (phrases) crisis.push(`- crisiswoorden: ${phrases}`);
  const themes = comparable ? themeChanges(base.themeLabels, head.themeLabels) : [];
  const section = (heading: string, list: string[], intro?: string) => {
    if (list.length === 0) return;
    sections.push('', `### ${heading}`, '');
    if (intro) sections.push(intro, '');
    sections.push(...list);
  };
  section(
    'Crisislijn: kijk dit extra goed na',
    crisis,
    'Dit verandert aan de hulplijnen bovenaan elke pagina. Een crisislijn-reviewer (CODEOWNERS) moet dit goedkeuren.',
  );
  section(`Nieuw (${entries.added.length})`, entries.added);
  section(`Weg (${entries.removed.length})`, entries.removed);
  section(`Aangepast (${entries.changed.length})`, entries.changed);
  section(`Niet te vergelijken (${entries.unusable.length})`, entries.unusable);
  section("Onderwerpen (thema's)", themes);
  if (comparable && crisis.length + themes.length + Object.values(counts).reduce((a, b) => a + b, 0) === 0) {
    sections.push('', 'Jongeren zien geen verschil: deze wijziging verandert niets aan de aanbieders op de site.');
  }
  return `${sections.join('\n')}\n`;
}

/** Where staff read what is wrong: the workflow's step that runs data:check. */
const CHECK_STEP = 'De stap "Gegevens nakijken" zegt wat er mis is.';

function errorsLine(count: number): string {
  return `de controle vindt hier ${count} ${count === 1 ? 'fout' : 'fouten'}: zie de stap "Gegevens nakijken"`;
}

function setChange(before: string[], after: string[]): string | undefined {
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  if (added.length + removed.length === 0) return undefined;
  return [added.length && `erbij: ${added.map(md).join(', ')}`, removed.length && `weg: ${removed.map(md).join(', ')}`]
    .filter(Boolean)
    .join('; ');
}

/** Themes added, removed or renamed in the vocabulary: the topics young people choose from. */
function themeChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  if (before.size === 0 || after.size === 0) return [];
  const lines: string[] = [];
  for (const [id, label] of after) {
    const was = before.get(id);
    if (was === undefined) lines.push(`- nieuw onderwerp: ${md(label)} (${md(id)})`);
    else if (was !== label) lines.push(`- onderwerp ${md(id)}: ${md(was)} → ${md(label)}`);
  }
  for (const [id, label] of before) if (!after.has(id)) lines.push(`- onderwerp weg: ${md(label)} (${md(id)})`);
  return lines;
}

/**
 * A value from the data as safe Markdown text: one printable line, and every character that means
 * something inside a line of GitHub Markdown escaped with a backslash (CommonMark allows one before any
 * ASCII punctuation), so "<script>", "|", "**", "[link](…)", "$math$" and backticks stay text. Values
 * never start a line here (each follows "- " and a label), so "#", "-" and "1." need no escape.
 */
export function md(value: string): string {
  return printable(value).replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`);
}
