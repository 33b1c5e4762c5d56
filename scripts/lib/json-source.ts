/**
 * A JSON file as staff wrote it: its text, its parsed value and a map from JSON paths to line numbers,
 * so every message can point at the line to fix. jsonc-parser is used because it keeps offsets and
 * reports every syntax error with its position, which JSON.parse does not.
 *
 * The reader is strict where JSON.parse is lenient: a key written twice is reported (JSON.parse keeps the
 * last one silently, so "106" could dial another number), keys such as "__proto__" are never assigned
 * (they would change the object's prototype), and nesting deeper than any real file is refused before
 * parsing, so a file of brackets cannot overflow the stack.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** The character where the parser stopped, to recognise curly quotes and the like. */
  found: string;
  /** jsonc-parser's name for the error, e.g. "CommaExpected". */
  code: string;
}

/** A key written twice in one object, or a key that would change how JavaScript treats the object. */
export interface JsonKeyProblem {
  kind: 'duplicate' | 'reserved';
  key: string;
  /** Path of the key itself, e.g. ["channels", "phone", 0, "number"]. */
  path: JsonPath;
  line: number;
}

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  syntaxErrors: JsonSyntaxError[];
  keyProblems: JsonKeyProblem[];
  /** Line (1-based) of the value at `path`, or of its closest existing parent. */
  lineOf(path: JsonPath): number;
}

/** Deeper than any provider file needs (they nest about 5 levels); far below what overflows the stack. */
export const MAX_NESTING = 32;

/** Keys that change how JavaScript treats an object: never a field of ours, always refused. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON strictly (no comments, no trailing commas) while keeping positions for messages. */
export function parseJsonSource(file: string, text: string): JsonSource {
  const lineStarts = computeLineStarts(text);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  const tooDeep = offsetBeyondNesting(text, MAX_NESTING);
  if (tooDeep !== undefined) {
    const syntaxErrors = [{ ...position(tooDeep), found: text[tooDeep], code: 'NestingTooDeep' }];
    return { file, text, value: undefined, syntaxErrors, keyProblems: [], lineOf: () => 1 };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const syntaxErrors = errors.map((error) => ({
    ...position(error.offset),
    found: text.slice(error.offset, error.offset + 1),
    code: printParseErrorCode(error.error),
  }));
  const keyProblems: JsonKeyProblem[] = [];
  let value: unknown = undefined;
  if (syntaxErrors.length === 0 && root) {
    value = nodeValue(root, [], (kind, key, path, node) => keyProblems.push({ kind, key, path, line: position(node.offset).line }));
  }
  return {
    file,
    text,
    value,
    syntaxErrors,
    keyProblems,
    lineOf(path) {
      if (!root) return 1;
      for (let length = path.length; length >= 0; length--) {
        const node = findNodeAtLocation(root, path.slice(0, length));
        if (node) return position(keyOffset(node)).line;
      }
      return 1;
    },
  };
}

/** The line of an object property is the line of its key, which is where staff look. */
function keyOffset(node: Node): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

type OnKeyProblem = (kind: JsonKeyProblem['kind'], key: string, path: JsonPath, keyNode: Node) => void;

/** The value of a node. A key written twice keeps its first value; reserved keys are left out. */
function nodeValue(node: Node, path: JsonPath, onKeyProblem: OnKeyProblem): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = keyNode.value as string;
        if (RESERVED_KEYS.has(key)) onKeyProblem('reserved', key, [...path, key], keyNode);
        else if (Object.hasOwn(result, key)) onKeyProblem('duplicate', key, [...path, key], keyNode);
        else result[key] = nodeValue(valueNode, [...path, key], onKeyProblem);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map((child, index) => nodeValue(child, [...path, index], onKeyProblem));
    default:
      return node.value;
  }
}

/** The offset of the first { or [ that opens more than `max` levels, or undefined. Strings are skipped. */
function offsetBeyondNesting(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > max) return i;
    } else if (char === '}' || char === ']') depth--;
  }
  return undefined;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** "channels.phone[0].number": how a path is written in messages. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}
