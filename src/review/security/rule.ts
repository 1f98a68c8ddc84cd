// What a security rule is: a small pure function over the template (plus the config, for
// where in the file the problem was written) that returns findings.
import type { IConstruct } from 'constructs';
import type { LoadedConfig } from '../../config';
import type { SourceLocation } from '../../errors';
import type { CfnTemplate, ResourceOrigin } from '../../synth/types';
import type { Finding, FindingSeverity } from '../types';
import type { TemplateResource } from '../template';

export interface RuleContext {
  readonly template: CfnTemplate;
  /** The construct tree synth built the template from; cdk-nag's rules run on it. */
  readonly tree?: IConstruct;
  /** logical id -> config origin, for every resource that has one. */
  readonly origins: Readonly<Record<string, ResourceOrigin>>;
  /** The loaded config, for locations; absent when reviewing a bare template. */
  readonly loaded?: Pick<LoadedConfig, 'file' | 'locate' | 'config'>;
  /** YYYY-MM-DD, for date-dependent rules (runtime deprecation). */
  readonly today: string;
}

export interface SecurityRule {
  /** `SA-...` */
  readonly id: string;
  /** One line shown in SARIF's rule list. */
  readonly title: string;
  /** The usual severity (a finding may raise or lower it). */
  readonly severity: FindingSeverity;
  /** Longer help: why it matters. */
  readonly help: string;
  check(context: RuleContext): Finding[];
}

/**
 * The config line behind a resource: its origin's path, refined by `subPath` when that
 * exists (locate() returns the nearest written parent otherwise).
 */
export function locationOf(
  context: RuleContext,
  origin: ResourceOrigin | undefined,
  ...subPath: readonly (string | number)[]
): SourceLocation | undefined {
  if (!context.loaded) return undefined;
  if (!origin) return context.loaded.locate([]);
  return context.loaded.locate([...origin.path.split('.'), ...subPath]);
}

/** A finding about one template resource, named by its config key when it has one. */
export function findingFor(
  context: RuleContext,
  rule: Pick<SecurityRule, 'id' | 'severity'>,
  resource: TemplateResource,
  details: {
    message: string;
    fix: string;
    severity?: FindingSeverity;
    subPath?: readonly (string | number)[];
  },
): Finding {
  const location = locationOf(context, resource.origin, ...(details.subPath ?? []));
  return {
    rule: rule.id,
    severity: details.severity ?? rule.severity,
    resource: resource.origin?.key ?? resource.logicalId,
    logicalId: resource.logicalId,
    message: details.message,
    fix: details.fix,
    ...(location && { location }),
  };
}
