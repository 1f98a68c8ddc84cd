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
// the old stack's copy, deleted only afterwards). Empty groups make no nested stack. A REST
// API's path resources go the same way, by their first segment, into `PathsNN` stacks: the
// methods reference them there, and they reference only the parent's API.
import { NestedStack, type CfnResource, type Stack } from 'aws-cdk-lib/core';
import { markOrigin } from './context';
import { functionGroupOf, pathGroupOf } from './function-groups';

/** Where each function's resources are created: the stack itself, or its group's nested stack. */
export type ScopeOf = (functionKey: string) => Stack;

/** Every function (or path) in the stack itself. */
export function flatScopes(stack: Stack): ScopeOf {
  return () => stack;
}

/** Functions in nested stacks by group, created on first use. */
export function nestedScopes(stack: Stack): ScopeOf {
  return nestedGroups(stack, functionGroupOf, 'functions', 'lambda_config');
}

/** REST API path resources (and their CORS preflights) in nested stacks by first segment. */
export function nestedPathScopes(stack: Stack): ScopeOf {
  return nestedGroups(stack, pathGroupOf, 'API paths', 'api_gateway_config');
}

function nestedGroups(
  stack: Stack,
  groupOf: (key: string) => string,
  what: string,
  path: string,
): ScopeOf {
  const groups = new Map<string, Stack>();
  return (key) => {
    const group = groupOf(key);
    let nested = groups.get(group);
    if (!nested) {
      nested = new NestedStack(stack, group, {
        description: `${stack.stackName}: ${what} of group ${group}`,
      });
      markOrigin(nested.nestedStackResource as CfnResource, {
        kind: 'nested-stack',
        key: group,
        path,
      });
      groups.set(group, nested);
    }
    return nested;
  };
}
