// SA-QUEUE-ENCRYPTION and SA-TLS-ONLY: queues and topics whose messages sit unencrypted, or
// that accept requests over plain HTTP.
import {
  asArray,
  isRecord,
  prop,
  referencedIds,
  resourcesOfType,
  type TemplateResource,
} from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

/** SQS encrypts new queues with SSE-SQS unless told not to; SNS encrypts only with a KMS key. */
function isEncrypted(resource: TemplateResource): boolean {
  if (resource.properties['KmsMasterKeyId'] !== undefined) return true;
  if (resource.type === 'AWS::SQS::Queue') {
    const managed = resource.properties['SqsManagedSseEnabled'];
    return managed !== false && managed !== 'false';
  }
  return false;
}

export const messagingEncryption: SecurityRule = {
  id: 'SA-QUEUE-ENCRYPTION',
  title: 'Queue or topic without encryption at rest',
  severity: 'medium',
  help: 'Messages often carry personal data; unencrypted queues and topics keep it in plaintext at rest.',
  check(context: RuleContext): Finding[] {
    return resourcesOfType(
      context.template,
      ['AWS::SQS::Queue', 'AWS::SNS::Topic'],
      context.origins,
    )
      .filter((r) => !isEncrypted(r))
      .map((r) => {
        const finding = findingFor(context, this, r, {
          message:
            r.type === 'AWS::SNS::Topic'
              ? 'SNS topic is not encrypted at rest (no KMS key)'
              : 'SQS queue has server-side encryption turned off',
          fix:
            r.type === 'AWS::SNS::Topic'
              ? 'Encrypt the topic with a KMS key (the AWS managed alias/aws/sns or your own).'
              : 'Leave SqsManagedSseEnabled on or set a KMS key.',
        });
        return r.origin?.kind === ALARM_TOPIC_KIND
          ? { ...finding, suppressed: { reason: ALARM_TOPIC_REASON } }
          : finding;
      });
  },
};

/** The origin kind of the stack's own alarm topic (synth/monitoring.ts). */
const ALARM_TOPIC_KIND = 'alarm-topic';

/**
 * Why the stack's own alarm topic is left unencrypted on purpose, shown with the suppressed
 * findings rather than flagged on every run.
 */
export const ALARM_TOPIC_REASON =
  "the stack's own alarm topic: CloudWatch alarms and Budgets cannot publish to a topic " +
  'encrypted with the AWS managed key (aws/sns), and a customer managed key would cost ' +
  '$1/month to protect alarm names and states, which carry no application data';

/** True when a policy on the resource denies requests with aws:SecureTransport false. */
function deniesInsecureTransport(policyDocument: unknown): boolean {
  return asArray(prop(policyDocument, 'Statement')).some(
    (s) =>
      isRecord(s) &&
      s['Effect'] === 'Deny' &&
      ['false', false].includes(
        prop(s, 'Condition', 'Bool', 'aws:SecureTransport') as string | boolean,
      ),
  );
}

export const tlsOnly: SecurityRule = {
  id: 'SA-TLS-ONLY',
  title: 'Queue or topic accepts requests without TLS',
  severity: 'low',
  help: 'Without a policy denying aws:SecureTransport=false, clients may send and receive messages over plain HTTP.',
  check(context: RuleContext): Finding[] {
    const protectedIds = new Set<string>();
    for (const policy of resourcesOfType(context.template, [
      'AWS::SQS::QueuePolicy',
      'AWS::SNS::TopicPolicy',
    ])) {
      if (!deniesInsecureTransport(policy.properties['PolicyDocument'])) continue;
      referencedIds([policy.properties['Queues'], policy.properties['Topics']], protectedIds);
    }
    return resourcesOfType(
      context.template,
      ['AWS::SQS::Queue', 'AWS::SNS::Topic'],
      context.origins,
    )
      .filter((r) => !protectedIds.has(r.logicalId))
      .map((r) =>
        findingFor(context, this, r, {
          message: `${r.type === 'AWS::SNS::Topic' ? 'topic' : 'queue'} has no policy requiring TLS (aws:SecureTransport)`,
          fix: 'Add a resource policy that denies every action when aws:SecureTransport is false (synth does this for queues and topics it creates; report it if you see this on one of those).',
        }),
      );
  },
};
