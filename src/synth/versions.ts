// Every function publishes a version and gets an alias `live`; everything that invokes the
// function (API integrations, event source mappings, S3/SNS/EventBridge targets and their
// permissions) invokes the alias (FunctionHandle.invokeArn). The version's logical id ends in
// a hash of the function's properties (resolved at synthesis, so environment variables that
// access entries add later count) and of its layers' content: a changed function publishes a
// new version and moves the alias, an unchanged one publishes nothing. How the alias moves
// (at once, or shifted by CodeDeploy) is traffic-shifting.ts's.
import { Lazy, type CfnResource } from 'aws-cdk-lib/core';
import type { LambdaFunctionConfig } from '../config/schema';
import { CfnAlias, CfnLayerVersion, CfnVersion, type CfnFunctionProps } from './l1/aws-lambda';
import { markOrigin, type SynthContext } from './context';
import { shortHash } from './names';

/** The alias every invoke goes through. */
export const LIVE_ALIAS = 'live';

export interface FunctionVersioning {
  readonly version: CfnVersion;
  readonly alias: CfnAlias;
}

/** Properties that belong to the function, not to a version: changing them publishes nothing. */
const UNVERSIONED: ReadonlySet<string> = new Set(['reservedConcurrentExecutions', 'tags']);

export function addVersionAndAlias(
  context: SynthContext,
  key: string,
  fn: LambdaFunctionConfig,
  lambda: CfnResource & { readonly ref: string },
  props: CfnFunctionProps,
): FunctionVersioning {
  const { ids } = context;
  const stack = context.scopeOf(key);
  const origin = { kind: 'function-version', key, path: `lambda_config.${key}` };
  const version = new CfnVersion(stack, ids.of(key, 'Version'), { functionName: lambda.ref });
  const baseId = stack.resolve(version.logicalId) as string;
  // Resolved when the template is written, after every builder has added what it needs.
  version.overrideLogicalId(
    Lazy.uncachedString({
      produce: () => `${baseId}${versionHash(context, props).toUpperCase()}`,
    }),
  );
  markOrigin(version, origin);

  const count = fn.provisioned_concurrent_executions;
  const alias = new CfnAlias(stack, ids.of(key, 'LiveAlias'), {
    functionName: lambda.ref,
    functionVersion: version.attrVersion,
    name: LIVE_ALIAS,
    ...(count !== undefined &&
      count > 0 && { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: count } }),
  });
  markOrigin(alias, { ...origin, kind: 'function-alias' });
  return { version, alias };
}

/**
 * A hash of what a version is made of: the function's own properties as they will be
 * written, and the content of the layers it names by reference (a layer's Ref stays the same
 * when its content, and so the function, changes).
 */
export function versionHash(context: SynthContext, props: CfnFunctionProps): string {
  // Resolved in the parent stack's scope even for a function in a nested stack (nesting.ts):
  // there a layer, which stays in the parent, would resolve to the nested stack's parameter
  // and the lookup below would miss its content. In the parent's scope it is the layer's own
  // Ref, and the nested function's own resources (its role) resolve to their logical ids,
  // which are the same in every synth (test/synth/nesting.test.ts).
  const resolved = context.stack.resolve(
    Object.fromEntries(Object.entries(props).filter(([name]) => !UNVERSIONED.has(name))),
  ) as Record<string, unknown>;
  const layers = Array.isArray(resolved['layers']) ? (resolved['layers'] as unknown[]) : [];
  const layerContent = layers.map((layer) => {
    const id = (layer as { Ref?: unknown } | null)?.Ref;
    const child = typeof id === 'string' ? context.stack.node.tryFindChild(id) : undefined;
    return child instanceof CfnLayerVersion
      ? (context.stack.resolve(child.content) as unknown)
      : layer;
  });
  return shortHash(JSON.stringify({ function: resolved, layers: layerContent }));
}
