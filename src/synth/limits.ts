// CloudFormation's limits on one template, checked on the constructs before the assembly is
// written (resources) and on every written template (parameters, outputs, size), so a stack
// CloudFormation would refuse never reaches it. Also reads back the nested stacks' templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IConstruct } from 'constructs';
import { CfnResource, NestedStack, Stack } from 'aws-cdk-lib/core';
import { ServerlessActionError } from '../errors';
import {
  MAX_STACK_RESOURCES,
  MAX_TEMPLATE_BYTES,
  MAX_TEMPLATE_OUTPUTS,
  MAX_TEMPLATE_PARAMETERS,
  type CfnTemplate,
  type NestedTemplate,
} from './types';

export interface StackCount {
  /** The stack's name, or the nested stack's construct id. */
  readonly name: string;
  readonly count: number;
  readonly types: readonly string[];
}

/** Resources per template: the stack's own (nested stack resources included) and each nested stack's. */
export function resourcesByStack(stack: Stack): StackCount[] {
  const byStack = new Map<Stack, string[]>();
  for (const construct of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(construct)) continue;
    const owner = Stack.of(construct);
    const types = byStack.get(owner) ?? [];
    types.push(construct.cfnResourceType);
    byStack.set(owner, types);
  }
  return [...byStack.entries()].map(([owner, types]) => ({
    name: owner === stack ? stack.stackName : owner.node.id,
    count: types.length,
    types,
  }));
}

function nestedStacksOf(stack: IConstruct): NestedStack[] {
  return stack.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c));
}

/** The nested stacks' templates as synthesis wrote them into outDir, by parent logical id. */
export function nestedTemplates(stack: Stack, outDir: string): NestedTemplate[] {
  return nestedStacksOf(stack)
    .map((nested) => {
      const templateFile = join(outDir, nested.templateFile);
      return {
        logicalId: stack.resolve(nested.nestedStackResource!.logicalId) as string,
        templateFile,
        template: JSON.parse(readFileSync(templateFile, 'utf8')) as CfnTemplate,
      };
    })
    .sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}

/** Refuses a written template CloudFormation would refuse: too many parameters or outputs, too big. */
export function checkTemplateLimits(name: string, template: CfnTemplate): void {
  const limits: [string, number, number][] = [
    ['parameters', Object.keys(template.Parameters ?? {}).length, MAX_TEMPLATE_PARAMETERS],
    ['outputs', Object.keys(template.Outputs ?? {}).length, MAX_TEMPLATE_OUTPUTS],
    ['bytes', Buffer.byteLength(JSON.stringify(template)), MAX_TEMPLATE_BYTES],
  ];
  for (const [what, count, limit] of limits) {
    if (count > limit) {
      throw new ServerlessActionError(
        `the template of ${name} would have ${count} ${what}; CloudFormation allows ${limit}`,
        'STACK_TOO_LARGE',
        'Split the config into two projects, or have fewer functions reach the same tables, queues and routes.',
      );
    }
  }
}

export function tooManyResources(types: readonly string[], name: string): ServerlessActionError {
  const count = types.length;
  const byType = new Map<string, number>();
  for (const type of types) byType.set(type, (byType.get(type) ?? 0) + 1);
  const top = [...byType.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  return new ServerlessActionError(
    `${name} would have ${count} resources; CloudFormation allows ${MAX_STACK_RESOURCES} in one stack (largest: ${top})`,
    'STACK_TOO_LARGE',
    `Remove ${count - MAX_STACK_RESOURCES} or more resources: split the config into two projects, ` +
      'or turn off per-resource alarms with monitoring.alarms_enabled: false. Functions are ' +
      'already spread over nested stacks; tables, the API and shared sources stay in the parent.',
  );
}
