// Drift detection (drift.ts) and its place in plan and deploy, driven by recorded real-AWS
// response shapes: moto implements neither DetectStackDrift nor its status or results.
import type {
  DescribeStackDriftDetectionStatusOutput,
  DescribeStackResourceDriftsOutput,
  DescribeStacksOutput,
  DetectStackDriftOutput,
  Stack,
} from '@aws-sdk/client-cloudformation';
import { runDeploy, runPlan } from '../../src/deploy';
import {
  DriftRefusedError,
  assertNoStatefulDrift,
  detectDrift,
  formatDriftText,
  summarizeDrifts,
} from '../../src/deploy/drift';
import { memoryLogger } from '../../src/io';
import { renderDrift } from '../../src/report/drift';
import { SECTIONS } from '../../src/report/render';
import { deepFreeze } from '../support/deep-freeze';
import { assetlessStack, fakeDeps, scriptedCloudFormation, virtualClock } from './fakes';
import { recorded } from './recorded';

const STACK_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/mi-proyecto-prod/8e6f5a40-ad5f-11ef-9a3b-0a1b2c3d4e5f';
const detect = recorded<DetectStackDriftOutput>('detect-stack-drift');
const inProgress = recorded<DescribeStackDriftDetectionStatusOutput>(
  'describe-stack-drift-detection-status-in-progress',
);
const drifted = recorded<DescribeStackDriftDetectionStatusOutput>(
  'describe-stack-drift-detection-status-drifted',
);
const drifts = recorded<DescribeStackResourceDriftsOutput>('describe-stack-resource-drifts');
const origins = {
  UsersTable9725E9C8: { kind: 'table', key: 'users', path: 'dynamodb_config.users' },
};
const stackIn = (status: string, extra: Partial<Stack> = {}): DescribeStacksOutput => ({
  Stacks: [
    {
      StackName: 'mi-proyecto-prod',
      StackId: STACK_ID,
      StackStatus: status as never,
      CreationTime: new Date(),
      ...extra,
    },
  ],
});

