import { findSecurityIssues } from '../../src/review/security';
import { wholeTemplate } from '../../src/review/whole-template';
import type { CfnTemplate, NestedTemplate } from '../../src/synth/types';
import { deepFreeze } from '../support/deep-freeze';

const STACK = 'AWS::CloudFormation::Stack';

/** A parent with a table and an API, one nested stack per entry of `nested`. */
function stack(
  parentResources: CfnTemplate['Resources'],
  nested: readonly { logicalId: string; template: CfnTemplate }[],
  outputs?: CfnTemplate['Outputs'],
): { template: CfnTemplate; nested: NestedTemplate[] } {
  return deepFreeze({
    template: {
      Resources: parentResources,
      ...(outputs !== undefined && { Outputs: outputs }),
    },
    nested: nested.map((n) => ({ ...n, templateFile: `/out/${n.logicalId}.json` })),
  });
}

describe('wholeTemplate', () => {
  it('returns a flat stack’s template itself', () => {
    const template = deepFreeze({ Resources: { T: { Type: 'AWS::DynamoDB::Table' } } });
    expect(wholeTemplate({ template })).toBe(template);
    expect(wholeTemplate({ template, nested: [] })).toBe(template);
  });

  it('puts every nested resource beside the parent’s, its parameters replaced by what the parent passes', () => {
    const whole = wholeTemplate(
      stack(
        {
          Table: { Type: 'AWS::DynamoDB::Table', Properties: {} },
          Group0: {
            Type: STACK,
            Properties: {
              Parameters: {
                referencetoTableArn: { 'Fn::GetAtt': ['Table', 'Arn'] },
                referencetoTableRef: { Ref: 'Table' },
              },
            },
          },
        },
        [
          {
            logicalId: 'Group0',
            template: {
              Parameters: {
                referencetoTableArn: { Type: 'String' },
                referencetoTableRef: { Type: 'String' },
              },
              Resources: {
                Role: { Type: 'AWS::IAM::Role', Properties: {} },
                Fn: {
                  Type: 'AWS::Lambda::Function',
                  DependsOn: ['Role'],
                  Properties: {
                    Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
                    Environment: {
                      Variables: {
                        TABLE: { Ref: 'referencetoTableRef' },
                        REGION: { Ref: 'AWS::Region' },
                      },
                    },
                  },
                },
                Policy: {
                  Type: 'AWS::IAM::Policy',
                  Properties: {
                    Roles: [{ Ref: 'Role' }],
                    PolicyDocument: {
                      Statement: [{ Resource: { Ref: 'referencetoTableArn' } }],
                    },
                  },
                },
              },
            },
          },
        ],
      ),
    );
    expect(Object.keys(whole.Resources).sort()).toEqual(['Fn', 'Policy', 'Role', 'Table']);
    expect(whole.Resources['Fn']).toEqual({
      Type: 'AWS::Lambda::Function',
      DependsOn: ['Role'],
      Properties: {
        Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Environment: { Variables: { TABLE: { Ref: 'Table' }, REGION: { Ref: 'AWS::Region' } } },
      },
    });
    expect(whole.Resources['Policy']?.Properties).toEqual({
      Roles: [{ Ref: 'Role' }],
      PolicyDocument: { Statement: [{ Resource: { 'Fn::GetAtt': ['Table', 'Arn'] } }] },
    });
  });

  it('follows a nested output to its value, from the parent and from another nested stack', () => {
    const whole = wholeTemplate(
      stack(
        {
          A: {
            Type: STACK,
            Properties: {},
          },
          B: {
            Type: STACK,
            Properties: { Parameters: { fromA: { 'Fn::GetAtt': ['A', 'Outputs.FnArn'] } } },
          },
        },
        [
          {
            logicalId: 'A',
            template: {
              Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: {} } },
              Outputs: { FnArn: { Value: { 'Fn::GetAtt': ['Fn', 'Arn'] } } },
            },
          },
          {
            logicalId: 'B',
            template: {
              Parameters: { fromA: { Type: 'String' } },
              Resources: {
                Rule: {
                  Type: 'AWS::Events::Rule',
                  Properties: { Targets: [{ Arn: { Ref: 'fromA' } }] },
                },
              },
            },
          },
        ],
        { Names: { Value: { 'Fn::GetAtt': ['A', 'Outputs.FnArn'] } } },
      ),
    );
    expect(whole.Resources['Rule']?.Properties).toEqual({
      Targets: [{ Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }],
    });
    expect(whole.Outputs).toEqual({ Names: { Value: { 'Fn::GetAtt': ['Fn', 'Arn'] } } });
    // The nested stacks themselves are plumbing: not resources of the whole.
    expect(Object.values(whole.Resources).map((r) => r.Type)).not.toContain(STACK);
  });

  it('gives a Fn::Sub variable that names a parameter the value the parent passes', () => {
    const whole = wholeTemplate(
      stack(
        {
          Bus: { Type: 'AWS::Events::EventBus' },
          G: { Type: STACK, Properties: { Parameters: { bus: { Ref: 'Bus' } } } },
        },
        [
          {
            logicalId: 'G',
            template: {
              Parameters: { bus: { Type: 'String' } },
              Resources: {
                Fn: {
                  Type: 'AWS::Lambda::Function',
                  Properties: {
                    A: { 'Fn::Sub': 'arn:${AWS::Partition}:events:::event-bus/${bus}' },
                    B: { 'Fn::Sub': ['${bus}-${x}', { x: { Ref: 'bus' } }] },
                    C: { 'Fn::Sub': '${!bus} stays literal' },
                  },
                },
              },
            },
          },
        ],
      ),
    );
    expect(whole.Resources['Fn']?.Properties).toEqual({
      A: {
        'Fn::Sub': ['arn:${AWS::Partition}:events:::event-bus/${bus}', { bus: { Ref: 'Bus' } }],
      },
      B: { 'Fn::Sub': ['${bus}-${x}', { x: { Ref: 'Bus' }, bus: { Ref: 'Bus' } }] },
      C: { 'Fn::Sub': '${!bus} stays literal' },
    });
  });

  it('keeps both of two resources with one logical id, the nested one under its stack’s prefix', () => {
    const whole = wholeTemplate(
      stack({ Queue: { Type: 'AWS::SQS::Queue' }, G: { Type: STACK, Properties: {} } }, [
        {
          logicalId: 'G',
          template: {
            Resources: {
              Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 30 } },
              Policy: {
                Type: 'AWS::SQS::QueuePolicy',
                DependsOn: 'Queue',
                Properties: {
                  Queues: [{ Ref: 'Queue' }],
                  Text: { 'Fn::Sub': '${Queue.Arn}' },
                },
              },
            },
          },
        },
      ]),
    );
    expect(Object.keys(whole.Resources).sort()).toEqual(['GQueue', 'Policy', 'Queue']);
    expect(whole.Resources['GQueue']?.Properties).toEqual({ VisibilityTimeout: 30 });
    expect(whole.Resources['Policy']).toMatchObject({
      DependsOn: 'GQueue',
      Properties: {
        Queues: [{ Ref: 'GQueue' }],
        Text: { 'Fn::Sub': ['${Queue.Arn}', { 'Queue.Arn': { 'Fn::GetAtt': ['GQueue', 'Arn'] } }] },
      },
    });
  });

  it('lets a rule see what a nested resource reaches across the boundary', () => {
    // The queue is shared (the parent's), its mapping the function's (nested): the rule
    // learns the queue has no redrive policy only once the parameter is followed.
    const input = stack(
      {
        Jobs: { Type: 'AWS::SQS::Queue', Properties: {} },
        G: {
          Type: STACK,
          Properties: { Parameters: { jobsArn: { 'Fn::GetAtt': ['Jobs', 'Arn'] } } },
        },
      },
      [
        {
          logicalId: 'G',
          template: {
            Parameters: { jobsArn: { Type: 'String' } },
            Resources: {
              Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
              Mapping: {
                Type: 'AWS::Lambda::EventSourceMapping',
                Properties: { FunctionName: { Ref: 'Fn' }, EventSourceArn: { Ref: 'jobsArn' } },
              },
            },
          },
        },
      ],
    );
    const noDlq = (template: CfnTemplate): (string | undefined)[] =>
      findSecurityIssues({ template, origins: {}, today: '2026-11-28' }, { nag: false })
        .findings.filter((f) => f.rule === 'SA-EVENT-NO-DLQ')
        .map((f) => f.logicalId);
    expect(noDlq(input.template)).toEqual([]);
    expect(noDlq(input.nested[0]!.template)).toEqual([]);
    expect(noDlq(wholeTemplate(input))).toEqual(['Mapping']);
  });
});
