// A scripted CloudFormation stand-in for the paths moto cannot produce. Each operation
// answers from a queue of recorded real-AWS shapes; the last answer repeats. It is a plain
// object with a `send`, handed to the engine like a real client (no module mocking).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { DeployDeps, DeployableStack } from '../../src/deploy/context';
import { memoryLogger, type Clock } from '../../src/io';

/** A response, an Error to reject with, or a function of the call's input. */
export type Answer = unknown;

export interface ScriptedCloudFormation {
  readonly client: CloudFormationClient;
  /** Every call made: operation name and input. */
  readonly calls: { name: string; input: Record<string, unknown> }[];
}

export function scriptedCloudFormation(script: Record<string, Answer[]>): ScriptedCloudFormation {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const queues = new Map(Object.entries(script).map(([k, v]) => [k, [...v]]));
  const client = {
    send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push({ name, input: command.input });
      const queue = queues.get(name);
      if (!queue || queue.length === 0) {
        return Promise.reject(new Error(`unscripted call ${name}`));
      }
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      try {
        const value =
          typeof answer === 'function'
            ? (answer as (i: unknown) => unknown)(command.input)
            : answer;
        return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
  return { client: client as unknown as CloudFormationClient, calls };
}

export function stackDoesNotExist(name: string): Error {
  const error = new Error(`Stack with id ${name} does not exist`);
  error.name = 'ValidationError';
  return error;
}

/** Virtual time: sleep advances it instantly and records each delay. */
export function virtualClock(
  start = Date.parse('2024-11-28T08:00:00Z'),
): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(now),
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

export function fakeDeps(cfn: ScriptedCloudFormation, clock = virtualClock()) {
  const unused = { send: () => Promise.reject(new Error('no S3/STS in this test')) } as never;
  const deps: DeployDeps & { logger: ReturnType<typeof memoryLogger>; clock: typeof clock } = {
    clients: {
      region: 'us-east-1',
      cloudFormation: cfn.client,
      cloudFormationOnce: cfn.client,
      s3: unused,
      sts: unused,
    },
    clock,
    logger: memoryLogger(),
  };
  return deps;
}

/** A stack with no file assets (so no S3 or STS), written to a temp assembly. */
export function assetlessStack(stackName = 'mi-proyecto-prod'): DeployableStack {
  const dir = mkdtempSync(join(tmpdir(), 'assetless-'));
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      UsersTable9725E9C8: {
        Type: 'AWS::DynamoDB::Table',
        Properties: { KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] },
        Metadata: {
          'serverless-action:origin': {
            kind: 'table',
            key: 'users',
            path: 'dynamodb_config.users',
          },
        },
      },
    },
  };
  const templateFile = join(dir, `${stackName}.template.json`);
  const assetManifestFile = join(dir, `${stackName}.assets.json`);
  writeFileSync(templateFile, JSON.stringify(template));
  writeFileSync(assetManifestFile, JSON.stringify({ version: '55.0.0', files: {} }));
  return {
    stackName,
    templateFile,
    assetManifestFile,
    template,
    tags: { 'managed-by': 'serverless-action' },
    origins: { UsersTable9725E9C8: { kind: 'table', key: 'users', path: 'dynamodb_config.users' } },
  };
}
