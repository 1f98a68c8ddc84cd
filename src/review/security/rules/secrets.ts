// SA-SECRET-ENV: secrets written in plaintext into Lambda environment variables. Anyone with
// lambda:GetFunctionConfiguration (or the template in git, or the CloudFormation console) reads them.
import { isRecord, prop, resourcesOfType } from '../../template';
import { jsonKeyVariable } from '../../../config/iam-references';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding, FindingSeverity } from '../../types';

const SECRET_NAME =
  /SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY/i;
/** Names that hold where a secret lives, not the secret itself. */
const REFERENCE_NAME =
  /_(ARN|NAME|ID|PARAM|PARAMETER|PATH|URL|URI|ENDPOINT|HEADER|TTL|EXPIRY|LENGTH|TABLE)$/i;

/** Shapes of real credentials: any one of these is critical whatever the variable's name. */
const KNOWN_SECRETS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'a Stripe live key', pattern: /\b[sr]k_live_[0-9A-Za-z]{10,}/ },
  {
    kind: 'a GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/,
  },
  { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'a private key (PEM)', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Random-looking tokens: long, no spaces, mixed letters and digits, high entropy. */
export function looksRandom(value: string): boolean {
  return (
    value.length >= 20 &&
    !/\s/.test(value) &&
    /[A-Za-z]/.test(value) &&
    /\d/.test(value) &&
    !/^(https?:|arn:|s3:)/.test(value) &&
    entropy(value) >= 4
  );
}

/** Values that point at a secret store rather than hold the secret. */
function isReference(value: string): boolean {
  return value === '' || /^(arn:|\{\{resolve:|\/|ssm:|secretsmanager:)/.test(value);
}

/** Why a variable looks like a plaintext secret, with the severity that deserves; undefined if it does not. */
export function classifySecret(
  name: string,
  value: unknown,
): { reason: string; severity: FindingSeverity } | undefined {
  // Intrinsics (Ref, GetAtt, dynamic references) are resolved at deploy: not plaintext here.
  if (typeof value !== 'string' || isReference(value)) return undefined;
  const known = KNOWN_SECRETS.find((k) => k.pattern.test(value));
  if (known) return { reason: `its value is ${known.kind}`, severity: 'critical' };
  if (SECRET_NAME.test(name) && !REFERENCE_NAME.test(name)) {
    return {
      reason: 'its name says it holds a secret and its value is written in plaintext',
      severity: 'high',
    };
  }
  if (looksRandom(value)) {
    return { reason: 'its value looks like a random token (high entropy)', severity: 'medium' };
  }
  return undefined;
}

export const secretsInEnvironment: SecurityRule = {
  id: 'SA-SECRET-ENV',
  title: 'Plaintext secret in a Lambda environment variable',
  severity: 'high',
  help: 'Environment variables are visible to anyone who can read the function configuration, and the value is committed with the config. Keep secrets in Secrets Manager or SSM Parameter Store and pass their name or ARN.',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const fn of resourcesOfType(context.template, 'AWS::Lambda::Function', context.origins)) {
      const variables = prop(fn.properties, 'Environment', 'Variables');
      if (!isRecord(variables)) continue;
      const references = referenceVariables(context, fn.origin?.key);
      for (const [name, value] of Object.entries(variables)) {
        if (references.has(name)) continue;
        const verdict = classifySecret(name, value);
        if (!verdict) continue;
        findings.push(
          findingFor(context, this, fn, {
            severity: verdict.severity,
            message: `environment variable ${name} looks like a plaintext secret: ${verdict.reason}`,
            fix: secretsFix(name, fn.origin?.key, context.loaded?.config),
            subPath: ['environment', name],
          }),
        );
      }
    }
    return findings;
  },
};

/** `/project/environment/api-key`: where the fix suggests keeping the value. */
export function suggestedParameterName(
  variable: string,
  config?: { readonly project_name: string; readonly environment: string },
): string {
  const leaf = variable.toLowerCase().replace(/_/g, '-');
  return config === undefined
    ? `/${leaf}`
    : `/${config.project_name}/${config.environment}/${leaf}`;
}

/** The exact lines to write: the parameter to create, then the `secrets:` entry that replaces the variable. */
export function secretsFix(
  variable: string,
  functionKey: string | undefined,
  config?: { readonly project_name: string; readonly environment: string },
): string {
  const parameter = suggestedParameterName(variable, config);
  const where = functionKey === undefined ? 'the function' : `lambda_config.${functionKey}`;
  return (
    `Store the value as an SSM SecureString (aws ssm put-parameter --type SecureString --name ${parameter} --value ...), ` +
    `delete ${variable} from ${where}.environment and write under ${where}.secrets: \`${variable}: ssm:${parameter}\` ` +
    `(or, for a secret in Secrets Manager, \`${variable}: secretsmanager:<name>#<json-key>\`); the function then gets the parameter's name and reads the value at run time. Rotate the exposed value.`
  );
}

/** Variables the function's `secrets` set: they carry a parameter name or secret id, never a value. */
function referenceVariables(context: RuleContext, functionKey: string | undefined): Set<string> {
  const secrets =
    functionKey === undefined
      ? undefined
      : context.loaded?.config.lambda_config[functionKey]?.secrets;
  return new Set(Object.keys(secrets ?? {}).flatMap((name) => [name, jsonKeyVariable(name)]));
}
