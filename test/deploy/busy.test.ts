// Telling another deploy in flight from a leftover, by the change set's name and state.
import type { ChangeSetSummary } from '@aws-sdk/client-cloudformation';
import {
  IN_FLIGHT_WINDOW_MS,
  changeSetName,
  deployStartedAt,
  isInFlight,
} from '../../src/deploy/busy';

const NOW = Date.parse('2026-12-02T03:00:00Z');

describe('change sets of deploys in flight', () => {
  it('a deploy names its set with the time; a plan does not mark its set as a deploy', () => {
    const name = changeSetName(new Date(NOW), true);
    expect(name).toMatch(/^serverless-action-deploy-\d+-[0-9a-f]{6}$/);
    expect(deployStartedAt(name)).toBe(NOW);
    expect(deployStartedAt(changeSetName(new Date(NOW), false))).toBeUndefined();
    expect(changeSetName(new Date(NOW), true)).not.toBe(name); // two runs in one millisecond
  });

  it('young and not executed is in flight; old, failed, executing or a plan is not', () => {
    const young = `serverless-action-deploy-${NOW - 10_000}-abcdef`;
    const old = `serverless-action-deploy-${NOW - IN_FLIGHT_WINDOW_MS - 1}-abcdef`;
    const set = (
      ChangeSetName: string,
      Status = 'CREATE_COMPLETE',
      ExecutionStatus = 'AVAILABLE',
    ) => ({ ChangeSetName, Status, ExecutionStatus }) as ChangeSetSummary;
    expect(isInFlight(set(young), NOW)).toBe(true);
    expect(isInFlight(set(young, 'CREATE_IN_PROGRESS', 'UNAVAILABLE'), NOW)).toBe(true);
    expect(isInFlight(set(old), NOW)).toBe(false);
    expect(isInFlight(set(young, 'FAILED', 'UNAVAILABLE'), NOW)).toBe(false);
    expect(isInFlight(set(young, 'CREATE_COMPLETE', 'EXECUTE_IN_PROGRESS'), NOW)).toBe(false);
    expect(isInFlight(set(`serverless-action-${NOW}`), NOW)).toBe(false);
  });
});
