// The stack's shape for the report's picture: the API, the functions, and the tables, queues,
// topics, schedules, streams and buckets they connect to, read from the template alone.
// Pure: it reads the template and never changes it.
import type { CfnTemplate, ResourceOrigin } from '../synth/types';
import { allOrigins, referencedId, referencedIds } from './template';

export type GraphNodeKind =
  'api' | 'function' | 'table' | 'queue' | 'topic' | 'schedule' | 'rule' | 'stream' | 'bucket';

export interface GraphNode {
  /** The logical id. */
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** The config key (`users`, `api-handler`), a DLQ marked as such, else the logical id. */
  readonly label: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
}

export interface StackGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

const KIND_OF_TYPE: Readonly<Record<string, GraphNodeKind>> = {
  'AWS::ApiGatewayV2::Api': 'api',
  'AWS::ApiGateway::RestApi': 'api',
  'AWS::Lambda::Function': 'function',
  'AWS::DynamoDB::Table': 'table',
  'AWS::SQS::Queue': 'queue',
  'AWS::SNS::Topic': 'topic',
  'AWS::Events::Rule': 'rule',
  'AWS::Kinesis::Stream': 'stream',
  'AWS::S3::Bucket': 'bucket',
};

/** Origin kinds of what the stack adds for itself (alarms' topic, artifact buckets): not drawn. */
const OWN_PLUMBING = new Set(['alarm-topic']);

/** The node kind of a resource type, for resources that are drawn. */
export function graphKindOf(type: string): GraphNodeKind | undefined {
  return KIND_OF_TYPE[type];
}

export function stackGraph(
  template: CfnTemplate,
  origins: Readonly<Record<string, ResourceOrigin>> = {},
): StackGraph {
  const resources = template.Resources ?? {};
  const origin = allOrigins(template, origins);
  const nodes = new Map<string, GraphNode>();
  for (const [id, resource] of Object.entries(resources)) {
    let kind = KIND_OF_TYPE[resource.Type];
    const from = origin[id];
    if (kind === undefined || (from !== undefined && OWN_PLUMBING.has(from.kind))) continue;
    if (kind === 'rule' && resource.Properties?.['ScheduleExpression'] !== undefined) {
      kind = 'schedule';
    }
    nodes.set(id, { id, kind, label: labelOf(id, from) });
  }

  // Functions by the role they run as, so a role's policy becomes the function's arrows.
  const functionsOfRole = new Map<string, string[]>();
  for (const node of nodes.values()) {
    if (node.kind !== 'function') continue;
    const role = referencedId(resources[node.id]?.Properties?.['Role']);
    if (role !== undefined)
      functionsOfRole.set(role, [...(functionsOfRole.get(role) ?? []), node.id]);
  }

  const edges = new Map<string, GraphEdge>();
  const add = (from: string, to: string): void => {
    if (from !== to) edges.set(`${from}->${to}`, { from, to });
  };
  // What invokes a function goes through its `live` alias: an arrow to the alias is one to the function.
  const aliased = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources)) {
    const target = referencedId(resource.Properties?.['FunctionName']);
    if (resource.Type === 'AWS::Lambda::Alias' && target !== undefined) aliased.set(id, target);
  }
  const drawn = (ids: Iterable<string>): string[] =>
    [...new Set([...ids].map((id) => aliased.get(id) ?? id))].filter((id) => nodes.has(id));

  for (const [id, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    if (nodes.has(id)) {
      // A node pointing at another: a rule's targets, a queue's redrive, an API's target.
      for (const to of drawn(referencedIds(properties))) add(id, to);
      continue;
    }
    if (resource.Type === 'AWS::Lambda::EventSourceMapping') {
      const named = referencedId(properties['FunctionName']);
      const target = named === undefined ? undefined : (aliased.get(named) ?? named);
      const source = referencedId(properties['EventSourceArn']);
      if (target === undefined || !nodes.has(target)) continue;
      if (source !== undefined && nodes.has(source)) add(source, target);
      for (const dlq of drawn(referencedIds(properties['DestinationConfig']))) add(target, dlq);
      continue;
    }
    if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::Role') {
      const roles =
        resource.Type === 'AWS::IAM::Role' ? [id] : [...referencedIds(properties['Roles'])];
      const users = roles.flatMap((role) => functionsOfRole.get(role) ?? []);
      const document = resource.Type === 'AWS::IAM::Role' ? properties['Policies'] : properties;
      const granted = drawn(referencedIds(document)).filter(
        (to) => nodes.get(to)?.kind !== 'api' && nodes.get(to)?.kind !== 'function',
      );
      for (const user of users) for (const to of granted) add(user, to);
      continue;
    }
    // Glue between two drawn parts (integrations, permissions, subscriptions): from what
    // calls to the function it calls.
    const touched = drawn(referencedIds(properties));
    const targets = touched.filter((t) => nodes.get(t)?.kind === 'function');
    const sources = touched.filter((t) => nodes.get(t)?.kind !== 'function');
    for (const source of sources) for (const target of targets) add(source, target);
  }
  // A function may read what triggers it (its role's grant on the queue or stream): the
  // arrow that matters is the trigger's, so the grant's reverse arrow goes.
  for (const [key, edge] of edges) {
    if (nodes.get(edge.from)?.kind === 'function' && edges.has(`${edge.to}->${edge.from}`)) {
      edges.delete(key);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function labelOf(id: string, origin: ResourceOrigin | undefined): string {
  if (origin === undefined) return id;
  if (origin.kind === 'dlq') return `${origin.key} DLQ`;
  return origin.key;
}
