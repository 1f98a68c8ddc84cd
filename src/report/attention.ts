// "What needs your attention": the few things a reviewer must look at before approving,
// each linked to the config line it comes from. Everything else is in the tables below.
import type { PlanResult, ResourceChange } from '../deploy/types';
import type { SourceLocation } from '../errors';
import type { FailOn } from '../inputs';
import { graphKindOf } from '../review/graph';
import type { FindingSeverity } from '../review/types';
import { changeName, typeLabel } from './changes';
import { findingNovelty, findingsAtOrAbove, ruleOf, SEVERITY_LABEL } from './findings';
import { lineLink, type SourceLinks } from './links';
import { cell, code } from './markdown';

export interface AttentionItem {
  readonly text: string;
  readonly location?: SourceLocation;
}

/** Attention items beyond this many are counted, not listed: the tables hold them all. */
export const ATTENTION_ITEMS = 10;

/** Findings at or above this severity are in the list when `fail-on` is `none`. */
const DEFAULT_THRESHOLD: FindingSeverity = 'high';

/** A finding rule that means "anyone can call this". */
const PUBLIC_ROUTE_RULE = 'SA-ROUTE-NO-AUTH';

/**
 * A function's old version removed while a new one is added: every code or settings change
 * publishes a version and retires the last (the alias moves first), which needs no attention.
 */
function isVersionSucceeded(c: ResourceChange, changes: readonly ResourceChange[]): boolean {
  return (
    c.type === 'AWS::Lambda::Version' &&
    changes.some(
      (other) => other.type === c.type && other.action === 'Add' && other.resource === c.resource,
    )
  );
}

export function attentionItems(plan: PlanResult, failOn: FailOn | undefined): AttentionItem[] {
  const items: AttentionItem[] = [];
  const at = (c: { location?: SourceLocation }): { location?: SourceLocation } =>
    c.location !== undefined ? { location: c.location } : {};
  for (const c of plan.changes) {
    if (c.customName !== undefined) {
      items.push({ text: blockedReplacement(c), ...at(c) });
    } else if (c.risk === 'data-loss') {
      items.push({
        text: `🛑 ${typeLabel(c.type)} ${changeName(c)} will be **${verb(c)}** and its data lost${c.reason ? `: ${cell(c.reason)}` : ''}`,
        ...at(c),
      });
    } else if (c.risk === 'replacement') {
      items.push({
        text: `⚠️ ${typeLabel(c.type)} ${changeName(c)} will be **${verb(c)}**${c.reason ? `: ${cell(c.reason)}` : ''}`,
        ...at(c),
      });
    } else if (c.action === 'Remove' && !isVersionSucceeded(c, plan.changes)) {
      items.push({
        text: `🗑️ ${typeLabel(c.type)} ${changeName(c)} will be **deleted**`,
        ...at(c),
      });
    }
  }
  const active = (plan.findings ?? []).filter((f) => f.suppressed === undefined);
  const open = new Set(active.filter((f) => f.rule === PUBLIC_ROUTE_RULE).map((f) => f.logicalId));
  const openRoutes: ResourceChange[] = [];
  for (const c of plan.changes) {
    if (c.action !== 'Add') continue;
    if (graphKindOf(c.type) === 'api') {
      items.push({
        text: `🌐 new public endpoint: ${typeLabel(c.type)} ${changeName(c)}`,
        ...at(c),
      });
    } else if (open.has(c.logicalId)) {
      openRoutes.push(c);
    }
  }
  if (openRoutes.length > 0) {
    items.push({
      text: `🌐 ${openRoutes.length === 1 ? 'a new route' : `${openRoutes.length} new routes`} without an authorizer: ${listed(openRoutes)}`,
      ...at(openRoutes[0]!),
    });
  }
  // Who may do what, changed on a deployed stack (on a first deploy every grant is new, and
  // the tables list them).
  const iam =
    plan.changeSetType === 'CREATE'
      ? []
      : plan.changes.filter(
          (c) =>
            c.action !== 'Remove' &&
            (c.type.startsWith('AWS::IAM::') || c.type === 'AWS::Lambda::Permission'),
        );
  if (iam.length > 0) {
    items.push({
      text: `🔐 ${iam.length === 1 ? 'a permission changes' : `${iam.length} permissions change`}: ${listed(iam)}`,
      ...at(iam[0]!),
    });
  }
  const threshold = failOn === undefined || failOn === 'none' ? DEFAULT_THRESHOLD : failOn;
  const blocking = findingsAtOrAbove(plan.findings ?? [], threshold).filter(
    (f) => findingNovelty(f, plan) !== 'present',
  );
  const byRule = new Map<string, typeof blocking>();
  for (const f of blocking) byRule.set(ruleOf(f), [...(byRule.get(ruleOf(f)) ?? []), f]);
  for (const [rule, found] of byRule) {
    const first = found[0]!;
    const names = [...new Set(found.map((f) => f.resource))];
    items.push({
      text: `${SEVERITY_LABEL[first.severity]} ${code(rule)} on ${names.slice(0, 5).map(code).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}: ${cell(first.message)}`,
      ...(first.location !== undefined && { location: first.location }),
    });
  }
  return items;
}

