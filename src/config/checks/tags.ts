// Tags go on every taggable resource, so one bad tag fails the whole deploy: AWS reserves
// the "aws:" prefix and limits values to 256 characters (keys' 128 are in the schema).
import { error, type Finding } from '../findings';
import type { SemanticContext } from './context';

const TAG_VALUE_MAX = 256;

export function checkTags(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(context.config.tags)) {
    if (key.toLowerCase().startsWith('aws:')) {
      findings.push(
        error(['tags', key], `tag key "${key}": the "aws:" prefix is reserved for AWS`, 'key'),
      );
    }
    if (value.length > TAG_VALUE_MAX) {
      findings.push(
        error(
          ['tags', key],
          `tag "${key}" has a ${value.length}-character value; AWS allows ${TAG_VALUE_MAX}`,
        ),
      );
    }
  }
  return findings;
}
