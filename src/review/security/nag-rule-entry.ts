// One cdk-nag rule as review runs it: the pack it belongs to, the id, level and text the pack
// gives it, the CloudFormation types it checks, and how to load its file (nag-rules.generated.ts).
import type { CfnResource } from 'aws-cdk-lib/core';

/** A cdk-nag rule file: its default export is the check (COMPLIANT, NON_COMPLIANT, N/A or findings). */
export interface RuleModule {
  readonly default: (node: CfnResource) => unknown;
}

export interface NagRuleEntry {
  readonly pack: 'AwsSolutions' | 'Serverless';
  /** The id after the pack's prefix: `IAM4` in `AwsSolutions-IAM4`. */
  readonly suffix: string;
  readonly level: 'error' | 'warning';
  /** CloudFormation types the rule checks; null: every resource. */
  readonly types: readonly string[] | null;
  /** The pack's one-line description of a violation. */
  readonly info: string;
  readonly load: () => RuleModule;
}

/** The entries that can fire on a stack holding `types`: the others are never loaded. */
export function rulesFor(
  entries: readonly NagRuleEntry[],
  types: ReadonlySet<string>,
): NagRuleEntry[] {
  return entries.filter((e) => e.types === null || e.types.some((t) => types.has(t)));
}
