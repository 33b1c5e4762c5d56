/**
 * `npm run bench [-- --sizes 210,2000,10000 --out bench-results/search.json --rounds 20]`
 * Measures the browser's search (src/search/search-providers.ts) next to MiniSearch on the same
 * fictional catalogues, the same queries and the same filters, in one process, and checks in the same
 * run that speed did not cost quality (the real query sets on the real data/).
 *
 * For each size it writes a fictional catalogue to the system temp folder (scripts/data-fixtures.ts),
 * checks and builds it as `npm run data:build` does, and measures:
 * - per query: median and 95th percentile in ms, over every query of QUERIES in three filter variants,
 *   `--rounds` rounds after warm-up rounds, in one fixed minute (open now is part of our search). Our
 *   searcher remembers nothing between the timed searches (no typed words, a new instant each time), so
 *   each one costs what a new word costs while typing (MiniSearch has no such cache);
 * - start-up, "from download to first query": parsing search-index.json, building the searcher and the
 *   first search; and the same after parsing catalogue.json and dating its facts, as the page does;
 * - the gzip size of search-index.json (MiniSearch: of its serialized index);
 * - the ratio of our median and p95 to MiniSearch's.
 * Prints a table and writes it, with the relevance figures, as JSON to `--out` (git-ignored folder).
 * Node on this machine is several times faster than a cheap phone: compare ratios, not milliseconds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch, { type Options } from 'minisearch';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { CATALOGUE_FILE, siteDataFiles } from './lib/site-data-files.ts';
import { readOptions, runCommand, UsageError } from './lib/cli.ts';
import { totalsByKind, type KindTotal } from './lib/relevance.ts';
import { writeFixtureCatalogue } from './data-fixtures.ts';
import { measure, readQueries } from './relevance.ts';
import type {
  Catalogue,
  CatalogueFile,
  CatalogueProvider,
  CompiledSearchIndex,
  SearchIndexSource,
} from '../src/catalogue/catalogue-types.ts';
import { fromCatalogueFile } from '../src/catalogue/catalogue-file.ts';
import { markOldFacts } from '../src/catalogue/old-facts.ts';
import { EMPTY_SEARCH, SEARCH_FILTERS, type SearchState } from '../src/search/search-filters.ts';
import { createSearcher } from '../src/search/search-providers.ts';
import { loadTypoMatching } from '../src/search/typo-matching.ts';
import { loadCrisisDetection } from '../src/crisis/crisis-check.ts';
import { normalizeText } from '../src/shared/normalize-text.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
/** The day the fictional catalogues are checked and dated on: fixed, so every run builds the same files. */
const TODAY = '2026-11-22';
/** Every search runs at this instant: a Wednesday at 15:00 in Belgium, no public holiday. */
const NOW = new Date('2026-11-18T14:00:00Z');

/** What young people type, by kind. Words of the fictional catalogues' vocabulary, names and places. */
const QUERIES: Record<string, string[]> = {
  'single word': ['pesten', 'psycholoog', 'depressie', 'hasselt', 'chatdienst', 'alcohol'],
  typo: ['psygholoog', 'depresie', 'eenzaamhijd', 'paniekanval', 'steunpnt'],
  'two words': ['praten hasselt', 'somber zonhoven', 'school stress', 'drugs alken'],
  'youth phrase': ['ik word gepest', 'mijn mama is ziek', 'ik voel me zo alleen', 'ruzie met mijn ouders'],
  'compound part': ['stoornis', 'verslaving', 'gedachten', 'aanval'],
  'no hit': ['xylofoon', 'qwertyuiop', 'fietsenmaker'],
  crisis: ['zelfmoord'],
};
/** Each query runs without filters and with these: a municipality and an age, and a theme. */
const FILTER_VARIANTS: { name: string; state: Partial<SearchState> }[] = [
  { name: 'none', state: {} },
  { name: 'municipality+age', state: { municipality: 'hasselt', age: 16 } },
  { name: 'theme', state: { themes: ['angst-stress'] } },
];

/**
 * The relevance of the engine before issue 13 (commit 9414f70, 2026-12-02), on data/ (46 providers) at
 * relevance.ts's fixed instant: hits in the top 1 and top 5. Printed next to today's figures.
 */
const RELEVANCE_BASELINE: Record<string, { commit: string; count: number; hitsAt1: number; hitsAt5: number }> = {
  'tests/relevance/youth-queries.json': { commit: '9414f70', count: 204, hitsAt1: 185, hitsAt5: 203 },
  'tests/relevance/second-queries.json': { commit: '9414f70', count: 125, hitsAt1: 108, hitsAt5: 124 },
};

interface Timing {
  median: number;
  p95: number;
}