describe('drift (recorded real-AWS shapes)', () => {
  it('recorded real-AWS shape: drifted resources, stateful first, with their properties and config keys', () => {
    const resources = summarizeDrifts(deepFreeze(drifts.StackResourceDrifts!), deepFreeze(origins));
    expect(resources.map((r) => [r.logicalId, r.status, r.stateful])).toEqual([
      ['JobsQueue4F2A1B3C', 'DELETED', true],
      ['UsersTable9725E9C8', 'MODIFIED', true],
      ['ApiHandler5E7490E8', 'MODIFIED', false],
    ]);
    expect(resources[1]).toMatchObject({
      resource: 'users',
      configPath: 'dynamodb_config.users',
      properties: [
        {
          path: '/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled',
          expected: 'true',
          actual: 'false',
          difference: 'NOT_EQUAL',
        },
      ],
    });
  });

  it('recorded real-AWS shapes: detection is polled with the injected clock, then read with filters', async () => {
    const cfn = scriptedCloudFormation({
      DetectStackDrift: [detect],
      DescribeStackDriftDetectionStatus: [inProgress, inProgress, drifted],
      DescribeStackResourceDrifts: [
        { StackResourceDrifts: drifts.StackResourceDrifts!.slice(0, 1), NextToken: 'p2' },
        { StackResourceDrifts: drifts.StackResourceDrifts!.slice(1) },
      ],
    });
    const clock = virtualClock();
    const report = await detectDrift(cfn.client, STACK_ID, {
      clock,
      logger: memoryLogger(),
      origins,
    });
    expect(report.status).toBe('DRIFTED');
    expect(report.detectionId).toBe('b78ac9b0-dec1-11e7-a451-503a3e3b4c36');
    expect(report.resources).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 1500]);
    const reads = cfn.calls.filter((c) => c.name === 'DescribeStackResourceDrifts');
    expect(reads[0]!.input['StackResourceDriftStatusFilters']).toEqual(['MODIFIED', 'DELETED']);
    expect(reads[1]!.input['NextToken']).toBe('p2');
  });

  it('bounded: gives up after the timeout, saying what to do', async () => {
    const cfn = scriptedCloudFormation({
      DetectStackDrift: [detect],
      DescribeStackDriftDetectionStatus: [inProgress],
    });
    await expect(
      detectDrift(cfn.client, STACK_ID, {
        clock: virtualClock(),
        logger: memoryLogger(),
        timeoutMs: 10_000,
      }),
    ).rejects.toMatchObject({ code: 'DRIFT_TIMEOUT' });
  });

  it('an endpoint without drift detection (moto) gives UNKNOWN with the reason, not an error', async () => {
    const cfn = scriptedCloudFormation({
      DetectStackDrift: [
        Object.assign(new Error('The DetectStackDrift action has not been implemented'), {
          name: 'NotImplementedError',
        }),
      ],
    });
    const report = await detectDrift(cfn.client, STACK_ID, {
      clock: virtualClock(),
      logger: memoryLogger(),
    });
    expect(report.status).toBe('UNKNOWN');
    expect(formatDriftText({ ...report, stackName: 'mi-proyecto-prod' })).toContain(
      'drift unknown (this endpoint does not implement drift detection',
    );
  });

  it('stateful drift refuses a deploy unless allowed; other drift does not', () => {
    const resources = summarizeDrifts(drifts.StackResourceDrifts!, origins);
    const report = { stackName: 'mi-proyecto-prod', status: 'DRIFTED' as const, resources };
    expect(() => assertNoStatefulDrift(report, false)).toThrow(DriftRefusedError);
    expect(() => assertNoStatefulDrift(report, false)).toThrow(
      /users \(AWS::DynamoDB::Table, UsersTable9725E9C8\) MODIFIED: \/PointInTimeRecoverySpecification\/PointInTimeRecoveryEnabled true -> false/,
    );
    expect(() => assertNoStatefulDrift(report, true)).not.toThrow();
    const onlyCode = { ...report, resources: resources.filter((r) => !r.stateful) };
    expect(() => assertNoStatefulDrift(onlyCode, false)).not.toThrow();
  });

  it('recorded real-AWS shapes: plan --detect-drift puts the drift into the plan result; deploy refuses before any change set', async () => {
    const script = () => ({
      DescribeStacks: [stackIn('UPDATE_COMPLETE')],
      DetectStackDrift: [detect],
      DescribeStackDriftDetectionStatus: [drifted],
      DescribeStackResourceDrifts: [drifts],
      ListChangeSets: [{ Summaries: [] }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: 'cs', StackId: STACK_ID }],
      DescribeChangeSet: [
        {
          Status: 'FAILED',
          StatusReason: "The submitted information didn't contain changes.",
        },
      ],
      DeleteChangeSet: [{}],
    });
    const planned = await runPlan(assetlessStack(), fakeDeps(scriptedCloudFormation(script())), {
      detectDrift: true,
    });
    expect(planned.result.drift?.status).toBe('DRIFTED');
    expect(planned.result.drift?.resources.map((r) => r.logicalId)).toContain('UsersTable9725E9C8');

    const cfn = scriptedCloudFormation(script());
    const error = await runDeploy(assetlessStack(), fakeDeps(cfn), { detectDrift: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'DRIFT_GUARD' });
    expect(cfn.calls.map((c) => c.name)).not.toContain('CreateChangeSet');
  });
});

describe('drift comment section', () => {
  const resources = summarizeDrifts(drifts.StackResourceDrifts!, origins);
  const report = { stackName: 'mi-proyecto-prod', status: 'DRIFTED' as const, resources };

  it('is registered in SECTIONS and lists resources and properties, opened when stateful', () => {
    expect(SECTIONS.map((s) => s.id)).toContain('drift');
    const md = renderDrift(report, 'full');
    expect(md).toContain('<details open>');
    expect(md).toContain('3 resources changed outside CloudFormation (2 stateful');
    expect(md).toContain(
      '| `/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled` | `true` | `false` |',
    );
    expect(md).toMatch(/🛑 `JobsQueue4F2A1B3C` \| AWS::SQS::Queue \| deleted/);
  });

  it('says "none" and "unknown" in words', () => {
    expect(renderDrift({ ...report, status: 'IN_SYNC', resources: [] }, 'full')).toContain(
      '**Drift:** none',
    );
    expect(
      renderDrift(
        { ...report, status: 'UNKNOWN', reason: 'not implemented', resources: [] },
        'full',
      ),
    ).toBe('**Drift:** unknown — not implemented');
  });
});
