// A synthesized stack is one template or, past 500 resources, a parent and its nested stacks'
// templates (nesting.ts). Whatever counts, checks or reads resources goes through this one
// list, so that no reader sees the parent alone by forgetting the nested ones.
import type { CfnTemplate, NestedTemplate } from './types';

export interface StackTemplate {
  /** The nested stack's logical id in the parent template; undefined for the parent itself. */
  readonly nestedStack?: string;
  readonly template: CfnTemplate;
}

/** A stack's templates, synthesized or read back from CloudFormation. */
export interface StackTemplates {
  readonly template: CfnTemplate;
  readonly nested?: readonly Pick<NestedTemplate, 'logicalId' | 'template'>[];
}

/** The parent template first, then each nested stack's, in the given order. */
export function templatesOf(stack: StackTemplates): StackTemplate[] {
  return [
    { template: stack.template },
    ...(stack.nested ?? []).map((n) => ({ nestedStack: n.logicalId, template: n.template })),
  ];
}
