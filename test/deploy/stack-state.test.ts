import { backoffDelay, decideStackAction, isSettled } from '../../src/deploy/stack-state';

describe('decideStackAction', () => {
  it.each([
    [undefined, 'create'],
    ['DELETE_COMPLETE', 'create'],
    ['REVIEW_IN_PROGRESS', 'create-over-review'],
    ['ROLLBACK_COMPLETE', 'recreate'],
    ['CREATE_COMPLETE', 'update'],
    ['UPDATE_ROLLBACK_COMPLETE', 'update'],
    ['UPDATE_IN_PROGRESS', 'wait'],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'wait'],
    ['DELETE_IN_PROGRESS', 'wait'],
    ['UPDATE_ROLLBACK_FAILED', 'blocked'],
    ['DELETE_FAILED', 'blocked'],
  ])('%s -> %s', (status, kind) => {
    expect(decideStackAction('s', status).kind).toBe(kind);
  });

  it('UPDATE_ROLLBACK_FAILED tells how to continue the rollback', () => {
    const decision = decideStackAction('demo-prod', 'UPDATE_ROLLBACK_FAILED');
    expect(decision.kind === 'blocked' && decision.hint).toContain(
      'aws cloudformation continue-update-rollback --stack-name demo-prod',
    );
  });
});

describe('backoffDelay', () => {
  it('starts at 250 ms, grows, and stops at 5 s', () => {
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelay(i));
    expect(delays[0]).toBe(250);
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true);
    expect(Math.max(...delays)).toBe(5000);
  });
});

describe('isSettled', () => {
  it('trusts complete states only', () => {
    expect(isSettled('UPDATE_COMPLETE')).toBe(true);
    expect(isSettled('ROLLBACK_COMPLETE')).toBe(false);
    expect(isSettled('UPDATE_IN_PROGRESS')).toBe(false);
  });
});
