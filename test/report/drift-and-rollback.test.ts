// What the PR comment says about a rollback by alarm and a drift refusal: the failure
// section carries the alarm's name; the drift section the drifted stateful resources.
import type { DescribeStackResourceDriftsOutput } from '@aws-sdk/client-cloudformation';
import { causeOf } from '../../src/action/failure';
import { DriftRefusedError, summarizeDrifts } from '../../src/deploy/drift';
import { DeployFailedError } from '../../src/deploy/run-deploy';
import { renderReport } from '../../src/report/render';
import { resultOf } from '../../src/report/verdict';
import type { Report } from '../../src/report/model';
import { recorded } from '../deploy/recorded';

const at = new Date('2026-12-02T12:00:00Z');
const ALARM =
  'arn:aws:cloudwatch:us-east-1:123456789012:alarm:mi-proyecto-prod-alarm-api-handler-errors';

describe('comment: rollback by alarm and drift (recorded real-AWS shapes)', () => {
  it('a deploy rolled back by a trigger names the alarm in the comment', () => {
    const error = new DeployFailedError('mi-proyecto-prod', 'UPDATE_ROLLBACK_COMPLETE', [], ALARM);
    const report: Report = {
      command: 'deploy',
      stackName: 'mi-proyecto-prod',
      outcome: { kind: 'failure', error: causeOf(error) },
      updatedAt: at,
    };
    const md = renderReport(report, 'full');
    expect(md).toContain(
      'deploy of mi-proyecto-prod was rolled back by alarm mi-proyecto-prod-alarm-api-handler-errors',
    );
    expect(md).toContain('**What to do:** the new version set off');
  });

  it('recorded real-AWS shape: a drift refusal is "refused" and shows the drift section', () => {
    const drifts = recorded<DescribeStackResourceDriftsOutput>('describe-stack-resource-drifts');
    const resources = summarizeDrifts(drifts.StackResourceDrifts!);
    const drift = { stackName: 'mi-proyecto-prod', status: 'DRIFTED' as const, resources };
    const error = new DriftRefusedError(
      drift,
      resources.filter((r) => r.stateful),
    );
    const report: Report = {
      command: 'deploy',
      stackName: 'mi-proyecto-prod',
      outcome: {
        kind: 'failure',
        error: causeOf(error),
        refused: true,
        plan: { stackName: 'mi-proyecto-prod', hasChanges: false, changes: [], drift },
      },
      updatedAt: at,
    };
    expect(resultOf(report)).toBe('refused');
    const md = renderReport(report, 'full');
    expect(md).toContain('(`DRIFT_GUARD`)');
    expect(md).toContain('<b>Drift:</b> 3 resources changed outside CloudFormation');
  });
});
