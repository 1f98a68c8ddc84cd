// Checks on each dynamodb_config entry that CloudFormation would otherwise reject minutes
// into a deploy: keys without an attribute definition, a stream without a view type, TTL
// without an attribute, PROVISIONED without capacities, INCLUDE without attributes.
import { error, warning, type Finding } from '../findings';
import type { DynamoDbTableConfig } from '../schema';
import { didYouMean } from '../suggest';
import { isSet, type SemanticContext } from './context';

export function checkTables(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, table] of Object.entries(context.config.dynamodb_config)) {
    const path = ['dynamodb_config', key];
    findings.push(
      ...checkKeys(path, table),
      ...checkIndexes(path, table),
      ...checkStreamAndTtl(path, table),
      ...checkCapacity(path, table),
    );
  }
  return findings;
}

function checkKeys(path: readonly string[], table: DynamoDbTableConfig): Finding[] {
  const findings: Finding[] = [];
  const defined = table.attributes.map((a) => a.name);
  const seen = new Set<string>();
  table.attributes.forEach((attribute, i) => {
    if (seen.has(attribute.name)) {
      findings.push(
        error([...path, 'attributes', i, 'name'], `attribute "${attribute.name}" is defined twice`),
      );
    }
    seen.add(attribute.name);
  });
  const keyFields = [
    ['hash_key', table.hash_key],
    ['range_key', table.range_key],
  ] as const;
  for (const [field, name] of keyFields) {
    if (isSet(name) && !seen.has(name)) {
      findings.push(error([...path, field], missingAttribute(name, field, defined)));
    }
  }
  // CloudFormation rejects a table whose attribute definitions include one no key uses.
  const used = new Set<string>(
    [
      table.hash_key,
      table.range_key,
      ...(table.global_secondary_indexes ?? []).flatMap((g) => [g.hash_key, g.range_key]),
    ].filter((name): name is string => isSet(name)),
  );
  table.attributes.forEach((attribute, i) => {
    if (!used.has(attribute.name)) {
      findings.push(
        error(
          [...path, 'attributes', i],
          `attribute "${attribute.name}" is not a key of the table or of an index; DynamoDB rejects definitions of other attributes: remove it (items may hold any attribute without it)`,
        ),
      );
    }
  });
  return findings;
}

function checkIndexes(path: readonly string[], table: DynamoDbTableConfig): Finding[] {
  const findings: Finding[] = [];
  const defined = table.attributes.map((a) => a.name);
  const names = new Set<string>();
  (table.global_secondary_indexes ?? []).forEach((index, i) => {
    const indexPath = [...path, 'global_secondary_indexes', i];
    if (names.has(index.name)) {
      findings.push(
        error([...indexPath, 'name'], `index name "${index.name}" is used twice in this table`),
      );
    }
    names.add(index.name);
    for (const field of ['hash_key', 'range_key'] as const) {
      const name = index[field];
      if (isSet(name) && !defined.includes(name)) {
        findings.push(error([...indexPath, field], missingAttribute(name, field, defined)));
      }
    }
    const nonKey = index.non_key_attributes ?? [];
    if (index.projection_type === 'INCLUDE' && nonKey.length === 0) {
      findings.push(
        error(
          [...indexPath, 'projection_type'],
          'projection_type INCLUDE needs non_key_attributes: the attributes to copy into the index',
        ),
      );
    }
    if (index.projection_type !== 'INCLUDE' && nonKey.length > 0) {
      findings.push(
        warning(
          [...indexPath, 'non_key_attributes'],
          `non_key_attributes applies to projection_type INCLUDE only; with ${index.projection_type} it is ignored`,
          'key',
        ),
      );
    }
  });
  return findings;
}

function checkStreamAndTtl(path: readonly string[], table: DynamoDbTableConfig): Finding[] {
  const findings: Finding[] = [];
  if (table.stream_enabled && !isSet(table.stream_view_type)) {
    findings.push(
      error(
        [...path, 'stream_enabled'],
        'stream_enabled needs stream_view_type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES',
        'key',
      ),
    );
  }
  if (!table.stream_enabled && isSet(table.stream_view_type)) {
    findings.push(
      warning(
        [...path, 'stream_view_type'],
        'stream_view_type is ignored while stream_enabled is false',
        'key',
      ),
    );
  }
  if (table.ttl_enabled && !isSet(table.ttl_attribute)) {
    findings.push(
      error(
        [...path, 'ttl_enabled'],
        'ttl_enabled needs ttl_attribute: the attribute holding the expiry time (epoch seconds)',
        'key',
      ),
    );
  }
  if (!table.ttl_enabled && isSet(table.ttl_attribute)) {
    findings.push(
      warning(
        [...path, 'ttl_attribute'],
        'ttl_attribute is ignored while ttl_enabled is false',
        'key',
      ),
    );
  }
  return findings;
}

function checkCapacity(path: readonly string[], table: DynamoDbTableConfig): Finding[] {
  const findings: Finding[] = [];
  if (table.billing_mode === 'PROVISIONED') {
    for (const field of ['read_capacity', 'write_capacity'] as const) {
      if (!isSet(table[field])) {
        findings.push(
          error(
            [...path, 'billing_mode'],
            `billing_mode PROVISIONED needs ${field} (units per second)`,
          ),
        );
      }
    }
  } else {
    for (const field of ['read_capacity', 'write_capacity', 'autoscaling'] as const) {
      if (isSet(table[field])) {
        findings.push(
          warning(
            [...path, field],
            `${field} applies to billing_mode PROVISIONED only; it is ignored`,
            'key',
          ),
        );
      }
    }
  }
  const scaling = table.autoscaling;
  if (scaling !== undefined && scaling.min_capacity > scaling.max_capacity) {
    findings.push(
      error(
        [...path, 'autoscaling', 'min_capacity'],
        `autoscaling min_capacity (${scaling.min_capacity}) is above max_capacity (${scaling.max_capacity})`,
      ),
    );
  }
  return findings;
}

function missingAttribute(name: string, field: string, defined: readonly string[]): string {
  return `${field} "${name}" is not in attributes: add { name: ${name}, type: S|N|B } there${didYouMean(name, defined)}`;
}
