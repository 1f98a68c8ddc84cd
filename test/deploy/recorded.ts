// Loads the recorded real-AWS response shapes in test/fixtures/deploy/aws-recorded/, with
// timestamps revived as Dates the way the SDK deserializes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATE_FIELDS = new Set(['Timestamp', 'CreationTime', 'LastUpdatedTime', 'DeletionTime']);

export function recorded<T>(name: string): T {
  const text = readFileSync(
    join(__dirname, '../fixtures/deploy/aws-recorded', `${name}.json`),
    'utf8',
  );
  return JSON.parse(text, (key, value: unknown) =>
    DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value,
  ) as T;
}
