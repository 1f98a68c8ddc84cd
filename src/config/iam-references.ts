// How `permissions` resources and `secrets` references are written, parsed once: the semantic
// checks name the line of a bad one, synth resolves the good ones to ARNs. Pure string work.

/** CloudFormation pseudo parameters an ARN in the config may use; synth wraps such an ARN in Fn::Sub. */
const PSEUDO_PARAMETER = /\$\{AWS::(Partition|Region|AccountId|URLSuffix)\}/;

export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon: `table/users`, `parameter/app/db`, `secret:name-AbCdEf`. */
  readonly resource: string;
}

/**
 * `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` (IAM's ARN format). Region and account may
 * be empty (S3, IAM) and any part may be a `${AWS::...}` pseudo parameter.
 */
export function parseArn(value: string): ParsedArn | undefined {
  const parts = arnParts(value);
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  const resource = parts.slice(5).join(':');
  const pseudoOr = (part: string, pattern: RegExp) => pattern.test(part) || isPseudoParameter(part);
  if (!pseudoOr(partition, /^aws(-[a-z]+)*$/)) return undefined;
  if (!/^[a-z0-9-]+$/.test(service)) return undefined;
  if (!pseudoOr(region, /^([a-z]{2}(-[a-z]+)+-\d|\*|)$/)) return undefined;
  if (!pseudoOr(account, /^(\d{12}|aws|\*|)$/)) return undefined;
  if (resource === '') return undefined;
  return { partition, service, region, account, resource };
}

/** An ARN's colon-separated fields; `${AWS::Region}` holds colons of its own and stays whole. */
export function arnParts(value: string): string[] {
  return value
    .replace(/\$\{AWS::([A-Za-z]+)\}/g, '${AWS--$1}')
    .split(':')
    .map((part) => part.replace(/\$\{AWS--([A-Za-z]+)\}/g, '${AWS::$1}'));
}

/** One whole `${AWS::...}` pseudo parameter, which CloudFormation substitutes. */
export function isPseudoParameter(part: string): boolean {
  return /^\$\{AWS::[A-Za-z]+\}$/.test(part);
}

/** True when the ARN names `${AWS::Region}` and the like, which CloudFormation must substitute. */
export function usesPseudoParameters(value: string): boolean {
  return PSEUDO_PARAMETER.test(value);
}

/** The kinds of the stack's own resources a permission may name by key. */
export const OWN_RESOURCE_KINDS = ['dynamodb', 'sqs', 'sns', 's3', 'kinesis'] as const;
export type OwnResourceKind = (typeof OWN_RESOURCE_KINDS)[number];

/** What may follow `<kind>:<key>`: a table's indexes or stream, a bucket's objects. */
const SUFFIXES: Readonly<Record<OwnResourceKind, RegExp | undefined>> = {
  dynamodb: /^\/(index|stream)\/[A-Za-z0-9_.*-]+$/,
  s3: /^\/[^\s]*$/,
  sqs: undefined,
  sns: undefined,
  kinesis: undefined,
};

const SUFFIX_EXAMPLES: Readonly<Record<OwnResourceKind, string>> = {
  dynamodb: '"/index/*" or "/stream/*"',
  s3: 'an object path such as "/*" or "/reports/*"',
  sqs: 'nothing',
  sns: 'nothing',
  kinesis: 'nothing',
};

export type ResourceReference =
  | { readonly type: 'any' }
  | { readonly type: 'arn'; readonly arn: string; readonly parsed: ParsedArn }
  | {
      readonly type: 'own';
      readonly kind: OwnResourceKind;
      readonly key: string;
      /** `/index/*`, `/*`, ... or '' for the resource itself. */
      readonly suffix: string;
    }
  | { readonly type: 'invalid'; readonly reason: string };

