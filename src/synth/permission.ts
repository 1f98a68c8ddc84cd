// Resource-based permission for a service (API Gateway, SNS, S3, EventBridge) to invoke a
// function, scoped to one source ARN and, where the ARN has no account in it, the account.
import { CfnPermission } from './l1/aws-lambda';
import { markOrigin, type FunctionHandle, type SynthContext } from './context';
import { optional } from './optional';
import type { ResourceOrigin } from './types';

export function allowInvoke(
  context: SynthContext,
  id: string,
  target: FunctionHandle,
  principal: string,
  sourceArn: string,
  origin: ResourceOrigin,
  sourceAccount?: string,
): CfnPermission {
  const permission = new CfnPermission(context.scopeOf(target.key), id, {
    action: 'lambda:InvokeFunction',
    functionName: target.invokeArn,
    principal,
    sourceArn,
    ...optional({ sourceAccount }),
  });
  markOrigin(permission, origin);
  return permission;
}
