import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';

/** A crisis line's provider id, by the number it dials: fixed in code, the same in every catalogue. */
export function laneId(number: string): string {
  const line = CRISIS_LANE.find((candidate) => candidate.number === number);
  if (!line) throw new Error(`The crisis lane has no line ${number}`);
  return line.providerId;
}
