// The review as text for a terminal: a cost table, then findings worst first, one
// `FILE:LINE:COLUMN: severity: ...` line each (what editors and problem matchers read).
import { formatUsd } from './cost/delta';
import { SEVERITIES, type CostEstimate, type Finding, type ReviewResult } from './types';

export function formatReviewText(result: ReviewResult): string {
  return [
    formatCostText(result.cost),
    '',
    formatFindingsText(result.findings),
    ...warningLines(result),
  ]
    .join('\n')
    .trimEnd();
}

export function formatCostText(cost: CostEstimate): string {
  const unknown = cost.items.filter((i) => i.monthlyUsd === null).length;
  const lines = [
    `Monthly cost estimate: ${formatUsd(cost.monthlyUsd)} (${cost.region} list prices of ${cost.priceDate}, 730 h, no free tier)`,
    `  fixed ${formatUsd(cost.fixedUsd)} + usage-based ${formatUsd(cost.usageUsd)}` +
      (unknown > 0
        ? `; ${unknown} usage-based line${unknown === 1 ? '' : 's'} without usage, not in the total`
        : ''),
  ];
  if (cost.items.length === 0) return [...lines, '  (no billable resources)'].join('\n');
  const resourceWidth = Math.max(8, ...cost.items.map((i) => i.resource.length));
  const serviceWidth = Math.max(7, ...cost.items.map((i) => i.service.length));
  const rows = cost.items.map((item) => {
    const amount = item.monthlyUsd === null ? '?' : formatUsd(item.monthlyUsd);
    const kind = item.usageBased ? 'usage' : 'fixed';
    return `  ${item.resource.padEnd(resourceWidth)}  ${item.service.padEnd(serviceWidth)}  ${amount.padStart(10)}  ${kind}  ${item.description}`;
  });
  const header = `  ${'RESOURCE'.padEnd(resourceWidth)}  ${'SERVICE'.padEnd(serviceWidth)}  ${'MONTHLY'.padStart(10)}  KIND   WHAT`;
  return [...lines, '', header, ...rows].join('\n');
}

export function formatFindingsText(findings: readonly Finding[]): string {
  const open = findings.filter((f) => !f.suppressed);
  const suppressed = findings.length - open.length;
  const counts = SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const summary =
    `Security findings: ${counts.length > 0 ? counts.join(', ') : 'none'}` +
    (suppressed > 0 ? ` (${suppressed} suppressed)` : '');
  const lines = [summary];
  for (const finding of findings) {
    const where = finding.location
      ? `${finding.location.file}:${finding.location.line}:${finding.location.column}: `
      : '';
    const id =
      finding.logicalId && finding.logicalId !== finding.resource ? ` (${finding.logicalId})` : '';
    const state = finding.suppressed ? `suppressed ${finding.severity}` : finding.severity;
    lines.push(`${where}${state}: [${finding.rule}] ${finding.resource}${id}: ${finding.message}`);
    if (finding.suppressed) lines.push(`    suppressed: ${finding.suppressed.reason}`);
    else if (finding.fix) lines.push(`    fix: ${finding.fix}`);
  }
  return lines.join('\n');
}

function warningLines(result: ReviewResult): string[] {
  const warnings = [...result.cost.warnings, ...(result.warnings ?? [])];
  return warnings.length === 0 ? [] : ['', ...warnings.map((w) => `warning: ${w}`)];
}

/** SPEC §2's JSON: `{"cost": {"monthlyUsd", "items"}, "findings": [{"rule", "severity", "resource", "message"}]}` plus extra fields. */
export function reviewJson(result: ReviewResult): unknown {
  return {
    cost: result.cost,
    findings: result.findings,
    warnings: [...result.cost.warnings, ...(result.warnings ?? [])],
  };
}
