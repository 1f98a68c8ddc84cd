// Checks on what a function's role may do beyond `access`: each `permissions` statement's
// actions and resources, and each `secrets` reference. Every problem names its own line
// (the action, the resource, the variable), so the fix is where the cursor lands.
import { error, type Finding } from '../findings';
import {
  OWN_RESOURCE_KINDS,
  isKmsKeyArn,
  jsonKeyVariable,
  parseResourceReference,
  parseSecretReference,
  type OwnResourceKind,
} from '../iam-references';
import { IAM_ACTION_PATTERN, type LambdaFunctionConfig, type ResolvedConfig } from '../schema';
import { didYouMean } from '../suggest';
import { isArn, isSet, type SemanticContext } from './context';
import { RESERVED_ENVIRONMENT_NAMES } from './functions';
import { createdResources } from './resources';

export function checkPermissions(context: SemanticContext): Finding[] {
  const keys = ownResourceKeys(context);
  const findings: Finding[] = [];
  for (const [key, fn] of Object.entries(context.config.lambda_config)) {
    const path = ['lambda_config', key];
    findings.push(...checkStatements(path, fn, keys), ...checkSecrets(path, fn));
  }
  return findings;
}

/**
 * The keys `<kind>:<key>` may name: tables, and the queues, topics, buckets and streams the
 * stack creates or that an event source names by an existing ARN (under the source's key).
 */
export function ownResourceKeys(
  context: Pick<SemanticContext, 'config' | 'declared'>,
): Readonly<Record<OwnResourceKind, ReadonlySet<string>>> {
  const created = createdResources(context.config);
  const existing = existingSourceKeys(context.config);
  const union = (a: ReadonlySet<string>, b: readonly string[]) => new Set([...a, ...b]);
  return {
    dynamodb: context.declared.tables,
    sqs: union(created.queues, existing.SQS ?? []),
    sns: union(created.topics, existing.SNS ?? []),
    s3: union(created.buckets, existing.S3 ?? []),
    kinesis: union(created.streams, existing.KINESIS ?? []),
  };
}

function existingSourceKeys(config: ResolvedConfig): Partial<Record<string, string[]>> {
  const out: Partial<Record<string, string[]>> = {};
  for (const [key, source] of Object.entries(config.event_source_config)) {
    if (isSet(source.source) && isArn(source.source)) (out[source.type] ??= []).push(key);
  }
  return out;
}

function checkStatements(
  path: readonly string[],
  fn: LambdaFunctionConfig,
  keys: Readonly<Record<OwnResourceKind, ReadonlySet<string>>>,
): Finding[] {
  const findings: Finding[] = [];
  (fn.permissions ?? []).forEach((statement, index) => {
    const at = [...path, 'permissions', index];
    statement.actions.forEach((action, i) => {
      if (IAM_ACTION_PATTERN.test(action)) return;
      findings.push(
        error(
          [...at, 'actions', i],
          `"${action}" is not an IAM action: write service:Action, e.g. s3:GetObject or bedrock:InvokeModel`,
        ),
      );
    });
    statement.resources.forEach((resource, i) => {
      const parsed = parseResourceReference(resource);
      if (parsed.type === 'invalid') {
        findings.push(error([...at, 'resources', i], parsed.reason));
        return;
      }
      if (parsed.type !== 'own') return;
      const known = keys[parsed.kind];
      if (known.has(parsed.key)) return;
      findings.push(
        error(
          [...at, 'resources', i],
          `${parsed.kind}:${parsed.key} names no ${parsed.kind} resource of this stack${didYouMean(parsed.key, [...known])}` +
            (known.size === 0
              ? `; write the resource's ARN instead (kinds: ${OWN_RESOURCE_KINDS.join(', ')})`
              : ` (known: ${[...known].join(', ')})`),
        ),
      );
    });
  });
  return findings;
}

function checkSecrets(path: readonly string[], fn: LambdaFunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const environment = fn.environment ?? {};
  for (const [variable, written] of Object.entries(fn.secrets ?? {})) {
    const at = [...path, 'secrets', variable];
    const from = typeof written === 'string' ? written : written.from;
    const parsed = parseSecretReference(from);
    if (parsed.store === 'invalid') {
      findings.push(error(typeof written === 'string' ? at : [...at, 'from'], parsed.reason));
    }
    if (RESERVED_ENVIRONMENT_NAMES.has(variable)) {
      findings.push(
        error(at, `${variable} is reserved by Lambda; name the variable differently`, 'key'),
      );
    }
    const carriers = [
      variable,
      ...(parsed.store === 'secretsmanager' && parsed.jsonKey !== undefined
        ? [jsonKeyVariable(variable)]
        : []),
    ];
    for (const name of carriers) {
      if (Object.hasOwn(environment, name)) {
        findings.push(
          error(
            at,
            `${name} is set in environment too: secrets sets it to the ${parsed.store === 'ssm' ? 'parameter name' : 'secret id'}; remove it from environment`,
            'key',
          ),
        );
      }
    }
    if (
      typeof written !== 'string' &&
      isSet(written.kms_key_arn) &&
      !isKmsKeyArn(written.kms_key_arn)
    ) {
      findings.push(
        error(
          [...at, 'kms_key_arn'],
          `"${written.kms_key_arn}" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID); an alias ARN does not authorize kms:Decrypt`,
        ),
      );
    }
  }
  return findings;
}
