// The report's Rollout section: for each changed function, how its version takes traffic and
// which alarms can stop it; nothing when every alias moves at once.
import type { PlanResult } from '../../src/deploy/types';
import { renderRollout } from '../../src/report/rollout';
import type { FunctionRollout } from '../../src/review/rollout';
import { deepFreeze } from '../support/deep-freeze';

const canary: FunctionRollout = {
  function: 'api',
  type: 'Canary10Percent5Minutes',
  alarms: ['shop-prod-api-errors', 'shop-prod-api-throttles'],
  hooks: { preTraffic: 'smoke' },
  logicalIds: ['ApiFunction', 'ApiVersionAB12', 'ApiLiveAlias', 'ApiDeploymentGroup'],
};
const atOnce: FunctionRollout = {
  function: 'worker',
  type: 'AllAtOnce',
  alarms: [],
  hooks: {},
  logicalIds: ['WorkerFunction', 'WorkerVersionCD34', 'WorkerLiveAlias'],
};
const change = (logicalId: string) => ({
  logicalId,
  type: 'AWS::Lambda::Function',
  action: 'Modify' as const,
  replacement: 'False' as const,
  risk: 'safe' as const,
});
const plan = (changes: string[], rollout: FunctionRollout[]): PlanResult =>
  deepFreeze({ stackName: 'shop-prod', hasChanges: true, changes: changes.map(change), rollout });

describe('renderRollout', () => {
  it('lists each changed function with its shift, alarms and hooks', () => {
    const text = renderRollout(plan(['ApiFunction', 'WorkerVersionCD34'], [canary, atOnce]));
    expect(text).toContain('#### Rollout');
    expect(text).toContain(
      '| `api` | 10% for 5 min, then all (`Canary10Percent5Minutes`, CodeDeploy) | `shop-prod-api-errors`, `shop-prod-api-throttles`, pre-traffic hook `smoke` |',
    );
    expect(text).toContain('| `worker` | all at once (`AllAtOnce`) | — |');
  });

  it('leaves out functions the plan does not change', () => {
    const text = renderRollout(plan(['WorkerFunction', 'SomeTable'], [canary, atOnce]));
    expect(text).toBe('');
    const linear = {
      ...canary,
      type: 'Linear10PercentEvery1Minute' as const,
      alarms: [],
      hooks: {},
    };
    expect(renderRollout(plan(['ApiLiveAlias'], [linear]))).toContain(
      '| `api` | 10% more every minute (`Linear10PercentEvery1Minute`, CodeDeploy) | a failed deployment only (no alarms) |',
    );
  });

  it('says nothing without changes or when every function moves at once', () => {
    expect(renderRollout({ ...plan([], [canary]), hasChanges: false })).toBe('');
    expect(renderRollout(plan(['WorkerFunction'], [atOnce]))).toBe('');
    // Without a change set (review --format markdown) every function counts as changed.
    expect(renderRollout(plan([], [canary, atOnce]))).toContain('`worker`');
  });
});
