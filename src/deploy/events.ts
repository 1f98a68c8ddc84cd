// Stack events: printed as they arrive, and read after a failure for the root cause —
// the first resources that failed, not the cascade of "cancelled" failures after them.
import type { StackEvent } from '@aws-sdk/client-cloudformation';

export function formatEvent(event: StackEvent): string {
  const time = event.Timestamp ? event.Timestamp.toISOString().slice(11, 19) : '--:--:--';
  const resource = `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'})`;
  const reason = event.ResourceStatusReason ? `  ${event.ResourceStatusReason}` : '';
  return `${time}  ${(event.ResourceStatus ?? '').padEnd(20)} ${resource}${reason}`;
}

const CASCADE = /cancel+ed|Resource update cancelled|The following resource\(s\) failed/i;

/**
 * The failure events that caused the rest, oldest first: resource (not stack-level) events
 * ending in _FAILED whose reason is not a cancellation caused by another failure.
 */
export function rootCauseEvents(events: readonly StackEvent[]): StackEvent[] {
  const chronological = [...events].sort(
    (a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0),
  );
  const failed = chronological.filter(
    (e) =>
      (e.ResourceStatus ?? '').endsWith('_FAILED') &&
      e.ResourceType !== 'AWS::CloudFormation::Stack' &&
      !CASCADE.test(e.ResourceStatusReason ?? ''),
  );
  if (failed.length > 0) return failed.slice(0, 3);
  // Only stack-level or cascade failures: the stack's own first failure still says something.
  return chronological.filter((e) => (e.ResourceStatus ?? '').endsWith('_FAILED')).slice(0, 1);
}

/**
 * Events newer than `lastSeenId`, oldest first. `newestFirst` is DescribeStackEvents order.
 * Returns all of them when `lastSeenId` is not among them.
 */
export function eventsAfter(
  newestFirst: readonly StackEvent[],
  lastSeenId: string | undefined,
): StackEvent[] {
  const fresh: StackEvent[] = [];
  for (const event of newestFirst) {
    if (lastSeenId !== undefined && event.EventId === lastSeenId) break;
    fresh.push(event);
  }
  return fresh.reverse();
}

const ALARM_ARN = /arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:[^\s,;"'\])]+/;

/**
 * The rollback trigger that rolled the operation back, when a trigger did: CloudFormation
 * names the alarm's ARN in the ResourceStatusReason of the stack's own
 * `UPDATE_ROLLBACK_IN_PROGRESS` (or `ROLLBACK_IN_PROGRESS`) event. Only the ARN is relied
 * on, not the sentence around it. Oldest such event first.
 */
export function triggeringAlarm(events: readonly StackEvent[]): string | undefined {
  const chronological = [...events].sort(
    (a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0),
  );
  for (const event of chronological) {
    if (!/ROLLBACK_IN_PROGRESS$/.test(event.ResourceStatus ?? '')) continue;
    const found = ALARM_ARN.exec(event.ResourceStatusReason ?? '');
    if (found) return found[0];
  }
  return undefined;
}

/** `arn:aws:cloudwatch:us-east-1:123456789012:alarm:name` -> `name`. */
export function alarmNameOf(arn: string): string {
  return arn.slice(arn.indexOf(':alarm:') + ':alarm:'.length);
}
