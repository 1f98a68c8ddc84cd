// Tags go on every taggable resource, so one bad tag fails the whole deploy: AWS reserves
// the "aws:" prefix and limits values to 256 characters (keys' 128 are in the schema).
import { error, type Finding } from '../findings';
import type { SemanticContext } from './context';

const TAG_VALUE_MAX = 256;

/**
 * Tags the stack sets itself on every resource (synth/tags.ts): destroy and preview cleanup
 * rely on them, and AWS compares tag keys case-insensitively, so a config tag with one of
 * these keys in any case could only be dropped.
 */
export const RESERVED_TAG_KEYS: readonly string[] = [
  'project',
  'environment',
  'managed-by',
  'ephemeral',
];

export function checkTags(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(context.config.tags)) {
    if (key.toLowerCase().startsWith('aws:')) {
      findings.push(
        error(['tags', key], `tag key "${key}": the "aws:" prefix is reserved for AWS`, 'key'),
      );
    }
    if (RESERVED_TAG_KEYS.includes(key.toLowerCase())) {
      findings.push(
        error(
          ['tags', key],
          `tag key "${key}" is set by serverless-action itself (${RESERVED_TAG_KEYS.join(', ')}, in any case); rename it, e.g. "app-${key.toLowerCase()}"`,
          'key',
        ),
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
