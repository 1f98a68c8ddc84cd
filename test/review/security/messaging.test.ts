import { messagingEncryption, tlsOnly } from '../../../src/review/security/rules/messaging';
import { contextOf } from '../support/context';

const tlsPolicy = (target: Record<string, unknown>) => ({
  Type: 'AWS::SQS::QueuePolicy',
  Properties: {
    ...target,
    PolicyDocument: {
      Statement: [
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'sqs:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    },
  },
});

describe('SA-QUEUE-ENCRYPTION', () => {
  it('fires on an SNS topic without a KMS key and a queue with SSE turned off', () => {
    const findings = messagingEncryption.check(
      contextOf({
        T: { Type: 'AWS::SNS::Topic', Properties: {} },
        Q: { Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: false } },
      }),
    );
    expect(findings.map((f) => f.logicalId).sort()).toEqual(['Q', 'T']);
  });

  it('stays quiet on default SQS (SSE-SQS) and KMS-encrypted topics', () => {
    expect(
      messagingEncryption.check(
        contextOf({
          Q: { Type: 'AWS::SQS::Queue', Properties: {} },
          T: { Type: 'AWS::SNS::Topic', Properties: { KmsMasterKeyId: 'alias/aws/sns' } },
        }),
      ),
    ).toEqual([]);
  });
});

describe('SA-TLS-ONLY', () => {
  it('fires on a queue without a TLS-only policy', () => {
    expect(
      tlsOnly.check(contextOf({ Q: { Type: 'AWS::SQS::Queue', Properties: {} } })),
    ).toHaveLength(1);
  });

  it('stays quiet when a policy denies aws:SecureTransport false', () => {
    expect(
      tlsOnly.check(
        contextOf({
          Q: { Type: 'AWS::SQS::Queue', Properties: {} },
          P: tlsPolicy({ Queues: [{ Ref: 'Q' }] }),
        }),
      ),
    ).toEqual([]);
  });

  it('does not count an Allow policy', () => {
    const allow = tlsPolicy({ Queues: [{ Ref: 'Q' }] });
    (allow.Properties.PolicyDocument.Statement[0] as Record<string, unknown>)['Effect'] = 'Allow';
    expect(
      tlsOnly.check(contextOf({ Q: { Type: 'AWS::SQS::Queue', Properties: {} }, P: allow })),
    ).toHaveLength(1);
  });
});

describe('the stack’s own resources raise no findings of these rules', () => {
  it('the alarm topic (origin alarm-topic) is suppressed with the reason, not flagged', () => {
    const findings = messagingEncryption.check(
      contextOf(
        { AlarmTopic: { Type: 'AWS::SNS::Topic', Properties: {} } },
        { AlarmTopic: { kind: 'alarm-topic', key: 'monitoring', path: 'monitoring' } },
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.suppressed?.reason).toMatch(/CloudWatch alarms and Budgets cannot publish/);
  });
});
