/**
 * The results in the groups the list shows them in, each with what the young person should know about
 * it: first the help that fits everything chosen; then helplines for any question, when topics were
 * chosen and they are not those topics' own help; then help whose data does not say whether it fits a
 * choice (no age range, nothing said about parents), one group per set of unknown choices. The search
 * (search-providers.ts) already puts them in this order.
 */
import type { FilterGroup } from '../../search/search-filters';
import type { SearchResult } from '../../search/search-providers';

export type ResultGroup =
  | { kind: 'fits'; results: SearchResult[] }
  /** `alone`: the catalogue has no help of its own for the chosen topics, only these helplines. */
  | { kind: 'anyQuestion'; alone: boolean; results: SearchResult[] }
  | { kind: 'unknown'; unknown: FilterGroup[]; results: SearchResult[] };

export function resultGroups(results: SearchResult[], topicsHaveOwnHelp: boolean): ResultGroup[] {
  const fits = results.filter((r) => r.unknown.length === 0 && !r.offTheme);
  const anyQuestion = results.filter((r) => r.unknown.length === 0 && r.offTheme);
  const unknownBySet = new Map<string, SearchResult[]>();
  for (const result of results) {
    if (result.unknown.length === 0) continue;
    const key = result.unknown.join(' ');
    unknownBySet.set(key, [...(unknownBySet.get(key) ?? []), result]);
  }
  return [
    ...(fits.length > 0 ? [{ kind: 'fits' as const, results: fits }] : []),
    ...(anyQuestion.length > 0 ? [{ kind: 'anyQuestion' as const, alone: !topicsHaveOwnHelp, results: anyQuestion }] : []),
    ...[...unknownBySet.values()].map((group) => ({ kind: 'unknown' as const, unknown: group[0].unknown, results: group })),
  ];
}
