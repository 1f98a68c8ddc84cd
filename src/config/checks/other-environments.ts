// Keys in the environments this run does not select. The merge and the schema check only the
// stage being validated, so without this a typo in `environments.prod` would pass `validate`
// on every pull request and fail only on the day prod deploys. Values there are checked
// when that stage is validated (they may depend on the merge); keys do not, so they are
// checked now, against the same schema, at their own line.
import { error, type ConfigPath, type Finding } from '../findings';
import { unknownKeyMessage } from '../issues';
import { isPlainObject } from '../plain-object';
import { ResolvedConfigSchema } from '../schema';
import { defOf, knownKeys, unwrap } from '../schema-walk';

/**
 * Unknown keys in every `environments` entry (a name or a pattern) that is not one of
 * `applied`, the layers merged into the validated stage (those are checked merged).
 */
export function checkOtherEnvironmentKeys(
  environments: unknown,
  applied: readonly string[],
): Finding[] {
  if (!isPlainObject(environments)) return [];
  return Object.entries(environments)
    .filter(([name, overrides]) => !applied.includes(name) && isPlainObject(overrides))
    .flatMap(([name, overrides]) =>
      unknownKeysIn(overrides, unwrap(ResolvedConfigSchema), [], ['environments', name]),
    );
}

type Schema = Parameters<typeof defOf>[0];

function unknownKeysIn(
  value: unknown,
  schema: Schema | undefined,
  path: ConfigPath,
  prefix: ConfigPath,
): Finding[] {
  if (schema === undefined) return [];
  const def = defOf(schema);
  if (def.type === 'union') {
    // A route is a string or an object, a secret a reference string or an object: check
    // against the options that fit the value's shape.
    const options = (def.options ?? []).map(unwrap);
    const fitting = options.filter((option) =>
      Array.isArray(value) ? defOf(option).type === 'array' : defOf(option).type === 'object',
    );
    return fitting.length === 1 ? unknownKeysIn(value, fitting[0], path, prefix) : [];
  }
  if (Array.isArray(value)) {
    const element =
      def.type === 'array' && def.element !== undefined ? unwrap(def.element) : undefined;
    return value.flatMap((item, index) => unknownKeysIn(item, element, [...path, index], prefix));
  }
  if (!isPlainObject(value)) return [];
  if (def.type === 'record') {
    const inner = def.valueType === undefined ? undefined : unwrap(def.valueType);
    return Object.entries(value).flatMap(([key, item]) =>
      unknownKeysIn(item, inner, [...path, key], prefix),
    );
  }
  if (def.type !== 'object') return [];
  // Only a strict object lists every key it takes; free-form data (a resource policy, an
  // event pattern) accepts any.
  const strict = isStrict(schema);
  const shape = def.shape ?? {};
  return Object.entries(value).flatMap(([key, item]) => {
    const child = shape[key];
    if (child === undefined) {
      return strict
        ? [
            error(
              [...prefix, ...path, key],
              unknownKeyMessage(key, [...prefix, ...path], knownKeys(schema)),
              'key',
            ),
          ]
        : [];
    }
    return unknownKeysIn(item, unwrap(child), [...path, key], prefix);
  });
}

function isStrict(schema: Schema): boolean {
  // zod 4 marks z.strictObject by a `catchall` of z.never().
  const catchall = (defOf(schema) as { catchall?: Schema }).catchall;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: every object of ResolvedConfigSchema is strict (free-form data are records), so no test can tell a non-strict one apart
  return catchall !== undefined && defOf(catchall).type === 'never';
}
