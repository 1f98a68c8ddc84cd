// Pins each change to the config line its resource comes from, so the report links to it and
// a data-losing change is annotated where it is caused. Pure: returns new change objects.
import type { SourceLocation } from '../errors';
import type { ResourceChange } from './types';

export type Locate = (path: readonly (string | number)[]) => SourceLocation;

export function locateChanges(
  changes: readonly ResourceChange[],
  locate: Locate,
): ResourceChange[] {
  return changes.map((c) =>
    c.configPath === undefined || c.location !== undefined
      ? c
      : { ...c, location: locate(c.configPath.split('.')) },
  );
}
