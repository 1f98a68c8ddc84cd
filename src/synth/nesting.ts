// Past CloudFormation's 500 resources a stack is split: each function, with everything that
// exists for it alone (log group, role, version, alias, alarms, permissions, API methods or
// routes, event source mappings, subscriptions, rules, deployment group), goes into one of
// a fixed number of nested stacks; tables, the API, shared queues, topics, buckets and
// layers stay in the parent. CDK wires what crosses the boundary (parameters in, outputs
// out).
//
// A function's group is a hash of its config key alone, over a fixed number of groups: adding
// or removing a function never moves another, which matters because CloudFormation cannot
// move a named function between stacks in one update (the new stack's create collides with
// the old stack's copy, deleted only afterwards). Empty groups make no nested stack.
import { NestedStack, type CfnResource, type Stack } from 'aws-cdk-lib/core';
import { markOrigin } from './context';
import { functionGroupOf } from './function-groups';

/** Where each function's resources are created: the stack itself, or its group's nested stack. */
export type ScopeOf = (functionKey: string) => Stack;

/** Every function in the stack itself. */
export function flatScopes(stack: Stack): ScopeOf {
  return () => stack;
}

/** Functions in nested stacks by group, created on first use. */
export function nestedScopes(stack: Stack): ScopeOf {
  const groups = new Map<string, Stack>();
  return (functionKey) => {
    const group = functionGroupOf(functionKey);
    let nested = groups.get(group);
    if (!nested) {
      nested = new NestedStack(stack, group, {
        description: `${stack.stackName}: functions of group ${group}`,
      });
      markOrigin(nested.nestedStackResource as CfnResource, {
        kind: 'nested-stack',
        key: group,
        path: 'lambda_config',
      });
      groups.set(group, nested);
    }
    return nested;
  };
}
