// Deterministic physical names: `<project>-<env>-<key>[-suffix]`, fitted to each service's
// length and character rules. When a name has to be cut or its characters changed, a short
// hash of the full, unchanged name is appended, so two keys never end up with one name and
// the same key never gets one name in two environments (the environment is in the hash).
import { createHash } from 'node:crypto';

export interface NameRule {
  readonly maxLength: number;
  /** Characters outside this class are replaced with `-`. */
  readonly invalid: RegExp;
  /** S3 bucket names are lowercase only. */
  readonly lowercase?: boolean;
  /** Characters reserved at the end for something appended later (e.g. `-${AWS::AccountId}`). */
  readonly reserve?: number;
}

/** Rules from each service's API reference (CreateFunction, CreateTable, ...). */
export const NAME_RULES = {
  lambda: { maxLength: 64, invalid: /[^A-Za-z0-9_-]/g },
  dynamodb: { maxLength: 255, invalid: /[^A-Za-z0-9_.-]/g },
  sqs: { maxLength: 80, invalid: /[^A-Za-z0-9_-]/g },
  sns: { maxLength: 256, invalid: /[^A-Za-z0-9_-]/g },
  kinesis: { maxLength: 128, invalid: /[^A-Za-z0-9_.-]/g },
  eventsRule: { maxLength: 64, invalid: /[^A-Za-z0-9_.-]/g },
  api: { maxLength: 128, invalid: /[^A-Za-z0-9_ .-]/g },
  alarm: { maxLength: 255, invalid: /[^A-Za-z0-9_ .-]/g },
  budget: { maxLength: 100, invalid: /[^A-Za-z0-9_.-]/g },
  apiKey: { maxLength: 128, invalid: /[^A-Za-z0-9_.-]/g },
  // 63 characters, lowercase; 13 reserved for the `-<account id>` that makes it global.
  s3: { maxLength: 63, invalid: /[^a-z0-9-]/g, lowercase: true, reserve: 13 },
} as const satisfies Record<string, NameRule>;

export type NameKind = keyof typeof NAME_RULES;

const HASH_LENGTH = 8;

export function shortHash(text: string, length = HASH_LENGTH): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Fits `wanted` to `rule`; appends a hash of `wanted` whenever it had to change it. */
export function fitName(wanted: string, rule: NameRule): string {
  const limit = rule.maxLength - (rule.reserve ?? 0);
  let name = rule.lowercase ? wanted.toLowerCase() : wanted;
  name = name.replace(rule.invalid, '-').replace(/-{2,}/g, '-');
  if (name === wanted && name.length <= limit) return name;
  const head = name.slice(0, limit - HASH_LENGTH - 1).replace(/[-_.]+$/, '');
  return `${head}-${shortHash(wanted)}`;
}

/** Names for one stack: every name starts with `<project>-<environment>-`. */
export class Namer {
  constructor(
    readonly project: string,
    readonly environment: string,
  ) {}

  get prefix(): string {
    return `${this.project}-${this.environment}`;
  }

  /** `<project>-<env>-<key>[-<suffix>]`, fitted to the service's rules. */
  name(kind: NameKind, key: string, suffix?: string): string {
    const wanted = [this.prefix, key, suffix].filter((part) => part).join('-');
    return fitName(wanted, NAME_RULES[kind]);
  }
}

/** CloudFormation logical ids are alphanumeric: `api-handler` -> `ApiHandler`. */
export function pascalCase(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * Hands out logical ids that read like the config (`ApiHandlerFunction`) and stay unique
 * even when two keys differ only in punctuation (`a-b` and `a_b`): the second one gets a
 * hash of its key.
 */
export class LogicalIds {
  private readonly used = new Set<string>();

  of(key: string, suffix: string): string {
    let id = `${pascalCase(key)}${suffix}`;
    if (this.used.has(id)) id = `${pascalCase(key)}${shortHash(key).toUpperCase()}${suffix}`;
    if (!/^[A-Za-z]/.test(id)) id = `R${id}`;
    this.used.add(id);
    return id;
  }
}
