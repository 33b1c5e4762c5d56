/**
 * "Open now" for the providers of one catalogue, as a search asks it: for thousands of providers at one
 * instant. Providers share few distinct opening-hours tables (the real catalogue: 4 tables for 46
 * providers; a fictional one of 10,000: 8 for 22,000), so each distinct table is read once per instant
 * (opening-hours.ts decides what it says), and a provider is reachable when one of its tables is open,
 * as provider-facts.ts's reachableNow says. Each provider's answer is kept for the instant: the page asks
 * at the same instant for a minute (use-now.ts), and again for each filter it offers to drop.
 */
import { HOLIDAY_UNCERTAIN_BIT, OPEN_BIT, openStatusBitsAt } from '../catalogue/opening-hours';
import { allHours, type ReachableNow } from '../catalogue/provider-facts';
import type { CatalogueProvider, MinuteRange, WeeklyHours } from '../catalogue/catalogue-types';

const NO_HOURS: ReachableNow = Object.freeze({ open: undefined, holidayUncertain: false });

export class OpenNow {
  /** The distinct tables. */
  private readonly tables: WeeklyHours[] = [];
  /** Per provider, its tables: tableOf[firstTable[at]] up to tableOf[firstTable[at + 1]]. */
  private readonly firstTable: Int32Array;
  private readonly tableOf: Int32Array;
  private readonly tableBits: Int8Array;
  private readonly tableStamp: Uint32Array;
  private readonly providerBits: Int8Array;
  private readonly providerStamp: Uint32Array;
  private instant = NaN;
  private stamp = 0;

  constructor(providers: readonly CatalogueProvider[]) {
    const byHash = new Map<number, number[]>();
    // catalogue.json shares each distinct table (catalogue-file.ts): the same object is the same table.
    const byObject = new Map<WeeklyHours, number>();
    const numberOf = (hours: WeeklyHours): number => {
      let number = byObject.get(hours);
      if (number === undefined) byObject.set(hours, (number = numberByContent(hours)));
      return number;
    };
    const numberByContent = (hours: WeeklyHours): number => {
      const hash = hashOf(hours);
      const same = byHash.get(hash) ?? [];
      const found = same.find((at) => sameHours(this.tables[at], hours));
      if (found !== undefined) return found;
      this.tables.push(hours);
      same.push(this.tables.length - 1);
      byHash.set(hash, same);
      return this.tables.length - 1;
    };
    this.firstTable = new Int32Array(providers.length + 1);
    const tableOf: number[] = [];
    providers.forEach((provider, at) => {
      this.firstTable[at] = tableOf.length;
      for (const hours of allHours(provider)) tableOf.push(numberOf(hours));
    });
    this.firstTable[providers.length] = tableOf.length;
    this.tableOf = Int32Array.from(tableOf);
    this.tableBits = new Int8Array(this.tables.length);
    this.tableStamp = new Uint32Array(this.tables.length);
    this.providerBits = new Int8Array(providers.length);
    this.providerStamp = new Uint32Array(providers.length);
  }

  /** reachableNow of the provider at `at` in the catalogue's list. */
  reachable(at: number, now: Date | undefined): ReachableNow {
    const first = this.firstTable[at];
    const end = this.firstTable[at + 1];
    if (now === undefined || first === end) return NO_HOURS;
    if (now.getTime() !== this.instant) {
      this.instant = now.getTime();
      this.stamp++;
    }
    if (this.providerStamp[at] !== this.stamp) {
      let bits = 0;
      for (let next = first; next < end; next++) {
        const table = this.tableOf[next];
        if (this.tableStamp[table] !== this.stamp) {
          this.tableStamp[table] = this.stamp;
          this.tableBits[table] = openStatusBitsAt(this.tables[table], now);
        }
        bits |= this.tableBits[table];
      }
      this.providerStamp[at] = this.stamp;
      this.providerBits[at] = bits;
    }
    const bits = this.providerBits[at];
    return { open: (bits & OPEN_BIT) !== 0, holidayUncertain: (bits & HOLIDAY_UNCERTAIN_BIT) !== 0 };
  }
}

/** A number from a table's minutes (FNV-1a): equal tables have equal numbers; sameHours settles the rest. */
function hashOf(hours: WeeklyHours): number {
  let hash = 0x811c9dc5;
  for (const ranges of hours.publicHolidays ? [...hours.week, hours.publicHolidays] : hours.week) {
    hash = Math.imul(hash ^ 0xffff, 16777619);
    for (const [from, to] of ranges) hash = Math.imul(Math.imul(hash ^ from, 16777619) ^ to, 16777619);
  }
  return hash;
}

function sameRanges(a: readonly MinuteRange[], b: readonly MinuteRange[]): boolean {
  return a.length === b.length && a.every(([from, to], at) => from === b[at][0] && to === b[at][1]);
}

function sameHours(a: WeeklyHours, b: WeeklyHours): boolean {
  if (a.week.length !== b.week.length || !a.week.every((day, at) => sameRanges(day, b.week[at]))) return false;
  if (!a.publicHolidays || !b.publicHolidays) return a.publicHolidays === b.publicHolidays;
  return sameRanges(a.publicHolidays, b.publicHolidays);
}
