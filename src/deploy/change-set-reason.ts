// What a change set's StatusReason says: that there is nothing to change, or (for a root
// change set whose nested one failed) where to read the real reason.
import {
  DescribeChangeSetCommand,
  type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';

/** "No changes" is read from the status reason: the Changes array alone cannot tell it apart. */
export function isNoChangesReason(reason: string | undefined): boolean {
  return /didn't contain changes|No updates are to be performed|no changes/i.test(reason ?? '');
}

/**
 * A root change set that failed because a nested one did says only "Nested change set ARN
 * was not successfully created: Currently in FAILED."; the nested set's own reason (one
 * more call per level, best effort) is what names the problem.
 */
export async function withNestedReason(
  cfn: CloudFormationClient,
  reason: string | undefined,
): Promise<string> {
  const text = reason ?? 'no reason given';
  const arn = /Nested change set (arn:\S+) was not successfully created/.exec(text)?.[1];
  if (arn === undefined) return text;
  try {
    const nested = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: arn }));
    if (nested.StatusReason === undefined) return text;
    return `${text} (${nested.StackName ?? arn}: ${await withNestedReason(cfn, nested.StatusReason)})`;
  } catch {
    return text;
  }
}