interface SizeResult {
  providers: number;
  ours: Timing & { startupMs: number; pageStartupMs: number; indexGzipKb: number; catalogueGzipKb: number };
  minisearch: Timing & { startupMs: number; indexGzipKb: number };
  ratio: { median: number; p95: number };
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

function gzipKb(text: string): number {
  return gzipSync(text, { level: 9 }).length / 1024;
}

/** The median of `runs` runs of `run`, in ms. */
function medianMs(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return timing(times).median;
}

/** One document per provider for MiniSearch: the same texts our index has, its themes' words included. */
interface MiniDocument {
  id: string;
  name: string;
  keywords: string;
  summary: string;
  places: string;
  themes: string;
}

function miniDocuments(catalogue: Catalogue, index: SearchIndexSource): MiniDocument[] {
  const themeWords = new Map(index.themes.map((theme) => [theme.id, theme.words.replaceAll(' | ', ' ')]));
  const allThemes = [...themeWords.values()].join(' ');
  const providers = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  return index.entries.map((entry) => {
    const provider = providers.get(entry.id)!;
    return {
      id: entry.id,
      name: entry.name,
      keywords: entry.keywords.replaceAll(' | ', ' '),
      summary: entry.summary,
      places: entry.places,
      // A helpline for any question is reached through every theme's words, as in our search.
      themes: provider.anyQuestion ? allThemes : provider.themes.map((theme) => themeWords.get(theme) ?? '').join(' '),
    };
  });
}

/**
 * MiniSearch configured as close to our search as it goes: the same fields with our weights as boosts
 * (name and keywords 3, theme words 2.5, places 1.5, summary 1), prefix search and fuzzy matching with
 * an edit distance of 0.2 × the term's length, terms combined with OR, and the same filters through its
 * `filter` option (a provider the filters leave "unknown" is kept, as ours keeps it). The query is
 * normalized with our normalizeText, as the index texts are. It does not compute "open now".
 */
const MINI_OPTIONS: Options<MiniDocument> = {
  fields: ['name', 'keywords', 'summary', 'places', 'themes'],
  idField: 'id',
  searchOptions: {
    boost: { name: 3, keywords: 3, themes: 2.5, places: 1.5, summary: 1 },
    prefix: true,
    fuzzy: 0.2,
    combineWith: 'OR',
  },
};

function miniSearch(mini: MiniSearch<MiniDocument>, providers: Map<string, CatalogueProvider>, state: SearchState) {
  const filters = SEARCH_FILTERS.filter((filter) => filter.fits && filter.group !== 'query');
  return mini.search(normalizeText(state.query), {
    filter: (result) => {
      const provider = providers.get(result.id as string)!;
      return filters.every((filter) => filter.fits!(provider, state, NOW) !== 'no');
    },
  });
}

function benchSize(size: number, rounds: number, work: string): SizeResult {
  const dir = join(work, String(size));
  writeFixtureCatalogue(dir, size, 1);
  const checked = checkDataFolder(dir, { today: TODAY });
  if (checked.errorCount > 0) throw new UsageError(`De fictieve catalogus van ${size} heeft fouten: npm run data:check -- --data ${dir}`);
  const built = buildCatalogue(checked.providers, checked.vocabulary, TODAY);
  // As data:build writes it (scripts/lib/site-data-files.ts): the file the page downloads and parses.
  const catalogueText = siteDataFiles(built)[CATALOGUE_FILE];
  const indexText = JSON.stringify(built.searchIndex);

  // Start-up as in the browser once the files are downloaded. The search's own: parse search-index.json,
  // build the searcher, first search. The page's: also parse catalogue.json and date its facts first.
  const parsedCatalogue = markOldFacts(fromCatalogueFile(JSON.parse(catalogueText) as CatalogueFile), TODAY);
  const startupMs = medianMs(5, () => {
    const searcher = createSearcher(parsedCatalogue, JSON.parse(indexText) as CompiledSearchIndex);
    searcher.search({ ...EMPTY_SEARCH, query: 'pesten' }, NOW);
  });
  const pageStartupMs = medianMs(5, () => {
    const catalogue = markOldFacts(fromCatalogueFile(JSON.parse(catalogueText) as CatalogueFile), TODAY);
    const searcher = createSearcher(catalogue, JSON.parse(indexText) as CompiledSearchIndex);
    searcher.search({ ...EMPTY_SEARCH, query: 'pesten' }, NOW);
  });

  const catalogue = markOldFacts(built.catalogue, TODAY);
  const searcher = createSearcher(catalogue, built.searchIndex, { rememberWords: false });
  const documents = miniDocuments(catalogue, built.searchSource);
  const miniIndex = new MiniSearch<MiniDocument>(MINI_OPTIONS);
  miniIndex.addAll(documents);
  const miniText = JSON.stringify(miniIndex);
  const miniStartupMs = medianMs(5, () => {
    const loaded = MiniSearch.loadJSON<MiniDocument>(miniText, MINI_OPTIONS);
    loaded.search('pesten');
  });
  const mini = MiniSearch.loadJSON<MiniDocument>(miniText, MINI_OPTIONS);
  const providers = new Map(catalogue.providers.map((provider) => [provider.id, provider]));

  const states = Object.values(QUERIES)
    .flat()
    .flatMap((query) => FILTER_VARIANTS.map(({ state }) => ({ ...EMPTY_SEARCH, ...state, query })));
  const oursTimes: number[] = [];
  const miniTimes: number[] = [];
  const warmUp = 3;
  let instantOffset = 0;
  for (let round = 0; round < warmUp + rounds; round++) {
    for (const state of states) {
      // Interleaved, so both engines meet the same load on the machine.
      // A new instant each time (the same minute, so the same hours apply): the searcher keeps "open
      // now" for one instant, as the page asks for a minute; a keystroke after the minute changes pays it.
      const now = new Date(NOW.getTime() + (instantOffset++ % 60_000));
      let start = performance.now();
      searcher.search(state, now);
      const ours = performance.now() - start;
      start = performance.now();
      miniSearch(mini, providers, state);
      const theirs = performance.now() - start;
      if (round >= warmUp) {
        oursTimes.push(ours);
        miniTimes.push(theirs);
      }
    }
  }
  const oursTiming = timing(oursTimes);
  const miniTiming = timing(miniTimes);
  return {
    providers: catalogue.providers.length,
    ours: { ...oursTiming, startupMs, pageStartupMs, indexGzipKb: gzipKb(indexText), catalogueGzipKb: gzipKb(catalogueText) },
    minisearch: { ...miniTiming, startupMs: miniStartupMs, indexGzipKb: gzipKb(miniText) },
    ratio: { median: oursTiming.median / miniTiming.median, p95: oursTiming.p95 / miniTiming.p95 },
  };
}

function relevance(): { queries: string; baseline: (typeof RELEVANCE_BASELINE)[string]; now: KindTotal }[] {
  return Object.entries(RELEVANCE_BASELINE).map(([file, baseline]) => {
    const { results } = measure(join(REPO_ROOT, 'data'), readQueries(join(REPO_ROOT, file)), TODAY);
    return { queries: file, baseline, now: totalsByKind(results).at(-1)! };
  });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

async function main() {
  const options = readOptions({ sizes: '210,2000,10000', out: 'bench-results/search.json', rounds: '20' });
  const sizes = (options.sizes ?? '210,2000,10000').split(',').map(Number);
  const rounds = Number(options.rounds ?? '20');
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(rounds) || rounds < 1) {
    throw new UsageError('Schrijf zo: npm run bench -- --sizes 210,2000,10000 --rounds 20 --out bench-results/search.json');
  }
  const out = resolve(options.out ?? 'bench-results/search.json');
  // The typo matcher loads lazily in the browser; here it is loaded before anything is measured.
  await loadTypoMatching();
  await loadCrisisDetection();
  const loadBefore = loadavg()[0];
  const work = mkdtempSync(join(tmpdir(), 'hulphub-bench-'));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      // Fewer rounds for the largest catalogues: every round there is hundreds of searches.
      results.push(benchSize(size, size >= 5000 ? Math.max(3, Math.round(rounds / 4)) : rounds, work));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const quality = relevance();
  const loadAfter = loadavg()[0];

  const queryCount = Object.values(QUERIES).flat().length * FILTER_VARIANTS.length;
  const ms = (value: number) => value.toFixed(3);
  console.log(
    table([
      [
        'providers',
        'ours median',
        'ours p95',
        'mini median',
        'mini p95',
        'ratio median',
        'ratio p95',
        'start-up ours',
        'start-up mini',
        'with catalogue',
        'index gz KB',
        'mini gz KB',
      ],
      ...results.map((r) => [
        String(r.providers),
        ms(r.ours.median),
        ms(r.ours.p95),
        ms(r.minisearch.median),
        ms(r.minisearch.p95),
        r.ratio.median.toFixed(2),
        r.ratio.p95.toFixed(2),
        r.ours.startupMs.toFixed(1),
        r.minisearch.startupMs.toFixed(1),
        r.ours.pageStartupMs.toFixed(1),
        r.ours.indexGzipKb.toFixed(1),
        r.minisearch.indexGzipKb.toFixed(1),
      ]),
    ]),
  );
  console.log(
    `\nms per search: ${queryCount} searches (${Object.keys(QUERIES).join(', ')}; each without filters, with a municipality and age, and with a theme), after warm-up. Start-up (ms, median of 5): ours = parse search-index.json, build the searcher, first search; mini = load its serialized index, first search; with catalogue = ours after parsing catalogue.json and dating its facts, as the page does. catalogue.json gz: ${results.map((r) => `${r.ours.catalogueGzipKb.toFixed(1)} KB`).join(', ')}.`,
  );
  console.log('\nRelevance on data/ (top-1 / top-5 hits), before issue 13 → now:');
  for (const { queries, baseline, now } of quality) {
    console.log(
      `  ${queries}: ${baseline.hitsAt1}/${baseline.count} · ${baseline.hitsAt5}/${baseline.count} (commit ${baseline.commit}) → ${now.hitsAt1}/${now.count} · ${now.hitsAt5}/${now.count}`,
    );
  }
  console.log(
    `\nLoad average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; ${cpus().length} cores; Node ${process.version}.`,
  );

  mkdirSync(dirname(out), { recursive: true });
  const report = {
    ranAt: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage: { before: loadBefore, after: loadAfter },
    now: NOW.toISOString(),
    queries: QUERIES,
    filterVariants: FILTER_VARIANTS,
    sizes: results,
    relevance: quality,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${out}.`);
}

runCommand(main);
