// Names of the queues, topics, buckets and streams the stack creates, as `access` and
// `usage` refer to them: an SQS/SNS/S3/KINESIS event source without `source` creates one
// named after its key; a `source` that is a name (not an ARN) names one the stack creates.
import type { ResolvedConfig } from '../schema';
import { isArn, isSet } from './context';

export interface CreatedResources {
  readonly queues: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly buckets: ReadonlySet<string>;
  readonly streams: ReadonlySet<string>;
}

export function createdResources(config: ResolvedConfig): CreatedResources {
  const queues = new Set<string>();
  const topics = new Set<string>();
  const buckets = new Set<string>();
  const streams = new Set<string>();
  for (const [key, source] of Object.entries(config.event_source_config)) {
    const name = isSet(source.source) ? source.source : undefined;
    if (name !== undefined && isArn(name)) continue;
    if (source.type === 'SQS') queues.add(name ?? key);
    if (source.type === 'SNS') topics.add(name ?? key);
    if (source.type === 'S3') buckets.add(name ?? key);
    if (source.type === 'KINESIS') streams.add(name ?? key);
  }
  return { queues, topics, buckets, streams };
}
