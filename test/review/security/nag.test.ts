import { App, Stack } from 'aws-cdk-lib/core';
import { NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { mapNagViolations, nagSeverity } from '../../../src/review/security/nag';
import type { NagRuleEntry } from '../../../src/review/security/nag-rule-entry';
import { NAG_RULES } from '../../../src/review/security/nag-rules.generated';
import { runNagRules } from '../../../src/review/security/nag-tree';
import { CfnTable } from '../../../src/synth/l1/aws-dynamodb';
import { CfnFunction } from '../../../src/synth/l1/aws-lambda';
import { fakeLoaded, origin } from '../support/context';

const origins = {
  ApiRole: origin('role', 'api', 'lambda_config.api'),
  OrdersDlq: origin('dlq', 'orders', 'event_source_config.orders'),
};
const loaded = fakeLoaded({ 'lambda_config.api': 7 });

describe('mapNagViolations', () => {
  it('maps one finding per violating resource, named by config key, located at its entry', () => {
    const findings = mapNagViolations(
      [
        {
          ruleName:
            'AwsSolutions-IAM4[Policy::arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          description: 'The IAM user, role, or group uses AWS managed policies.',
          severity: 'error',
          violatingResources: [
            { constructPath: 'Review/Template/ApiRole' },
            { constructPath: 'Review/Template/Other' },
          ],
        },
      ],
      { origins, loaded },
    );
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      resource: 'api',
      logicalId: 'ApiRole',
      severity: 'medium',
      location: { line: 7 },
    });
    expect(findings[1]).toMatchObject({ resource: 'Other', logicalId: 'Other' });
    expect(findings[0]!.fix).toContain('AwsSolutions-IAM4');
  });

  it('drops pack rules our rules cover and redrive findings on dead-letter queues', () => {
    const v = (ruleName: string, path: string) => ({
      ruleName,
      description: 'd',
      severity: 'error',
      violatingResources: [{ constructPath: path }],
    });
    expect(
      mapNagViolations(
        [
          v('AwsSolutions-SQS4', 'Review/Template/Q'),
          v('AwsSolutions-IAM5[Action::*]', 'Review/Template/P'),
          v('Serverless-SQSRedrivePolicy', 'Review/Template/OrdersDlq'),
        ],
        { origins },
      ),
    ).toEqual([]);
  });

  it('ranks Serverless best practices below AwsSolutions security rules', () => {
    expect(nagSeverity('AwsSolutions-L1', 'error')).toBe('medium');
    expect(nagSeverity('AwsSolutions-DDB3', 'warning')).toBe('low');
    expect(nagSeverity('Serverless-LambdaDLQ', 'error')).toBe('low');
    expect(nagSeverity('Serverless-LambdaTracing', 'warning')).toBe('info');
  });
});

describe('runNagRules (cdk-nag 3, on the construct tree)', () => {
  function smallTree() {
    const app = new App();
    const stack = new Stack(app, 'Review');
    const table = new CfnTable(stack, 'OrdersConstruct', {
      keySchema: [{ attributeName: 'id', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST',
    });
    table.overrideLogicalId('OrdersTable');
    new CfnFunction(stack, 'Fn', {
      role: 'arn:aws:iam::123456789012:role/x',
      code: { zipFile: 'x' },
      runtime: 'nodejs22.x',
      handler: 'index.handler',
    });
    return stack;
  }

  it('names each violating resource by its logical id, not its construct id', () => {
    const violations = runNagRules(smallTree());
    const ddb3 = violations.find((v) => v.ruleName === 'AwsSolutions-DDB3');
    expect(ddb3?.violatingResources).toEqual([
      { constructPath: 'Review/OrdersConstruct', logicalId: 'OrdersTable' },
    ]);
    expect(violations.map((v) => v.ruleName)).toContain('Serverless-LambdaDLQ');
  });

  it('loads only the rules for the types the tree holds', () => {
    const loaded: string[] = [];
    const entry = (suffix: string, types: string[]): NagRuleEntry => ({
      pack: 'AwsSolutions',
      suffix,
      level: 'error',
      types,
      info: `${suffix} fired`,
      load: () => {
        loaded.push(suffix);
        return { default: () => NagRuleCompliance.NON_COMPLIANT };
      },
    });
    const violations = runNagRules(smallTree(), [
      entry('TABLE', ['AWS::DynamoDB::Table']),
      entry('QUEUE', ['AWS::SQS::Queue']),
    ]);
    expect(loaded).toEqual(['TABLE']);
    expect(violations).toEqual([
      expect.objectContaining({ ruleName: 'AwsSolutions-TABLE', description: 'TABLE fired' }),
    ]);
    expect(violations[0]!.violatingResources).toEqual([
      expect.objectContaining({ logicalId: 'OrdersTable' }),
    ]);
  });

  it('keeps only rules for what synth builds, each with a type list', () => {
    expect(NAG_RULES.length).toBeGreaterThan(20);
    const services = new Set(NAG_RULES.flatMap((r) => r.types ?? []).map((t) => t.split('::')[1]));
    expect(services).toContain('Lambda');
    expect(services).not.toContain('SageMaker');
    expect(services).not.toContain('RDS');
  });
});

describe('deadLetterIds', () => {
  it('finds queues used as DLQs, rule-target DLQs and on-failure destinations', async () => {
    const { deadLetterIds } = await import('../../../src/review/security/nag');
    const ids = deadLetterIds({
      Resources: {
        Q: {
          Type: 'AWS::SQS::Queue',
          Properties: { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] } } },
        },
        R: {
          Type: 'AWS::Events::Rule',
          Properties: {
            Targets: [
              {
                Id: 't',
                Arn: 'x',
                DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['RuleDlq', 'Arn'] } },
              },
            ],
          },
        },
        M: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            DestinationConfig: {
              OnFailure: { Destination: { 'Fn::GetAtt': ['Failures', 'Arn'] } },
            },
          },
        },
      },
    });
    expect([...ids].sort()).toEqual(['Dlq', 'Failures', 'RuleDlq']);
    const v = {
      ruleName: 'AwsSolutions-SQS3',
      description: 'd',
      severity: 'error',
      violatingResources: [
        { constructPath: 'Review/Template/RuleDlq' },
        { constructPath: 'Review/Template/Main' },
      ],
    };
    expect(
      mapNagViolations([v], { origins: {}, deadLetterIds: ids }).map((f) => f.logicalId),
    ).toEqual(['Main']);
  });
});