/** One entry of a statement's `resources`. */
export function parseResourceReference(value: string): ResourceReference {
  if (value === '*') return { type: 'any' };
  if (value.startsWith('arn:')) {
    const parsed = parseArn(value);
    return parsed
      ? { type: 'arn', arn: value, parsed }
      : {
          type: 'invalid',
          reason: `"${value}" is not a valid ARN: write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, e.g. arn:aws:s3:::my-bucket/*`,
        };
  }
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  if (colon <= 0 || !(OWN_RESOURCE_KINDS as readonly string[]).includes(kind)) {
    return {
      type: 'invalid',
      reason: `"${value}" is neither an ARN nor one of this stack's resources (${OWN_RESOURCE_KINDS.map((k) => `${k}:<key>`).join(', ')})`,
    };
  }
  const rest = value.slice(colon + 1);
  const slash = rest.indexOf('/');
  const key = slash === -1 ? rest : rest.slice(0, slash);
  const suffix = slash === -1 ? '' : rest.slice(slash);
  const ownKind = kind as OwnResourceKind;
  const allowed = SUFFIXES[ownKind];
  if (key === '') {
    return { type: 'invalid', reason: `"${value}" names no ${kind} key after "${kind}:"` };
  }
  if (suffix !== '' && (allowed === undefined || !allowed.test(suffix))) {
    return {
      type: 'invalid',
      reason: `"${value}": after ${kind}:${key} only ${SUFFIX_EXAMPLES[ownKind]} may follow`,
    };
  }
  return { type: 'own', kind: ownKind, key, suffix };
}

export type SecretReference =
  | {
      readonly store: 'ssm';
      /** The parameter's name as GetParameter takes it (or its ARN, when an ARN was given). */
      readonly id: string;
      /** Its ARN; `${AWS::...}` placeholders when only the name was given. */
      readonly arn: string;
    }
  | {
      readonly store: 'secretsmanager';
      readonly id: string;
      /** The ARN given, or the name's ARN pattern (Secrets Manager appends six random characters). */
      readonly arn: string;
      readonly jsonKey?: string;
    }
  | { readonly store: 'invalid'; readonly reason: string };

const SSM_NAME = /^[A-Za-z0-9_.\-/]{1,2048}$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

/** `ssm:/path/name`, `ssm:arn:...:parameter/...`, `secretsmanager:name-or-arn[#json-key]`. */
export function parseSecretReference(value: string): SecretReference {
  if (value.startsWith('ssm:')) {
    const id = value.slice('ssm:'.length);
    if (id.startsWith('arn:')) {
      const parsed = parseArn(id);
      return parsed?.service === 'ssm' && parsed.resource.startsWith('parameter/')
        ? { store: 'ssm', id, arn: id }
        : { store: 'invalid', reason: `"${id}" is not an SSM parameter ARN (…:parameter/NAME)` };
    }
    if (!SSM_NAME.test(id) || id.includes('#')) {
      return {
        store: 'invalid',
        reason: `"${id}" is not an SSM parameter name: letters, digits, "_", ".", "-" and "/" (e.g. ssm:/my-app/prod/db-password)`,
      };
    }
    // A name's ARN: parameter/<name without its leading slash>.
    const arn = `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${id.replace(/^\//, '')}`;
    return { store: 'ssm', id, arn };
  }
  if (value.startsWith('secretsmanager:')) {
    const body = value.slice('secretsmanager:'.length);
    const hash = body.indexOf('#');
    const id = hash === -1 ? body : body.slice(0, hash);
    const jsonKey = hash === -1 ? undefined : body.slice(hash + 1);
    if (jsonKey !== undefined && jsonKey === '') {
      return { store: 'invalid', reason: `"${value}" has an empty JSON key after "#"` };
    }
    const withKey = jsonKey === undefined ? {} : { jsonKey };
    if (id.startsWith('arn:')) {
      const parsed = parseArn(id);
      return parsed?.service === 'secretsmanager' && parsed.resource.startsWith('secret:')
        ? { store: 'secretsmanager', id, arn: id, ...withKey }
        : {
            store: 'invalid',
            reason: `"${id}" is not a Secrets Manager secret ARN (…:secret:NAME)`,
          };
    }
    if (!SECRET_NAME.test(id)) {
      return {
        store: 'invalid',
        reason: `"${id}" is not a secret name: letters, digits and /_+=.@- (e.g. secretsmanager:my-app/prod/db#password)`,
      };
    }
    const arn = `arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:${id}-??????`;
    return { store: 'secretsmanager', id, arn, ...withKey };
  }
  return {
    store: 'invalid',
    reason: `"${value}" does not say where the secret lives: write ssm:/path/name or secretsmanager:name-or-arn (optionally #json-key)`,
  };
}

/** The variable that carries a Secrets Manager reference's JSON key: `<VAR>_JSON_KEY`. */
export function jsonKeyVariable(variable: string): string {
  return `${variable}_JSON_KEY`;
}

/** A customer-managed key's ARN (aliases do not authorize kms:Decrypt). */
export function isKmsKeyArn(value: string): boolean {
  const parsed = parseArn(value);
  return parsed?.service === 'kms' && /^key\/[A-Za-z0-9-]+$/.test(parsed.resource);
}
