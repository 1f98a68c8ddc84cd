// One builder per event-source type; a new type adds a file and a line here.
import type { EventSourceConfig, EventSourceTypeName } from '../../config/schema';
import { targetFunction, type FunctionHandle, type SynthContext } from '../context';
import { addDynamoDbStreamSource } from './dynamodb-stream';
import { addKinesisSource } from './kinesis';
import { addEventBridgeSource, addScheduleSource } from './rule';
import { addS3Source } from './s3';
import { addSnsSource } from './sns';
import { addSqsSource } from './sqs';

type SourceBuilder = (
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
) => void;

const BUILDERS: Readonly<Record<EventSourceTypeName, SourceBuilder>> = {
  SQS: addSqsSource,
  SNS: addSnsSource,
  S3: addS3Source,
  DYNAMODB_STREAM: addDynamoDbStreamSource,
  KINESIS: addKinesisSource,
  SCHEDULE: addScheduleSource,
  EVENTBRIDGE: addEventBridgeSource,
};

export function addEventSources(context: SynthContext): void {
  for (const [key, es] of Object.entries(context.config.event_source_config)) {
    const target = targetFunction(context, es.function, ['event_source_config', key, 'function']);
    BUILDERS[es.type](context, key, es, target);
  }
}
