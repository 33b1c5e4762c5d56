/**
 * A JSON file as staff wrote it: its text, its parsed value and a map from JSON paths to line numbers,
 * so every message can point at the line to fix. jsonc-parser is used because it keeps offsets and
 * reports every syntax error with its position, which JSON.parse does not.
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

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  syntaxErrors: JsonSyntaxError[];
  /** Line (1-based) of the value at `path`, or of its closest existing parent. */
  lineOf(path: JsonPath): number;
}

/** Parses JSON strictly (no comments, no trailing commas) while keeping positions for messages. */
export function parseJsonSource(file: string, text: string): JsonSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
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
  const syntaxErrors = errors.map((error) => ({
    ...position(error.offset),
    found: text.slice(error.offset, error.offset + 1),
    code: printParseErrorCode(error.error),
  }));
  let value: unknown = undefined;
  if (syntaxErrors.length === 0 && root) value = nodeValue(root);
  return {
    file,
    text,
    value,
    syntaxErrors,
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

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) result[key.value as string] = nodeValue(value);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
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
