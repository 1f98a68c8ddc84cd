// SA-IAM-WILDCARD: IAM statements that allow every action of a service, or act on every
// resource. The blast radius of a compromised function is whatever its role allows.
import { asArray, isRecord, prop, resourcesOfType, type TemplateResource } from '../../template';
import { permissionIndexOf } from '../../../synth/permission-sids';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

/**
 * Actions AWS only grants on "*" (no resource-level permissions). CDK writes these for
 * tracing and VPC access; flagging them would cry wolf on every stack.
 */
const RESOURCE_STAR_ONLY = new Set([
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
  'xray:getsamplingrules',
  'xray:getsamplingtargets',
  'xray:getsamplingstatisticsummaries',
  'ec2:createnetworkinterface',
  'ec2:describenetworkinterfaces',
  'ec2:deletenetworkinterface',
  'ec2:assignprivateipaddresses',
  'ec2:unassignprivateipaddresses',
  'ec2:describesubnets',
  'ec2:describesecuritygroups',
  'ec2:describevpcs',
  'cloudwatch:putmetricdata',
  'logs:describeloggroups',
  'dynamodb:liststreams',
  'kinesis:liststreams',
  'sqs:listqueues',
  'sns:listtopics',
]);

interface Statement {
  readonly actions: string[];
  readonly resources: unknown[];
  /** Index in the function's `permissions` when the config wrote the statement. */
  readonly permissionIndex?: number;
}

/** Allow statements of the policies a resource carries (Policy, ManagedPolicy, Role inline policies). */
function allowStatements(resource: TemplateResource): Statement[] {
  const documents =
    resource.type === 'AWS::IAM::Role'
      ? asArray(resource.properties['Policies']).map((p) => prop(p, 'PolicyDocument'))
      : [resource.properties['PolicyDocument']];
  const out: Statement[] = [];
  for (const document of documents) {
    for (const statement of asArray(prop(document, 'Statement'))) {
      if (!isRecord(statement) || statement['Effect'] !== 'Allow') continue;
      const permissionIndex = permissionIndexOf(statement['Sid']);
      out.push({
        actions: asArray(statement['Action']).filter((a): a is string => typeof a === 'string'),
        resources: asArray(statement['Resource']),
        ...(permissionIndex !== undefined && { permissionIndex }),
      });
    }
  }
  return out;
}

export const iamWildcard: SecurityRule = {
  id: 'SA-IAM-WILDCARD',
  title: 'Wildcard IAM action or resource',
  severity: 'high',
  help: 'Wildcards grant more than the function needs; a bug or a compromised dependency can then read or delete data across the account.',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const policies = resourcesOfType(
      context.template,
      ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role'],
      context.origins,
    );
    for (const policy of policies) {
      for (const statement of allowStatements(policy)) {
        const written = statement.permissionIndex;
        // A statement the config wrote points at its own line in `permissions`.
        const at = written === undefined ? ['access'] : ['permissions', written];
        const wildActions = statement.actions.filter((a) => a.includes('*'));
        if (wildActions.length > 0) {
          findings.push(
            findingFor(context, this, policy, {
              message: `IAM policy allows wildcard action${wildActions.length > 1 ? 's' : ''} ${wildActions.join(', ')}`,
              fix:
                written === undefined
                  ? 'Grant the specific actions the function calls, e.g. with "access" levels in lambda_config (read, write, read_write) instead of hand-written wildcards.'
                  : `List in permissions[${written}].actions the calls the code makes (e.g. s3:GetObject instead of s3:*); the service's "Actions, resources, and condition keys" page in the IAM reference names them.`,
              subPath: at,
            }),
          );
        }
        const starResource = statement.resources.includes('*');
        const needsStar = statement.actions.every((a) => RESOURCE_STAR_ONLY.has(a.toLowerCase()));
        if (starResource && !needsStar && wildActions.length === 0) {
          findings.push(
            findingFor(context, this, policy, {
              severity: 'medium',
              message: `IAM policy allows ${statement.actions.join(', ')} on every resource ("*")`,
              fix:
                written === undefined
                  ? 'Scope Resource to the ARNs of this stack\'s tables, queues and topics (the "access" setting does this).'
                  : `Replace "*" in permissions[${written}].resources with the ARNs the function uses, or this stack's own resources by key (dynamodb:<table>, sqs:<queue>, s3:<bucket>/*).`,
              subPath: at,
            }),
          );
        }
      }
    }
    return findings;
  },
};
