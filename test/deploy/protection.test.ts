// Stack protection (protection.ts): the policies and what to change are pure; the calls are
// driven through a scripted client with recorded real-AWS shapes, since moto implements
// neither UpdateTerminationProtection nor stack events. (The stack policy on moto itself:
// stack-protection.moto.test.ts.)
import type { DescribeStacksOutput } from '@aws-sdk/client-cloudformation';
import { STATEFUL_TYPES } from '../../src/deploy/classify';
import {
  ensureProtection,
  isProtective,
  openPolicy,
  protectivePolicy,
  wantedPolicy,
  withRelaxedPolicy,
} from '../../src/deploy/protection';
import { refuseReason } from '../../src/deploy/run-destroy';
import { resolveStackSettings } from '../../src/deploy/stack-defaults';
import { memoryLogger } from '../../src/io';
import { scriptedCloudFormation } from './fakes';
import { recorded } from './recorded';

const prod = resolveStackSettings('prod', undefined);
const preview = resolveStackSettings('pr-4', undefined);

describe('stack policy (pure)', () => {
  it('denies Replace and Delete on every stateful type the data-loss guard knows, allows the rest', () => {
    const policy = JSON.parse(protectivePolicy()) as {
      Statement: { Effect: string; Action: unknown; Condition?: unknown }[];
    };
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Action: 'Update:*' });
    expect(policy.Statement[1]).toMatchObject({
      Effect: 'Deny',
      Action: ['Update:Replace', 'Update:Delete'],
      Condition: { StringEquals: { ResourceType: [...STATEFUL_TYPES].sort() } },
    });
    expect(isProtective(protectivePolicy())).toBe(true);
    expect(isProtective(JSON.stringify(JSON.parse(protectivePolicy()), null, 2))).toBe(true);
    expect(isProtective(openPolicy())).toBe(false);
    expect(isProtective(undefined)).toBe(false);
  });

  it('sets the policy only when missing; opens only its own policy when protection is off', () => {
    expect(wantedPolicy(prod, undefined)).toBe(protectivePolicy());
    expect(wantedPolicy(prod, protectivePolicy())).toBeUndefined();
    const off = { ...prod, protectStateful: false };
    expect(wantedPolicy(off, protectivePolicy())).toBe(openPolicy());
    expect(wantedPolicy(off, '{"Statement":[{"Effect":"Deny"}]}')).toBeUndefined();
  });
});

describe('destroy and termination protection', () => {
  const stack = {
    StackName: 'mi-proyecto-prod',
    Tags: [{ Key: 'managed-by', Value: 'serverless-action' }],
    EnableTerminationProtection: true,
  };
  it('refuses a protected stack even with --force, and names the exact command that lifts it', () => {
    const refusal = refuseReason(stack, true);
    expect(refusal?.message).toContain('has termination protection');
    expect(refusal?.hint).toContain(
      'aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name mi-proyecto-prod',
    );
    expect(refusal?.hint).toContain('termination_protection: false');
    expect(refuseReason({ ...stack, EnableTerminationProtection: false }, true)).toBeUndefined();
  });
});

describe('ensureProtection (recorded real-AWS shapes)', () => {
  const deployed = recorded<DescribeStacksOutput>('describe-stacks-update-rollback-failed')
    .Stacks![0]!;

  it('recorded real-AWS shape: turns termination protection on and sets the policy, one call each', async () => {
    const cfn = scriptedCloudFormation({
      UpdateTerminationProtection: [{ StackId: deployed.StackId }],
      GetStackPolicy: [{}],
      SetStackPolicy: [{}],
    });
    const logger = memoryLogger();
    const changed = await ensureProtection(cfn.client, deployed, prod, logger);
    expect(changed).toEqual(['termination protection on', 'stack policy set']);
    expect(cfn.calls.map((c) => c.name)).toEqual([
      'UpdateTerminationProtection',
      'GetStackPolicy',
      'SetStackPolicy',
    ]);
    expect(cfn.calls[0]!.input).toEqual({
      StackName: deployed.StackId,
      EnableTerminationProtection: true,
    });
  });

  it('makes no call when the stack already is as wanted; a preview is left alone', async () => {
    const cfn = scriptedCloudFormation({
      GetStackPolicy: [{ StackPolicyBody: protectivePolicy() }],
    });
    const changed = await ensureProtection(
      cfn.client,
      { ...deployed, EnableTerminationProtection: true },
      prod,
      memoryLogger(),
    );
    expect(changed).toEqual([]);
    expect(cfn.calls.map((c) => c.name)).toEqual(['GetStackPolicy']);
    const none = scriptedCloudFormation({});
    expect(await ensureProtection(none.client, deployed, preview, memoryLogger())).toEqual([]);
    expect(none.calls).toEqual([]);
  });

  it('an endpoint without UpdateTerminationProtection (moto) gets a warning, not a failed deploy', async () => {
    // What moto 5.2.1 answers (measured): an HTML error page the SDK cannot parse.
    const notImplemented = new Error(
      '@aws-sdk XML parse error: mismatched tags <html> and </title>.',
    );
    const cfn = scriptedCloudFormation({
      UpdateTerminationProtection: [notImplemented],
      GetStackPolicy: [{}],
      SetStackPolicy: [{}],
    });
    const logger = memoryLogger();
    expect(await ensureProtection(cfn.client, deployed, prod, logger)).toEqual([
      'stack policy set',
    ]);
    expect(logger.lines.join('\n')).toMatch(/could not set termination protection.*continuing/);
  });

  it('any other error still fails', async () => {
    const cfn = scriptedCloudFormation({
      UpdateTerminationProtection: [Object.assign(new Error('Throttling'), { name: 'Throttling' })],
    });
    await expect(ensureProtection(cfn.client, deployed, prod, memoryLogger())).rejects.toThrow(
      'Throttling',
    );
  });
});

describe('allow-replacement relaxes the policy for one execution', () => {
  it('relaxes, runs, restores; and restores when the execution fails', async () => {
    const cfn = scriptedCloudFormation({ SetStackPolicy: [{}] });
    const order: string[] = [];
    await withRelaxedPolicy(cfn.client, 'mi-proyecto-prod', true, memoryLogger(), () => {
      order.push('execute');
      return Promise.resolve();
    });
    const failing = withRelaxedPolicy(cfn.client, 'mi-proyecto-prod', true, memoryLogger(), () =>
      Promise.reject(new Error('UPDATE_ROLLBACK_COMPLETE')),
    );
    await expect(failing).rejects.toThrow('UPDATE_ROLLBACK_COMPLETE');
    const bodies = cfn.calls.map((c) => c.input['StackPolicyBody']);
    expect(bodies).toEqual([openPolicy(), protectivePolicy(), openPolicy(), protectivePolicy()]);
    expect(order).toEqual(['execute']);
  });

  it('without allow-replacement nothing is called', async () => {
    const cfn = scriptedCloudFormation({});
    expect(
      await withRelaxedPolicy(cfn.client, 's', false, memoryLogger(), () => Promise.resolve(7)),
    ).toBe(7);
    expect(cfn.calls).toEqual([]);
  });
});
