// review(): the cost estimate and the security findings of a synthesized stack. No AWS calls:
// the CLI's `review`, `plan` and the action all run this on the template they are about to deploy.
import type { SynthesizedStack } from '../synth/types';
import { estimateCost } from './cost';
import { bundledPrices } from './cost/prices';
import { findSecurityIssues } from './security';
import type { ReviewResult } from './types';
import { wholeTemplate } from './whole-template';

export interface ReviewOptions {
  /** Region whose prices apply (default us-east-1). */
  readonly region?: string;
  /** YYYY-MM-DD, for runtime deprecation (default: today, UTC). */
  readonly today?: string;
  /** Run the cdk-nag packs (default true). */
  readonly nag?: boolean;
}

export function review(
  stack: SynthesizedStack,
  options: ReviewOptions = {},
): Promise<ReviewResult> {
  const region = options.region ?? 'us-east-1';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { book, warnings: priceWarnings } = bundledPrices(region);
  // Functions past 500 resources live in nested stacks: cost and rules read them all as one.
  const template = wholeTemplate(stack);
  const cost = estimateCost(template, stack.loaded.config.usage, book, region, {
    origins: stack.origins,
    warnings: priceWarnings,
  });
  // cdk-nag's packs run on the constructs synth built (`tree`), nested stacks included.
  const security = findSecurityIssues(
    {
      template,
      origins: stack.origins,
      loaded: stack.loaded,
      today,
      ...(stack.tree && { tree: stack.tree }),
    },
    options.nag === undefined ? {} : { nag: options.nag },
  );
  return Promise.resolve({ cost, findings: security.findings, warnings: security.warnings });
}

export { estimateCost } from './cost';
export { wholeTemplate } from './whole-template';
export { costDelta, formatCostDelta, type CostDelta } from './cost/delta';
export { bundledPrices } from './cost/prices';
export { findSecurityIssues } from './security';
export type { CostEstimate, CostItem, Finding, FindingSeverity, ReviewResult } from './types';
