// Runs cdk-nag's AwsSolutions and Serverless rules on the construct tree synth built, through
// cdk-nag's public NagPack API: a pack of our own per prefix that applies, to each resource,
// only the rules for its type. Nothing is rebuilt and the template is never read, let alone
// changed; only the rule files for the types present are loaded.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as CdkCore from 'aws-cdk-lib/core';
import type { CfnResource } from 'aws-cdk-lib/core';
import type * as NagPackModule from 'cdk-nag/lib/nag-pack';
import type * as NagRulesModule from 'cdk-nag/lib/nag-rules';
import type { IConstruct } from 'constructs';
import type { NagViolation } from './nag';
import { rulesFor, type NagRuleEntry } from './nag-rule-entry';
import { NAG_RULES } from './nag-rules.generated';

/** Every CloudFormation resource under `tree`, nested stacks included. */
export function cfnResourcesOf(tree: IConstruct): CfnResource[] {
  const { CfnResource } = require('aws-cdk-lib/core') as typeof CdkCore;
  return tree.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c));
}

/** The violations of the packs' rules on `tree`, each resource named by its logical id. */
export function runNagRules(
  tree: IConstruct,
  entries: readonly NagRuleEntry[] = NAG_RULES,
): NagViolation[] {
  const { Stack } = require('aws-cdk-lib/core') as typeof CdkCore;
  const { NagPack } = require('cdk-nag/lib/nag-pack') as typeof NagPackModule;
  const { NagMessageLevel } = require('cdk-nag/lib/nag-rules') as typeof NagRulesModule;

  const resources = cfnResourcesOf(tree);
  const selected = rulesFor(entries, new Set(resources.map((r) => r.cfnResourceType)));

  class TypedRules extends NagPack {
    readonly name: string;
    private readonly byType = new Map<string, { entry: NagRuleEntry; rule: () => unknown }[]>();
    private readonly everywhere: { entry: NagRuleEntry; rule: () => unknown }[] = [];

    constructor(packName: string, own: readonly NagRuleEntry[]) {
      super();
      this.name = packName;
      this.packName = packName;
      for (const entry of own) {
        const loaded = { entry, rule: entry.load().default as () => unknown };
        if (entry.types === null) {
          this.everywhere.push(loaded);
        } else {
          for (const type of entry.types) {
            this.byType.set(type, [...(this.byType.get(type) ?? []), loaded]);
          }
        }
      }
    }

    protected override checkResource(node: CfnResource): void {
      for (const { entry, rule } of [
        ...(this.byType.get(node.cfnResourceType) ?? []),
        ...this.everywhere,
      ]) {
        this.applyRule({
          ruleSuffixOverride: entry.suffix,
          info: entry.info,
          explanation: '',
          level: entry.level === 'error' ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
          node,
          rule: rule as never,
        });
      }
    }
  }

  const logicalIds = new Map(
    resources.map((r) => [r.node.path, Stack.of(r).resolve(r.logicalId) as string]),
  );
  const violations: NagViolation[] = [];
  for (const pack of ['AwsSolutions', 'Serverless'] as const) {
    const own = selected.filter((e) => e.pack === pack);
    if (own.length === 0) continue;
    for (const violation of new TypedRules(pack, own).validateScope(tree).violations) {
      violations.push({
        ruleName: violation.ruleName,
        description: violation.description,
        ...(violation.severity !== undefined && { severity: violation.severity }),
        violatingResources: violation.violatingResources.map((v) => ({
          ...(v.constructPath !== undefined && { constructPath: v.constructPath }),
          ...(v.constructPath !== undefined &&
            logicalIds.has(v.constructPath) && { logicalId: logicalIds.get(v.constructPath)! }),
        })),
      });
    }
  }
  return violations;
}
