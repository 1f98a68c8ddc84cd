// A small stack with two nested stacks, as synth shapes them (test/fixtures/synth/nested.ts,
// stack big-dev): written to a temporary assembly with its asset manifest, with the names
// the recorded nested change sets (test/fixtures/deploy/aws-recorded/describe-change-set-
// nested-*.json) use. Beside it, S3 and STS stand-ins that log into the CloudFormation
// fake's call list, so a test can tell what went before CreateChangeSet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeployDeps, DeployableStack } from '../../src/deploy/context';
import type { CfnTemplate, ResourceOrigin } from '../../src/synth/types';
import type { ScriptedCloudFormation } from './fakes';

export const F36 = 'Functions36NestedStackFunctions36NestedStackResourceDA4A88B0';
export const F21 = 'Functions21NestedStackFunctions21NestedStackResourceED380815';
export const STACK_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/big-dev/5f2d7a80-b0c1-11ef-8e4a-0e1f2a3b4c5d';
export const ROOT_CHANGE_SET =
  'arn:aws:cloudformation:us-east-1:123456789012:changeSet/serverless-action-deploy-1796234112246-7f25ce/0c7d1e52-8a3b-4f6e-9d21-5b8e3c4a7f10';
export const F36_STACK =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/big-dev-Functions36NestedStackFunctions36NestedStackResourceDA4A88B0-1P2Q3R4S5T6U7/6a3e8b90-b0c1-11ef-9f5b-0a2b3c4d5e6f';
export const F21_STACK =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/big-dev-Functions21NestedStackFunctions21NestedStackResourceED380815-9Z8Y7X6W5V4U/6a41c3e0-b0c1-11ef-a06c-0b3c4d5e6f70';

const origin = (kind: string, key: string, path: string) => ({
  'serverless-action:origin': { kind, key, path },
});
const fn = (key: string) => origin('function', key, `lambda_config.${key}`);

function nestedStackResource(group: string, asset: string): CfnTemplate['Resources'][string] {
  return {
    Type: 'AWS::CloudFormation::Stack',
    Properties: {
      TemplateURL: {
        'Fn::Join': [
          '',
          [
            'https://s3.',
            { Ref: 'AWS::Region' },
            `.amazonaws.com/my-artifacts/assets/${asset}.json`,
          ],
        ],
      },
    },
    Metadata: origin('nested-stack', group, 'lambda_config'),
  };
}

export function parentTemplate(assets: { f36: string; f21: string }): CfnTemplate {
  return {
    Resources: {
      T0Table: {
        Type: 'AWS::DynamoDB::Table',
        Properties: { TableName: 'big-dev-t0' },
        Metadata: origin('table', 't0', 'dynamodb_config.t0'),
      },
      [F36]: nestedStackResource('Functions36', assets.f36),
      [F21]: nestedStackResource('Functions21', assets.f21),
    },
  };
}

/** The Functions36 group (f3 and f44); `memory` and `version` are what an update changes. */
export function functions36(memory: number, version: string): CfnTemplate {
  return {
    Resources: {
      F3LogGroup: {
        Type: 'AWS::Logs::LogGroup',
        Properties: { LogGroupName: '/aws/lambda/big-dev-f3' },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Metadata: origin('log-group', 'f3', 'lambda_config.f3'),
      },
      F3Function: {
        Type: 'AWS::Lambda::Function',
        Properties: { FunctionName: 'big-dev-f3', MemorySize: memory },
        Metadata: fn('f3'),
      },
      [version]: {
        Type: 'AWS::Lambda::Version',
        Properties: { FunctionName: { Ref: 'F3Function' } },
        DeletionPolicy: 'Retain',
        Metadata: origin('function-version', 'f3', 'lambda_config.f3'),
      },
      F3LiveAlias: {
        Type: 'AWS::Lambda::Alias',
        Properties: {
          FunctionName: { Ref: 'F3Function' },
          FunctionVersion: { 'Fn::GetAtt': [version, 'Version'] },
          Name: 'live',
        },
        Metadata: origin('alias', 'f3', 'lambda_config.f3'),
      },
    },
  };
}

/** The Functions21 group (f8); `logGroupName` is what the data-loss case changes. */
export function functions21(logGroupName: string): CfnTemplate {
  return {
    Resources: {
      F8LogGroup: {
        Type: 'AWS::Logs::LogGroup',
        Properties: { LogGroupName: logGroupName },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Metadata: origin('log-group', 'f8', 'lambda_config.f8'),
      },
      F8Function: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          FunctionName: 'big-dev-f8',
          LoggingConfig: { LogGroup: { Ref: 'F8LogGroup' } },
        },
        Metadata: fn('f8'),
      },
    },
  };
}

/** The stack being deployed: f3 at 256 MB with a new version; f8 with the given log group name. */
export function nestedDeployable(f8LogGroup = '/aws/lambda/big-dev-f8'): DeployableStack {
  const dir = mkdtempSync(join(tmpdir(), 'nested-deploy-'));
  const nested = [
    {
      logicalId: F36,
      file: 'bigdevFunctions36.nested.template.json',
      asset: 'a36',
      template: functions36(256, 'F3Version6C0D5B1A'),
    },
    {
      logicalId: F21,
      file: 'bigdevFunctions21.nested.template.json',
      asset: 'a21',
      template: functions21(f8LogGroup),
    },
  ];
  const template = parentTemplate({ f36: 'a36', f21: 'a21' });
  const templateFile = join(dir, 'big-dev.template.json');
  const assetManifestFile = join(dir, 'big-dev.assets.json');
  writeFileSync(templateFile, JSON.stringify(template));
  for (const n of nested) writeFileSync(join(dir, n.file), JSON.stringify(n.template));
  writeFileSync(
    assetManifestFile,
    JSON.stringify({
      version: '55.0.0',
      files: Object.fromEntries(
        nested.map((n) => [
          n.asset,
          {
            source: { path: n.file, packaging: 'file' },
            destinations: {
              d: { bucketName: 'my-artifacts', objectKey: `assets/${n.asset}.json` },
            },
          },
        ]),
      ),
    }),
  );
  const origins: Record<string, ResourceOrigin> = {};
  for (const t of [template, ...nested.map((n) => n.template)]) {
    for (const [id, r] of Object.entries(t.Resources)) {
      const o = r.Metadata?.['serverless-action:origin'] as ResourceOrigin | undefined;
      if (o) origins[id] = o;
    }
  }
  return {
    stackName: 'big-dev',
    templateFile,
    assetManifestFile,
    template,
    nested: nested.map((n) => ({
      logicalId: n.logicalId,
      templateFile: join(dir, n.file),
      template: n.template,
    })),
    tags: { project: 'big', environment: 'dev', 'managed-by': 'serverless-action' },
    origins,
  };
}

/** S3 (every object missing, every upload accepted) and STS, logging into `cfn.calls`. */
export function withStorage(deps: DeployDeps, cfn: ScriptedCloudFormation): DeployDeps {
  const log =
    (service: string, answer: (name: string) => unknown) =>
    (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = `${service}.${command.constructor.name.replace(/Command$/, '')}`;
      cfn.calls.push({ name, input: command.input });
      const value = answer(name);
      return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
    };
  const missing = Object.assign(new Error('NotFound'), { $metadata: { httpStatusCode: 404 } });
  return {
    ...deps,
    clients: {
      ...deps.clients,
      s3: { send: log('S3', (name) => (name === 'S3.HeadObject' ? missing : {})) } as never,
      sts: {
        send: log('STS', () => ({
          Account: '123456789012',
          Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/session',
        })),
      } as never,
    },
  };
}
