// rollback --continue (UPDATE_ROLLBACK_FAILED) and the pure parts of rollback and history,
// driven by recorded real-AWS shapes: moto produces neither failed rollbacks nor stack events
// nor ContinueUpdateRollback. (rollback to the previous template on moto:
// stack-protection.moto.test.ts.)
import type {
  DescribeStackEventsOutput,
  DescribeStacksOutput,
} from '@aws-sdk/client-cloudformation';
import { parseCli } from '../../src/cli';
import {
  historyEntry,
  historyKey,
  templateHash,
  withoutDigestMarker,
} from '../../src/deploy/history';
import { failedInRollback, runContinueRollback, skipCommand } from '../../src/deploy/run-rollback';
import { deepFreeze } from '../support/deep-freeze';
import { fakeDeps, scriptedCloudFormation } from './fakes';
import { recorded } from './recorded';

const stuck = recorded<DescribeStacksOutput>('describe-stacks-update-rollback-failed');
const events = recorded<DescribeStackEventsOutput>('describe-stack-events-update-rollback-failed');
const done: DescribeStacksOutput = {
  Stacks: [{ ...stuck.Stacks![0]!, StackStatus: 'UPDATE_ROLLBACK_COMPLETE' }],
};

describe('rollback --continue (recorded real-AWS shapes)', () => {
  it('recorded real-AWS shape: the resources that failed during the rollback, not the update failure before it', () => {
    expect(failedInRollback(deepFreeze(events.StackEvents!))).toEqual([
      'UsersTable9725E9C8',
      'ApiHandlerRole8F3C2A10',
    ]);
  });

  it('recorded real-AWS shapes: lists the failed resources and the exact skip command, then continues', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stuck, done],
      DescribeStackEvents: [events],
      ContinueUpdateRollback: [{}],
    });
    const deps = fakeDeps(cfn);
    const result = await runContinueRollback('mi-proyecto-prod', deps, {
      continueCommand: 'serverless-action rollback --continue --environment prod',
    });
    expect(result).toEqual({
      stackName: 'mi-proyecto-prod',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      skipped: [],
    });
    const log = deps.logger.lines.join('\n');
    expect(log).toContain(
      'resources that failed to roll back: UsersTable9725E9C8, ApiHandlerRole8F3C2A10',
    );
    expect(log).toContain(
      'serverless-action rollback --continue --environment prod --skip UsersTable9725E9C8 --skip ApiHandlerRole8F3C2A10',
    );
    expect(cfn.calls.find((c) => c.name === 'ContinueUpdateRollback')!.input).toEqual({
      StackName: stuck.Stacks![0]!.StackId,
    });
  });

  it('recorded real-AWS shapes: --skip passes ResourcesToSkip; an id that did not fail is refused', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stuck, done],
      DescribeStackEvents: [events],
      ContinueUpdateRollback: [{}],
    });
    await runContinueRollback('mi-proyecto-prod', fakeDeps(cfn), { skip: ['UsersTable9725E9C8'] });
    expect(cfn.calls.find((c) => c.name === 'ContinueUpdateRollback')!.input).toMatchObject({
      ResourcesToSkip: ['UsersTable9725E9C8'],
    });
    const again = scriptedCloudFormation({
      DescribeStacks: [stuck],
      DescribeStackEvents: [events],
    });
    await expect(
      runContinueRollback('mi-proyecto-prod', fakeDeps(again), { skip: ['Nope'] }),
    ).rejects.toMatchObject({ code: 'ROLLBACK_BAD_SKIP' });
    expect(again.calls.map((c) => c.name)).not.toContain('ContinueUpdateRollback');
  });

  it('recorded real-AWS shapes: a rollback that fails again names what to skip next', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stuck],
      DescribeStackEvents: [events],
      ContinueUpdateRollback: [{}],
    });
    await expect(runContinueRollback('mi-proyecto-prod', fakeDeps(cfn))).rejects.toMatchObject({
      code: 'ROLLBACK_FAILED',
      hint: expect.stringContaining(
        'serverless-action rollback --continue --skip UsersTable9725E9C8 --skip ApiHandlerRole8F3C2A10',
      ),
    });
  });

  it('refuses a stack that is not stuck', async () => {
    const cfn = scriptedCloudFormation({ DescribeStacks: [done] });
    await expect(runContinueRollback('mi-proyecto-prod', fakeDeps(cfn))).rejects.toMatchObject({
      code: 'ROLLBACK_NOT_STUCK',
    });
    expect(skipCommand(['A'], 'x')).toBe('x --skip A');
  });
});

describe('history (pure)', () => {
  const template = deepFreeze({
    Description: 'demo (serverless-action digest ' + 'a'.repeat(64) + ')',
    Resources: { T: { Type: 'AWS::SQS::Queue' } },
  });

  it('keeps the template without the digest marker, keyed by time so keys sort by time', () => {
    expect(withoutDigestMarker(template).Description).toBe('demo');
    expect(templateHash(template)).toBe(templateHash({ ...template, Description: 'demo' }));
    const entry = historyEntry({
      stackName: 's',
      template,
      tags: { a: 'b' },
      final: { StackStatus: 'UPDATE_COMPLETE' },
      at: new Date('2026-12-02T11:40:17.123Z'),
      commit: 'abc1234',
    });
    expect(entry).toMatchObject({ status: 'UPDATE_COMPLETE', commit: 'abc1234' });
    expect(entry.template.Description).toBe('demo');
    expect(historyKey('s', new Date('2026-12-02T11:40:17.123Z'))).toBe(
      'history/s/2026-12-02T11-40-17-123Z.json',
    );
  });
});

describe('command line', () => {
  it('parses the drift and rollback flags', () => {
    expect(parseCli(['deploy', '--detect-drift', '--allow-drift']).options).toMatchObject({
      detectDrift: true,
      allowDrift: true,
    });
    expect(
      parseCli(['rollback', '--continue', '--skip', 'A', '--skip', 'B']).options,
    ).toMatchObject({ continueRollback: true, skip: ['A', 'B'] });
    expect(parseCli(['rollback', '--template', 'plan-prod']).options.template).toBe('plan-prod');
    expect(parseCli(['drift']).command).toBe('drift');
  });
});
