// A function's `permissions` and `managed_policies`: statements written in the config, with
// the stack's own resources (`dynamodb:users`, `sqs:orders`, ...) resolved to their ARNs.
// Each statement keeps a Sid naming its index (`Permissions0`, ...), so the review can point
// a wildcard at the line of the statement that wrote it.
import { Fn } from 'aws-cdk-lib/core';
import {
  parseResourceReference,
  usesPseudoParameters,
  type OwnResourceKind,
} from '../config/iam-references';
import type { PermissionStatementConfig } from '../config/schema';
import { configProblem, type SynthContext } from './context';
import type { PolicyStatement } from './iam';
import { permissionSid } from './permission-sids';

export function applyPermissions(context: SynthContext): void {
  for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
    const handle = context.functions.get(fnKey)!;
    (fn.permissions ?? []).forEach((statement, index) => {
      const where = ['lambda_config', fnKey, 'permissions', index];
      handle.statements.push(toStatement(context, statement, index, where));
    });
    const managed = fn.managed_policies ?? [];
    if (managed.length > 0) handle.role.managedPolicyArns = managed.map(withPseudoParameters);
  }
}

function toStatement(
  context: SynthContext,
  statement: PermissionStatementConfig,
  index: number,
  where: readonly (string | number)[],
): PolicyStatement {
  const resources = statement.resources.map((resource, i) =>
    resolveResource(context, resource, [...where, 'resources', i]),
  );
  return {
    Sid: permissionSid(index),
    Effect: statement.effect,
    Action: [...statement.actions],
    Resource: resources.length === 1 ? resources[0] : resources,
    ...(statement.conditions !== undefined && { Condition: structuredClone(statement.conditions) }),
  };
}

/** One written resource -> what the policy says: the ARN, or the stack resource's ARN. */
export function resolveResource(
  context: SynthContext,
  written: string,
  where: readonly (string | number)[],
): unknown {
  const reference = parseResourceReference(written);
  switch (reference.type) {
    case 'any':
      return '*';
    case 'arn':
      return withPseudoParameters(reference.arn);
    case 'own': {
      const arn = ownArn(context, reference.kind, reference.key);
      if (arn === undefined) {
        throw configProblem(
          context,
          where,
          `${reference.kind}:${reference.key} names no resource of this stack`,
        );
      }
      return reference.suffix === '' ? arn : Fn.join('', [arn, reference.suffix]);
    }
    case 'invalid':
      throw configProblem(context, where, reference.reason);
  }
}

function ownArn(context: SynthContext, kind: OwnResourceKind, key: string): string | undefined {
  if (kind === 'dynamodb') return context.tables.get(key)?.table.attrArn;
  return context.messaging.get(`${kind}:${key}`)?.arn;
}

/** An ARN as the template needs it: through Fn::Sub when it names `${AWS::AccountId}` and the like. */
export function withPseudoParameters(arn: string): string {
  return usesPseudoParameters(arn) ? Fn.sub(arn) : arn;
}
