// `iam.permissions_boundary`: every role the stack creates carries it. An aspect, not a
// property each builder must remember: it reaches roles added by any builder, now or later.
import { Aspects, CfnResource, type IAspect, type Stack } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import { withPseudoParameters } from './permissions';

export const ROLE_TYPE = 'AWS::IAM::Role';

class PermissionsBoundary implements IAspect {
  constructor(private readonly boundaryArn: string) {}

  visit(node: IConstruct): void {
    if (CfnResource.isCfnResource(node) && node.cfnResourceType === ROLE_TYPE) {
      node.addPropertyOverride('PermissionsBoundary', this.boundaryArn);
    }
  }
}

export function applyPermissionsBoundary(stack: Stack, boundaryArn: string | undefined): void {
  if (boundaryArn === undefined) return;
  Aspects.of(stack).add(new PermissionsBoundary(withPseudoParameters(boundaryArn)));
}
