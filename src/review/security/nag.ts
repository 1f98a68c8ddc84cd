// cdk-nag's AwsSolutions and Serverless findings: which pack rules our own rules cover, how
// a violation becomes a finding. The rules themselves run on synth's construct tree
// (nag-tree.ts); `validateScope` returns the violations as data (cdk-nag 3 has no loggers).
import type { CfnTemplate, ResourceOrigin } from '../../synth/types';
import type { Finding, FindingSeverity } from '../types';
import type { RuleContext } from './rule';
import { locationOf } from './rule';
import { isRecord, referencedIds } from '../template';

/** Pack rules our own rules cover more precisely; reporting both would say everything twice. */
export const COVERED_BY_OUR_RULES: Readonly<Record<string, string>> = {
  'AwsSolutions-SQS2': 'SA-QUEUE-ENCRYPTION',
  'AwsSolutions-SNS2': 'SA-QUEUE-ENCRYPTION',
  'AwsSolutions-SQS4': 'SA-TLS-ONLY',
  'AwsSolutions-SNS3': 'SA-TLS-ONLY',
  'AwsSolutions-IAM5': 'SA-IAM-WILDCARD',
  // Ours knows which actions AWS only grants on "*" (X-Ray, VPC network interfaces).
  'Serverless-LambdaStarPermissions': 'SA-IAM-WILDCARD',
  // "Not the latest runtime" fires on every supported-but-older runtime; ours reports the
  // deprecated ones and those within 90 days of deprecation, with the date.
  'AwsSolutions-L1': 'SA-RUNTIME-DEPRECATED',
  'Serverless-LambdaLatestVersion': 'SA-RUNTIME-DEPRECATED',
  'AwsSolutions-APIG4': 'SA-ROUTE-NO-AUTH',
  // Ours knows every authorizer kind (JWT, IAM, Lambda, API keys), not only Cognito.
  'AwsSolutions-COG4': 'SA-ROUTE-NO-AUTH',
  // Ours checks the paths that invoke asynchronously (EventBridge, SNS, S3) and stream sources;
  // a DLQ on a function only an API calls synchronously would never receive anything.
  'Serverless-LambdaDLQ': 'SA-EVENT-NO-DLQ',
  'Serverless-LambdaAsyncFailureDestination': 'SA-EVENT-NO-DLQ',
  'Serverless-EventBusDLQ': 'SA-EVENT-NO-DLQ',
  'Serverless-LambdaEventSourceMappingDestination': 'SA-EVENT-NO-DLQ',
};

/** A violation as cdk-nag's validateScope returns it (CDK's PolicyValidationPluginReport). */
export interface NagViolation {
  readonly ruleName: string;
  readonly description: string;
  readonly severity?: string;
  readonly violatingResources: readonly {
    readonly constructPath?: string;
    /** The resource's logical id (a construct's path ends in its id, which may differ). */
    readonly logicalId?: string;
  }[];
}

/** Pack rules that ask a queue for a DLQ (or to be one). */
const DLQ_RULES = new Set(['Serverless-SQSRedrivePolicy', 'AwsSolutions-SQS3']);

/** Logical ids used as dead-letter queues or failure destinations anywhere in the template. */
export function deadLetterIds(template: CfnTemplate): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (['DeadLetterConfig', 'DestinationConfig', 'RedrivePolicy', 'OnFailure'].includes(key)) {
          referencedIds(child, ids);
        } else {
          visit(child);
        }
      }
    }
  };
  for (const resource of Object.values(template.Resources)) visit(resource.Properties);
  return ids;
}

/** `AwsSolutions-IAM4[Policy::...]` -> `AwsSolutions-IAM4`. */
export function baseRuleId(ruleName: string): string {
  const bracket = ruleName.indexOf('[');
  return bracket === -1 ? ruleName : ruleName.slice(0, bracket);
}

/**
 * AwsSolutions errors are security issues (medium), its warnings low; the Serverless pack is
 * operational best practice (memory, tracing), so one step lower.
 */
export function nagSeverity(ruleName: string, level: string | undefined): FindingSeverity {
  const serverless = ruleName.startsWith('Serverless-');
  if (level === 'error') return serverless ? 'low' : 'medium';
  return serverless ? 'info' : 'low';
}

/** Maps pack violations to findings, one per violating resource. Pure; tested without cdk-nag. */
export function mapNagViolations(
  violations: readonly NagViolation[],
  context: Pick<RuleContext, 'origins' | 'loaded'> &
    Partial<RuleContext> & { readonly deadLetterIds?: ReadonlySet<string> },
): Finding[] {
  const findings: Finding[] = [];
  for (const violation of violations) {
    const base = baseRuleId(violation.ruleName);
    if (COVERED_BY_OUR_RULES[base]) continue;
    for (const resource of violation.violatingResources) {
      const logicalId = resource.logicalId ?? resource.constructPath?.split('/').at(-1);
      if (!logicalId) continue;
      const origin: ResourceOrigin | undefined = context.origins[logicalId];
      // A dead-letter queue needs no dead-letter queue of its own; cdk-nag only recognizes
      // RedrivePolicy targets as DLQs, not rule-target DLQs or on-failure destinations.
      if (
        DLQ_RULES.has(base) &&
        (origin?.kind === 'dlq' || context.deadLetterIds?.has(logicalId))
      ) {
        continue;
      }
      const location = locationOf(context as RuleContext, origin);
      findings.push({
        rule: violation.ruleName,
        severity: nagSeverity(violation.ruleName, violation.severity),
        resource: origin?.key ?? logicalId,
        logicalId,
        message: violation.description,
        fix: `See ${base} in https://github.com/cdklabs/cdk-nag/blob/main/RULES.md; suppress it in "suppressions" with a reason if it does not apply.`,
        ...(location && { location }),
      });
    }
  }
  return findings;
}
