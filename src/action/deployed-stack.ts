// The deployed stack's templates, for the comment's comparison (cost delta, findings already
// there): the parent's and, when it has nested stacks (more than 500 resources), each nested
// stack's, read by its physical id. Without them a nested stack's functions would count as
// new on every plan.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { forEachLimited } from '../assets/publish';
import { deployedTemplate, listStackResources } from '../deploy/cfn';
import type { StackTemplates } from '../synth/templates';
import { NESTED_READ_CONCURRENCY, hasNestedStacks, liveNestedStacks } from '../deploy/nested';
import type { CfnTemplate } from '../synth/types';

/** undefined when the stack does not exist or its template cannot be read. */
export async function deployedStack(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<StackTemplates | undefined> {
  const template = await deployedTemplate(cfn, stackName).catch(() => undefined);
  if (template === undefined) return undefined;
  if (!hasNestedStacks(template)) return { template };
  // Unreadable, the comparison falls back to the parent's template, as before nesting.
  const children = liveNestedStacks(await listStackResources(cfn, stackName).catch(() => []));
  const nested: { logicalId: string; template: CfnTemplate }[] = [];
  await forEachLimited(children, NESTED_READ_CONCURRENCY, async (child) => {
    const own = await deployedTemplate(cfn, child.PhysicalResourceId!).catch(() => undefined);
    if (own !== undefined) nested.push({ logicalId: child.LogicalResourceId!, template: own });
  });
  return { template, nested: nested.sort((a, b) => a.logicalId.localeCompare(b.logicalId)) };
}
