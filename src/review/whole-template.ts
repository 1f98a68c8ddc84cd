// The review reads a stack as one template, whether synth wrote it flat or split it into
// nested stacks: every resource of the parent and of each nested stack, with what crosses a
// boundary followed back to what it stands for. A nested template's parameter is replaced
// by the value the parent passes (`{Ref: Table}` instead of `{Ref: referencetoTable...Ref}`)
// and a parent's `Fn::GetAtt [Nested, Outputs.X]` by the nested output's value, so the cost
// model and the rules, which follow references inside one template, see a nested function
// reach its table, route and queue exactly as a flat one does. The nested stacks' own
// AWS::CloudFormation::Stack resources are left out: they are plumbing, free, and the flat
// stack has none. Pure: the templates are read, never changed.
import { templatesOf, type StackTemplates } from '../synth/templates';
import { NESTED_STACK_TYPE, type CfnTemplate } from '../synth/types';
import { isRecord } from './template';

const OUTPUT_PREFIX = 'Outputs.';

interface Scope {
  readonly template: CfnTemplate;
  /** Local logical id -> id in the whole template (the same unless another template has it). */
  readonly ids: ReadonlyMap<string, string>;
  /** For a nested template: what the parent passes for each parameter, read in the parent's scope. */
  readonly passed?: { readonly values: Readonly<Record<string, unknown>>; readonly scope: Scope };
}

type Resource = CfnTemplate['Resources'][string];

/** The stack's templates as one; a flat stack's template as it is. */
export function wholeTemplate(stack: StackTemplates): CfnTemplate {
  const templates = templatesOf(stack);
  if (templates.length === 1) return stack.template;

  const taken = new Set<string>();
  const scopes = new Map<string | undefined, Scope>();
  const parentIds = new Map<string, string>();
  for (const id of Object.keys(stack.template.Resources)) {
    parentIds.set(id, id);
    taken.add(id);
  }
  const parent: Scope = { template: stack.template, ids: parentIds };
  scopes.set(undefined, parent);
  for (const { nestedStack, template } of templates.slice(1)) {
    const ids = new Map<string, string>();
    for (const id of Object.keys(template.Resources)) {
      // Logical ids are unique across the templates synth writes; should two ever meet, the
      // nested one is prefixed with its stack's rather than hide the other.
      const merged = taken.has(id) ? `${nestedStack!}${id}` : id;
      ids.set(id, merged);
      taken.add(merged);
    }
    const values = stack.template.Resources[nestedStack!]?.Properties?.['Parameters'];
    scopes.set(nestedStack, {
      template,
      ids,
      passed: { values: isRecord(values) ? values : {}, scope: parent },
    });
  }

  const resources: CfnTemplate['Resources'] = {};
  for (const [key, scope] of scopes) {
    for (const [id, resource] of Object.entries(scope.template.Resources)) {
      if (key === undefined && resource.Type === NESTED_STACK_TYPE && scopes.has(id)) continue;
      resources[scope.ids.get(id)!] = readResource(resource, scope, scopes);
    }
  }
  const outputs = stack.template.Outputs;
  return {
    ...stack.template,
    Resources: resources,
    ...(outputs !== undefined && {
      Outputs: Object.fromEntries(
        Object.entries(outputs).map(([name, output]) => [
          name,
          { ...output, Value: follow(output.Value, parent, scopes) },
        ]),
      ),
    }),
  };
}

function readResource(
  resource: Resource,
  scope: Scope,
  scopes: ReadonlyMap<string | undefined, Scope>,
): Resource {
  const out: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(resource)) {
    if (attribute === 'Type' || attribute === 'Metadata' || attribute === 'Condition') {
      out[attribute] = value;
    } else if (attribute === 'DependsOn') {
      const rename = (id: string): string => scope.ids.get(id) ?? id;
      out[attribute] = Array.isArray(value) ? value.map(rename) : rename(value as string);
    } else {
      out[attribute] = follow(value, scope, scopes);
    }
  }
  return out as Resource;
}

/** `value` with its references rewritten for the whole template. */
function follow(
  value: unknown,
  scope: Scope,
  scopes: ReadonlyMap<string | undefined, Scope>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => follow(item, scope, scopes));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const ref = value['Ref'];
    if (typeof ref === 'string') return followRef(ref, scope, scopes) ?? value;
    const getAtt = value['Fn::GetAtt'];
    const target = getAttParts(getAtt);
    if (target) return followGetAtt(target[0], target[1], scope, scopes) ?? value;
    const sub = value['Fn::Sub'];
    if (sub !== undefined) return followSub(sub, scope, scopes);
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, follow(child, scope, scopes)]),
  );
}

function followRef(
  ref: string,
  scope: Scope,
  scopes: ReadonlyMap<string | undefined, Scope>,
): unknown {
  const id = scope.ids.get(ref);
  if (id !== undefined) return { Ref: id };
  if (scope.passed && Object.hasOwn(scope.passed.values, ref)) {
    return follow(scope.passed.values[ref], scope.passed.scope, scopes);
  }
  return undefined;
}

function followGetAtt(
  target: string,
  attribute: string,
  scope: Scope,
  scopes: ReadonlyMap<string | undefined, Scope>,
): unknown {
  const id = scope.ids.get(target);
  if (id === undefined) return undefined;
  const child = scope.passed === undefined ? scopes.get(target) : undefined;
  if (child && attribute.startsWith(OUTPUT_PREFIX)) {
    const output = child.template.Outputs?.[attribute.slice(OUTPUT_PREFIX.length)];
    if (output !== undefined) return follow(output.Value, child, scopes);
  }
  return { 'Fn::GetAtt': [id, attribute] };
}

/**
 * A `Fn::Sub` whose variables name something outside its template: each such variable is
 * given its followed value in the variables map, the way CloudFormation reads it.
 */
function followSub(
  sub: unknown,
  scope: Scope,
  scopes: ReadonlyMap<string | undefined, Scope>,
): unknown {
  const [text, variables] = (Array.isArray(sub) ? sub : [sub]) as unknown[];
  if (typeof text !== 'string') return { 'Fn::Sub': follow(sub, scope, scopes) };
  const given = isRecord(variables) ? variables : {};
  const added: Record<string, unknown> = {};
  for (const match of text.matchAll(/\$\{([A-Za-z0-9:]+)(?:\.([A-Za-z0-9.]+))?\}/g)) {
    const [whole, name, attribute] = match;
    const variable = whole.slice(2, -1);
    if (name === undefined || Object.hasOwn(given, variable) || name.includes(':')) continue;
    const followed =
      attribute === undefined
        ? followRef(name, scope, scopes)
        : followGetAtt(name, attribute, scope, scopes);
    const same = attribute === undefined ? { Ref: name } : { 'Fn::GetAtt': [name, attribute] };
    if (followed !== undefined && JSON.stringify(followed) !== JSON.stringify(same)) {
      added[variable] = followed;
    }
  }
  const followedGiven = follow(given, scope, scopes) as Record<string, unknown>;
  if (Object.keys(added).length === 0 && variables === undefined) return { 'Fn::Sub': text };
  return { 'Fn::Sub': [text, { ...followedGiven, ...added }] };
}

function getAttParts(value: unknown): [string, string] | undefined {
  if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
    return [value[0], value[1]];
  }
  if (typeof value === 'string' && value.includes('.')) {
    const dot = value.indexOf('.');
    return [value.slice(0, dot), value.slice(dot + 1)];
  }
  return undefined;
}