/** The first few changes by name, and how many more. */
function listed(changes: readonly ResourceChange[]): string {
  const names = changes.slice(0, 5).map(changeName).join(', ');
  return changes.length > 5 ? `${names} and ${changes.length - 5} more` : names;
}

function verb(c: ResourceChange): string {
  if (c.action === 'Remove') return 'deleted';
  return c.replacement === 'Conditional' ? 'possibly replaced' : 'replaced';
}

/** A custom-named resource CloudFormation must replace: the update cannot succeed. */
function blockedReplacement(c: ResourceChange): string {
  const name = code(c.customName ?? '');
  return (
    `⛔ ${typeLabel(c.type)} ${changeName(c)} must be replaced but keeps its explicit name ${name}: ` +
    `CloudFormation cannot create the new one beside the old under the same name, so **the update will fail**. ` +
    `Fix: ${renameFix(c)}`
  );
}

function renameFix(c: ResourceChange): string {
  const key = c.resource !== undefined ? code(c.resource) : 'its key';
  const section = c.configPath?.split('.')[0];
  const where = section !== undefined ? ` in ${code(section)}` : '';
  const forcing = /because (.+?) changes?\b/.exec(c.reason ?? '')?.[1];
  const undo = forcing !== undefined ? ` Or undo the change to ${cell(forcing)}.` : '';
  return c.risk === 'data-loss'
    ? `rename ${key}${where} (e.g. \`${c.resource ?? 'name'}-v2\`) so a new resource is created beside the old one, copy the data across, then remove the old key.${undo}`
    : `rename ${key}${where} so the new resource gets a new name.${undo}`;
}

export function renderAttention(
  plan: PlanResult,
  failOn: FailOn | undefined,
  links: SourceLinks,
  allowReplacement: boolean,
): string {
  const items = attentionItems(plan, failOn);
  if (items.length === 0) return '';
  const shown = items.slice(0, ATTENTION_ITEMS).map((item) => {
    const link = lineLink(item.location, links);
    return `- ${item.text}${link !== '' ? ` — ${link}` : ''}`;
  });
  const more = items.length - shown.length;
  const lines = ['#### What needs your attention', ...shown];
  if (more > 0) lines.push(`- …and ${more} more: see the tables below.`);
  if (plan.changes.some((c) => c.risk === 'data-loss')) {
    lines.push(
      '',
      allowReplacement
        ? '`allow-replacement` is on: a deploy will go ahead and the data in these resources will be lost.'
        : 'A deploy refuses changes that delete data unless `allow-replacement: true` is set; back up the data first.',
    );
  }
  return lines.join('\n');
}
