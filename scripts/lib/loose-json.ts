/**
 * Safe readers for JSON that may not match the schema yet. The checks use them so they can still
 * report every problem in a file that also has schema errors, instead of stopping at the first.
 */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Each element of an array field that is an object, with its index, e.g. every phone channel. */
export function objectsIn(value: unknown): [JsonObject, number][] {
  return asArray(value).flatMap((item, index) => {
    const object = asObject(item);
    return object ? [[object, index] as [JsonObject, number]] : [];
  });
}

/** The value at `path` inside `root`, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
