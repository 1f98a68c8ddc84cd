import type { DescribeStackEventsOutput } from '@aws-sdk/client-cloudformation';
import { eventsAfter, formatEvent, rootCauseEvents } from '../../src/deploy/events';
import { recorded } from './recorded';

const events = recorded<DescribeStackEventsOutput>(
  'describe-stack-events-failed-create',
).StackEvents!;

describe('stack events (recorded real-AWS shape: failed first create with rollback)', () => {
  it('the root cause is the first failed resource, not the cancelled cascade or the stack', () => {
    const cause = rootCauseEvents(events);
    expect(cause.map((e) => e.LogicalResourceId)).toEqual(['ApiHandler5E7490E8']);
    expect(cause[0]?.ResourceStatusReason).toContain('NoSuchKey');
  });

  it('prints time, status, resource and reason', () => {
    const failed = events.find(
      (e) => e.LogicalResourceId === 'ApiHandler5E7490E8' && e.ResourceStatus === 'CREATE_FAILED',
    )!;
    expect(formatEvent(failed)).toMatch(
      /^08:01:38 {2}CREATE_FAILED {8}ApiHandler5E7490E8 \(AWS::Lambda::Function\) {2}Resource handler returned message/,
    );
  });

  it('returns only events newer than the last one seen, oldest first', () => {
    const lastSeen = events[3]!.EventId; // the table's cancelled create
    expect(eventsAfter(events, lastSeen).map((e) => e.ResourceStatus)).toEqual([
      'ROLLBACK_IN_PROGRESS',
      'DELETE_COMPLETE',
      'ROLLBACK_COMPLETE',
    ]);
    expect(eventsAfter(events, undefined)).toHaveLength(events.length);
  });

  it('falls back to the stack-level failure when no resource failed', () => {
    const stackOnly = [{ ...events[2]!, ResourceStatus: 'UPDATE_FAILED' as const }];
    expect(rootCauseEvents(stackOnly)).toHaveLength(1);
  });
});
