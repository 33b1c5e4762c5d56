/** What every provider check receives, and how it reports a problem. */
import type { JsonPath } from '../json-source.ts';
import type { JsonObject } from '../loose-json.ts';
import type { Problem, Severity } from '../problems.ts';
import type { MunicipalityData, ThemeData } from '../provider-schema.ts';

export interface Vocabulary {
  themes: ThemeData[];
  municipalities: MunicipalityData[];
}

export interface CheckEnvironment {
  /** Today's date, YYYY-MM-DD, in Belgium. Passed in so tests can freeze it. */
  today: string;
  vocabulary: Vocabulary;
}

export type Report = (path: JsonPath, message: string, fix: string, severity?: Severity) => void;

export interface ProviderCheck {
  /** Short kebab-case name, used in tests and shown to developers. */
  name: string;
  run(provider: JsonObject, environment: CheckEnvironment, report: Report): void;
}

/** How cross-file checks report: they name the file and line themselves. */
export type AddProblem = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;
