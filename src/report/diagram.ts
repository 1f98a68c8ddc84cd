// A Mermaid picture of the stack (API -> functions -> tables, queues, topics, schedules),
// its added, changed, replaced and removed parts coloured. GitHub renders ```mermaid blocks
// in comments and job summaries. Above MAX_NODES the picture becomes one box per kind.
import type { ResourceChange } from '../deploy/types';
import { graphKindOf, type GraphNodeKind, type StackGraph } from '../review/graph';
import { plural } from './markdown';

/** More nodes than this and the picture summarizes by kind. */
export const MAX_NODES = 50;

type State = 'added' | 'changed' | 'replaced' | 'removed' | 'same';

/** Worst first: a summarized box takes the colour of its worst member. */
const STATE_ORDER: readonly State[] = ['removed', 'replaced', 'added', 'changed', 'same'];

const KIND_ORDER: readonly GraphNodeKind[] = [
  'api',
  'schedule',
  'rule',
  'topic',
  'queue',
  'stream',
  'bucket',
  'function',
  'table',
];

const KIND_ICON: Readonly<Record<GraphNodeKind, string>> = {
  api: '🌐',
  function: 'λ',
  table: '🗄️',
  queue: '📨',
  topic: '📣',
  schedule: '⏰',
  rule: '🎯',
  stream: '🌊',
  bucket: '🪣',
};

const KIND_NAME: Readonly<Record<GraphNodeKind, [string, string]>> = {
  api: ['API', 'APIs'],
  function: ['function', 'functions'],
  table: ['table', 'tables'],
  queue: ['queue', 'queues'],
  topic: ['topic', 'topics'],
  schedule: ['schedule', 'schedules'],
  rule: ['rule', 'rules'],
  stream: ['stream', 'streams'],
  bucket: ['bucket', 'buckets'],
};

const CLASS_DEFS = [
  'classDef added fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef changed fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  'classDef replaced fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef removed fill:#f6f8fa,stroke:#cf222e,stroke-dasharray:4 3,color:#57606a',
];

function stateOf(change: ResourceChange | undefined): State {
  if (change === undefined) return 'same';
  if (change.action === 'Add' || change.action === 'Import') return 'added';
  if (change.action === 'Remove') return 'removed';
  return change.replacement === 'True' || change.replacement === 'Conditional'
    ? 'replaced'
    : 'changed';
}

/** Mermaid label text: quotes and angle brackets as entities. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** The node's shape by kind; `text` is already escaped (label()). */
function shape(kind: GraphNodeKind, text: string): string {
  const t = `"${text}"`;
  switch (kind) {
    case 'function':
      return `(${t})`;
    case 'table':
      return `[(${t})]`;
    case 'queue':
    case 'stream':
      return `[/${t}/]`;
    case 'api':
      return `{{${t}}}`;
    default:
      return `[${t}]`;
  }
}

interface DrawnNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly label: string;
  readonly state: State;
}

/** The graph's nodes plus removed resources (only in the change set), each with its state. */
function drawnNodes(graph: StackGraph, changes: readonly ResourceChange[]): DrawnNode[] {
  const byId = new Map(changes.map((c) => [c.logicalId, c]));
  const nodes: DrawnNode[] = graph.nodes.map((n) => ({ ...n, state: stateOf(byId.get(n.id)) }));
  const known = new Set(graph.nodes.map((n) => n.id));
  for (const c of changes) {
    const kind = graphKindOf(c.type);
    if (c.action !== 'Remove' || kind === undefined || known.has(c.logicalId)) continue;
    nodes.push({ id: c.logicalId, kind, label: c.resource ?? c.logicalId, state: 'removed' });
  }
  return nodes;
}

export function renderDiagram(graph: StackGraph, changes: readonly ResourceChange[]): string {
  const nodes = drawnNodes(graph, changes);
  if (nodes.length === 0) return '';
  const body = nodes.length > MAX_NODES ? summarized(nodes, graph) : detailed(nodes, graph);
  const legend =
    nodes.length > MAX_NODES
      ? `${plural(nodes.length, 'part')}, drawn one box per kind. Colours: 🟩 added · 🟨 changed · 🟥 replaced · ⬜ dashed removed.`
      : 'Colours: 🟩 added · 🟨 changed · 🟥 replaced · ⬜ dashed removed.';
  return ['#### Stack', '```mermaid', body, '```', `<sub>${legend}</sub>`].join('\n');
}

function detailed(nodes: readonly DrawnNode[], graph: StackGraph): string {
  const order = [...nodes].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label),
  );
  const short = new Map(order.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of order) {
    const cls = n.state === 'same' ? '' : `:::${n.state}`;
    lines.push(
      `  ${short.get(n.id)}${shape(n.kind, label(`${KIND_ICON[n.kind]} ${n.label}`))}${cls}`,
    );
  }
  for (const e of graph.edges) {
    const from = short.get(e.from);
    const to = short.get(e.to);
    if (from !== undefined && to !== undefined) lines.push(`  ${from} --> ${to}`);
  }
  return [...lines, ...CLASS_DEFS.map((d) => `  ${d}`)].join('\n');
}

function summarized(nodes: readonly DrawnNode[], graph: StackGraph): string {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const lines = ['flowchart LR'];
  for (const kind of KIND_ORDER) {
    const these = nodes.filter((n) => n.kind === kind);
    if (these.length === 0) continue;
    const counts = STATE_ORDER.filter((s) => s !== 'same')
      .map((s) => [s, these.filter((n) => n.state === s).length] as const)
      .filter(([, count]) => count > 0)
      .map(([s, count]) => `${count} ${s}`);
    const worst = STATE_ORDER.find((s) => these.some((n) => n.state === s)) ?? 'same';
    const [one, many] = KIND_NAME[kind];
    const text = `${KIND_ICON[kind]} ${these.length} ${these.length === 1 ? one : many}${counts.length > 0 ? `<br/>${counts.join(' · ')}` : ''}`;
    lines.push(`  ${kind}${shape(kind, text)}${worst === 'same' ? '' : `:::${worst}`}`);
  }
  const seen = new Set<string>();
  for (const e of graph.edges) {
    const from = kindOf.get(e.from);
    const to = kindOf.get(e.to);
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from}->${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${from} --> ${to}`);
  }
  return [...lines, ...CLASS_DEFS.map((d) => `  ${d}`)].join('\n');
}
