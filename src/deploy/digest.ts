// The no-op fast path: a digest of everything a deploy sends travels in the template's
// Description, so one DescribeStacks call tells whether the deployed stack already is
// exactly this one. Description, not a stack tag: stack tags propagate to every resource,
// and a changing tag would touch all of them.
//
// The one rule for what it covers: every template sent, by content (the stack's own and
// each nested stack's, by its logical id), the parameters, the tags, the stack options,
// and every code asset by its content hash. A saved plan records this digest and carries
// exactly these files (plan-dir.ts).
import { createHash } from 'node:crypto';
import type { CfnTemplate } from '../synth/types';

export interface DeployInputs {
  readonly template: CfnTemplate;
  /** The nested stacks' templates (absent or empty: none, and the digest is as before nesting). */
  readonly nested?: readonly { readonly logicalId: string; readonly template: CfnTemplate }[];
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  /** Ids (content hashes) of the code assets in the asset manifest; not the templates'. */
  readonly assetHashes: readonly string[];
  /** Stack options sent with the change set (notifications, role, monitoring window). */
  readonly stackOptions?: Readonly<Record<string, unknown>>;
}

const MARKER = 'serverless-action digest';
// `inputs` (optional) is the digest of what synthesis read: see input-digest.ts. `commit`
// (optional) is the commit deployed, for the rollback guard (rollback.ts): kept here and not
// in a stack tag for the same reason as the digest, and left out of the digest so the same
// content from a newer commit is still a no-op.
const DIGEST_PATTERN =
  /\(serverless-action digest ([0-9a-f]{64})(?: inputs ([0-9a-f]{64}))?(?: commit ([0-9a-f]{7,64}))?\)$/;
/** CloudFormation's limit on a template Description. */
const MAX_DESCRIPTION = 1024;

export function deployDigest(inputs: DeployInputs): string {
  const canonical = JSON.stringify({
    template: canonicalize(inputs.template),
    // Absent when there are none: a stack without nested stacks keeps its digest.
    nested:
      inputs.nested !== undefined && inputs.nested.length > 0
        ? canonicalize(Object.fromEntries(inputs.nested.map((n) => [n.logicalId, n.template])))
        : undefined,
    parameters: canonicalize(inputs.parameters),
    tags: canonicalize(inputs.tags),
    assets: [...inputs.assetHashes].sort(),
    // Absent (undefined, dropped by JSON) when none are sent: earlier digests stay valid.
    stackOptions: inputs.stackOptions && canonicalize(inputs.stackOptions),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** The template to send: its Description carries the digest (and the inputs') at the end. */
export function withDigest(
  template: CfnTemplate,
  digest: string,
  inputDigest?: string,
  commit?: string,
): CfnTemplate {
  const suffix =
    `(${MARKER} ${digest}` +
    (inputDigest !== undefined ? ` inputs ${inputDigest}` : '') +
    (commit !== undefined && /^[0-9a-f]{7,64}$/.test(commit) ? ` commit ${commit}` : '') +
    ')';
  const base = (template.Description ?? '').slice(0, MAX_DESCRIPTION - suffix.length - 1);
  return { ...template, Description: base ? `${base} ${suffix}` : suffix };
}

export function digestFromDescription(description: string | undefined): string | undefined {
  return description?.match(DIGEST_PATTERN)?.[1];
}

/** The commit the deployed stack was deployed from, when the deploy knew it. */
export function commitFromDescription(description: string | undefined): string | undefined {
  return description?.match(DIGEST_PATTERN)?.[3];
}

export function inputDigestFromDescription(description: string | undefined): string | undefined {
  return description?.match(DIGEST_PATTERN)?.[2];
}

/** Object keys sorted at every level, so key order never changes the digest. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonicalize((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
