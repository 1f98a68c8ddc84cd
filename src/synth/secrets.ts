// A function's `secrets`: each variable gets where its secret lives (the SSM parameter's name,
// the secret's name or ARN, and `<VAR>_JSON_KEY` for a JSON key), never the value, and the
// role may read exactly that parameter or secret. Nothing here reads a secret store: the
// value is fetched by the function at run time, so it reaches no template, log or output.
import { Fn } from 'aws-cdk-lib/core';
import { jsonKeyVariable, parseSecretReference } from '../config/iam-references';
import type { SecretReferenceConfig } from '../config/schema';
import { configProblem, type FunctionHandle, type SynthContext } from './context';
import { allow, type PolicyStatement } from './iam';
import { withPseudoParameters } from './permissions';

/** What reading a parameter takes (the Parameters and Secrets extension uses GetParameter). */
export const SSM_READ_ACTIONS = ['ssm:GetParameter', 'ssm:GetParameters'];
/** What reading a secret takes; DescribeSecret lets SDK caches check the version. */
export const SECRET_READ_ACTIONS = [
  'secretsmanager:GetSecretValue',
  'secretsmanager:DescribeSecret',
];

export function applySecrets(context: SynthContext): void {
  for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
    const handle = context.functions.get(fnKey)!;
    for (const [variable, written] of Object.entries(fn.secrets ?? {})) {
      addSecret(context, handle, variable, written, ['lambda_config', fnKey, 'secrets', variable]);
    }
  }
}

function addSecret(
  context: SynthContext,
  fn: FunctionHandle,
  variable: string,
  written: SecretReferenceConfig,
  where: readonly string[],
): void {
  const from = typeof written === 'string' ? written : written.from;
  const reference = parseSecretReference(from);
  if (reference.store === 'invalid') throw configProblem(context, where, reference.reason);
  fn.environment[variable] = reference.id;
  const arn = withPseudoParameters(reference.arn);
  if (reference.store === 'ssm') {
    fn.statements.push(allow(SSM_READ_ACTIONS, arn));
  } else {
    fn.statements.push(allow(SECRET_READ_ACTIONS, arn));
    if (reference.jsonKey !== undefined) {
      fn.environment[jsonKeyVariable(variable)] = reference.jsonKey;
    }
  }
  const key = typeof written === 'string' ? undefined : written.kms_key_arn;
  if (key !== undefined)
    fn.statements.push(decryptThrough(reference.store, withPseudoParameters(key)));
}

/** kms:Decrypt on that key, and only when the parameter or secret store asks on the role's behalf. */
export function decryptThrough(store: 'ssm' | 'secretsmanager', keyArn: string): PolicyStatement {
  return {
    Effect: 'Allow',
    Action: ['kms:Decrypt'],
    Resource: keyArn,
    Condition: {
      StringEquals: { 'kms:ViaService': Fn.sub(`${store}.\${AWS::Region}.amazonaws.com`) },
    },
  };
}
