// Queues, topics, buckets and streams are found by `access` entries under the event
// source's key and under their `source` name, so either spelling works.
import { Fn } from 'aws-cdk-lib/core';
import type { MessagingHandle, SynthContext } from '../context';

export function registerMessaging(
  context: SynthContext,
  kind: MessagingHandle['kind'],
  keys: readonly string[],
  handle: Omit<MessagingHandle, 'kind' | 'key'>,
): void {
  for (const key of new Set(keys)) {
    if (!context.messaging.has(`${kind}:${key}`)) {
      context.messaging.set(`${kind}:${key}`, { kind, key, ...handle });
    }
  }
}

/** `arn:aws:sqs:REGION:ACCOUNT:NAME` -> `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`. */
export function queueUrlFromArn(arn: string): string {
  const [, , , region, account, name] = arn.split(':');
  return `https://sqs.${region}.${Fn.ref('AWS::URLSuffix')}/${account}/${name}`;
}

/** The last `:`-separated part of an ARN (a queue's or topic's name). */
export function nameFromArn(arn: string): string {
  return arn.split(':').pop() ?? arn;
}
