// A deployed stack's resources together with those of its nested stacks, each with the
// template it runs: what the outputs are rebuilt from when CloudFormation left the stack's
// Outputs empty (moto). A nested stack's id is its physical id in the parent (on moto, its
// name, `<parent>-<logicalId>-<random>`); its template is the synthesized one when known,
// else the deployed one (GetTemplate).
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { forEachLimited } from '../assets/publish';
import type { CfnTemplate, NestedTemplate, ResourceOrigin } from '../synth/types';
import { deployedTemplate, listStackResources } from './cfn';
import { NESTED_READ_CONCURRENCY, liveNestedStacks } from './nested';
import { originsOf } from '../synth/origins';
import type { DeployedPart } from './outputs';

export async function deployedParts(
  cfn: CloudFormationClient,
  stackId: string,
  stack: {
    readonly template: CfnTemplate;
    readonly origins: Readonly<Record<string, ResourceOrigin>>;
    /** The synthesized nested templates, by logical id in `template`. */
    readonly nested?: readonly NestedTemplate[];
  },
): Promise<DeployedPart[]> {
  const resources = await listStackResources(cfn, stackId);
  const parts: DeployedPart[] = [{ template: stack.template, origins: stack.origins, resources }];
  const children = liveNestedStacks(resources);
  const nestedParts: DeployedPart[][] = [];
  await forEachLimited(children, NESTED_READ_CONCURRENCY, async (child) => {
    const known = stack.nested?.find((n) => n.logicalId === child.LogicalResourceId)?.template;
    const template = known ?? (await deployedTemplate(cfn, child.PhysicalResourceId!));
    if (template === undefined) return;
    nestedParts.push(
      await deployedParts(cfn, child.PhysicalResourceId!, {
        template,
        origins: originsOf(template),
      }),
    );
  });
  return [...parts, ...nestedParts.flat()];
}
