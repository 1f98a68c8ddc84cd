// Small templates for the cost model's tests: resources with the config origin synth records,
// frozen, priced with the bundled us-east-1 book.
import { estimateCost } from '../../../src/review/cost';
import { bundledPrices } from '../../../src/review/cost/prices';
import type { UsageConfig } from '../../../src/config/schema';
import { ORIGIN_METADATA_KEY, type CfnTemplate } from '../../../src/synth/types';
import type { CostItem } from '../../../src/review/types';
import { deepFreeze } from '../../support/deep-freeze';

export const { book } = bundledPrices('us-east-1');

type CfnResource = CfnTemplate['Resources'][string];

/** A resource synth made for config entry `key` (origin kind `kind`). */
export function made(
  kind: string,
  key: string,
  type: string,
  properties: Record<string, unknown> = {},
): CfnResource {
  return {
    Type: type,
    Metadata: { [ORIGIN_METADATA_KEY]: { kind, key, path: `config.${key}` } },
    Properties: properties,
  };
}

/** A resource without an origin (CDK's own, or a template that records none). */
export function bare(type: string, properties: Record<string, unknown> = {}): CfnResource {
  return { Type: type, Properties: properties };
}

export function template(resources: Record<string, CfnResource>): CfnTemplate {
  return deepFreeze({ Resources: resources });
}

/** The priced lines of `resources` under `usage` (both frozen: the model must not write). */
export function lines(
  resources: Record<string, CfnResource>,
  usage: UsageConfig = {},
): readonly CostItem[] {
  return estimateCost(template(resources), deepFreeze(usage), book, 'us-east-1').items;
}
