// KINESIS: an existing stream ARN, or an on-demand stream the stack creates (KMS-encrypted
// with the AWS-managed key).
import { CfnStream } from '../l1/aws-kinesis';
import type { EventSourceConfig } from '../../config/schema';
import {
  applyRemovalPolicy,
  isArn,
  markOrigin,
  type FunctionHandle,
  type SynthContext,
} from '../context';
import { allow } from '../iam';
import { addStreamMapping } from './mapping';
import { registerMessaging } from './registry';

export const KINESIS_READ_ACTIONS = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
  'kinesis:SubscribeToShard',
];

export function addKinesisSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  let streamArn: string;
  if (isArn(es.source)) {
    streamArn = es.source;
    registerMessaging(context, 'kinesis', [key], {
      arn: streamArn,
      address: streamArn.split('/').pop() ?? streamArn,
      created: false,
    });
  } else {
    const name = es.source ?? key;
    const existing = context.messaging.get(`kinesis:${name}`);
    if (existing) {
      streamArn = existing.arn;
    } else {
      const stream = new CfnStream(context.stack, context.ids.of(name, 'Stream'), {
        name: context.names.name('kinesis', name),
        streamModeDetails: { streamMode: 'ON_DEMAND' },
        streamEncryption: { encryptionType: 'KMS', keyId: 'alias/aws/kinesis' },
        retentionPeriodHours: 24,
      });
      applyRemovalPolicy(context, stream);
      markOrigin(stream, { kind: 'stream', key, path: `event_source_config.${key}` });
      streamArn = stream.attrArn;
      registerMessaging(context, 'kinesis', [key, name], {
        arn: streamArn,
        address: stream.ref,
        created: true,
      });
    }
  }
  target.statements.push(allow(KINESIS_READ_ACTIONS, streamArn));
  target.statements.push(allow(['kinesis:ListStreams'], '*'));
  addStreamMapping(context, key, es, target, streamArn);
}
