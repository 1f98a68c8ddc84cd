import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapNagViolations, nagSeverity, runNagPacks } from '../../../src/review/security/nag';
import type { CfnTemplate } from '../../../src/synth/types';
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

describe('runNagPacks (cdk-nag 3, in-process)', () => {
  it('returns AwsSolutions and Serverless violations for a hand-written template', () => {
    const template = JSON.parse(
      readFileSync(join(__dirname, '../../fixtures/review/templates/cost-full.json'), 'utf8'),
    ) as CfnTemplate;
    const started = Date.now();
    const violations = runNagPacks(template);
    const names = violations.map((v) => v.ruleName);
    expect(names).toContain('AwsSolutions-DDB3');
    expect(names).toContain('Serverless-LambdaDLQ');
    expect(violations.find((v) => v.ruleName === 'AwsSolutions-DDB3')?.violatingResources).toEqual([
      expect.objectContaining({ constructPath: 'Review/OrdersTable' }),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
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

describe('includeTemplate', () => {
  it('rebuilds known types as typed L1 constructs and others as plain CfnResources', async () => {
    const { App, Stack, CfnResource } = await import('aws-cdk-lib');
    const { CfnFunction } = await import('aws-cdk-lib/aws-lambda');
    const { includeTemplate } = await import('../../../src/review/security/include');
    const stack = new Stack(new App(), 'Review');
    includeTemplate(stack, {
      Parameters: { Stage: { Type: 'String', Default: 'dev' } },
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
            Code: { ZipFile: 'x' },
            Environment: { Variables: { STAGE: { Ref: 'Stage' } } },
          },
        },
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
        Custom: { Type: 'Custom::Thing', Properties: { Target: { Ref: 'Fn' } } },
      },
    });
    expect(stack.node.findChild('Fn')).toBeInstanceOf(CfnFunction);
    expect(CfnResource.isCfnResource(stack.node.findChild('Custom'))).toBe(true);
    expect(stack.node.findChild('Custom')).not.toBeInstanceOf(CfnFunction);
  });
});

describe('restoreRuleNames', () => {
  it('names each rule after its export, as a bundle that renamed them to "index" needs', async () => {
    const lambdaRules = (await import('cdk-nag/lib/rules/lambda')) as Record<string, unknown>;
    const rule = lambdaRules['LambdaDLQ'] as () => unknown;
    // What ncc's bundle does to every rule: parse(__filename).name === 'index'.
    Object.defineProperty(rule, 'name', { value: 'index' });
    const { restoreRuleNames } = await import('../../../src/review/security/nag-rule-names');
    restoreRuleNames();
    expect(rule.name).toBe('LambdaDLQ');
  });
});
