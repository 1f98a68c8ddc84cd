// DYNAMODB_STREAM: `source` is a dynamodb_config key (its stream must be enabled) or a
// stream ARN; omitted, the only table with a stream is used.
import type { EventSourceConfig } from '../../config/schema';
import { configProblem, isArn, type FunctionHandle, type SynthContext } from '../context';
import { allow } from '../iam';
import { addStreamMapping } from './mapping';

export const DYNAMODB_STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
];

export function addDynamoDbStreamSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  const streamArn = isArn(es.source) ? es.source : tableStreamArn(context, key, es.source);
  target.statements.push(allow(DYNAMODB_STREAM_ACTIONS, streamArn));
  target.statements.push(allow(['dynamodb:ListStreams'], '*'));
  addStreamMapping(context, key, es, target, streamArn);
}

function tableStreamArn(context: SynthContext, key: string, source: string | undefined): string {
  const where = ['event_source_config', key, 'source'];
  const withStreams = [...context.tables.values()].filter((t) => t.streamEnabled);
  const table =
    source === undefined
      ? withStreams.length === 1
        ? withStreams[0]
        : undefined
      : context.tables.get(source);
  if (!table) {
    throw configProblem(
      context,
      where,
      source === undefined
        ? 'a DYNAMODB_STREAM source needs `source`: the dynamodb_config key of the table'
        : `no table "${source}" in dynamodb_config`,
      `Set source to one of: ${[...context.tables.keys()].join(', ') || '(no tables)'}.`,
    );
  }
  if (!table.streamEnabled) {
    throw configProblem(
      context,
      where,
      `table "${table.key}" has no stream`,
      `Set dynamodb_config.${table.key}.stream_enabled: true.`,
    );
  }
  return table.table.attrStreamArn;
}
