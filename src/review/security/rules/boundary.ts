// SA-IAM-NO-BOUNDARY: a production stack whose roles carry no permissions boundary. The
// boundary caps what any of the stack's roles can ever be granted, whatever a later change
// to `permissions` or `managed_policies` adds; in production that cap is worth having.
import { resourcesOfType } from '../../template';
import type { RuleContext, SecurityRule } from '../rule';
import type { Finding } from '../../types';
import { isProdLikeEnvironment } from '../../../config/ephemeral';
export { PRODUCTION_ENVIRONMENT } from '../../../config/ephemeral';

export const rolesWithoutBoundary: SecurityRule = {
  id: 'SA-IAM-NO-BOUNDARY',
  title: 'Production roles without a permissions boundary',
  severity: 'medium',
  help: 'A permissions boundary caps what a role can be granted. Without one, a single over-broad statement in a production stack is all the access an attacker in the function needs.',
  check(context: RuleContext): Finding[] {
    const loaded = context.loaded;
    if (loaded === undefined || !isProdLikeEnvironment(loaded.config.environment)) return [];
    const roles = resourcesOfType(context.template, 'AWS::IAM::Role', context.origins).filter(
      (role) => role.properties['PermissionsBoundary'] === undefined,
    );
    if (roles.length === 0) return [];
    const location = loaded.locate(['iam', 'permissions_boundary']);
    return [
      {
        rule: this.id,
        severity: this.severity,
        resource: 'iam',
        message: `environment ${loaded.config.environment} creates ${roles.length} IAM role${roles.length > 1 ? 's' : ''} without a permissions boundary (${roles.map((r) => r.origin?.key ?? r.logicalId).join(', ')})`,
        fix: 'Set iam.permissions_boundary to a managed policy ARN (e.g. the boundary examples/oidc-role creates): `iam: { permissions_boundary: arn:aws:iam::<account>:policy/<boundary> }`.',
        location,
      },
    ];
  },
};
