// checkTables on its own: what CloudFormation would reject minutes into a deploy, reported
// at the table's own line.
import { checkTables } from '../../src/config/checks/tables';
import { contextOf, described } from './check-context';

const S = (name: string) => ({ name, type: 'S' });
const table = (settings: Record<string, unknown>) =>
  described(
    checkTables(
      contextOf({ dynamodb_config: { t: { hash_key: 'id', attributes: [S('id')], ...settings } } }),
    ),
  );

describe('keys and attribute definitions', () => {
  it('a table whose keys are defined, and only those, is fine', () => {
    expect(table({ range_key: 'at', attributes: [S('id'), S('at')] })).toEqual([]);
  });

  it('an attribute defined twice is reported at its second definition', () => {
    expect(table({ attributes: [S('id'), S('id')] })).toEqual([
      'error dynamodb_config.t.attributes.1.name: attribute "id" is defined twice',
    ]);
  });

  it('a key without a definition, with the likely one', () => {
    expect(
      table({ hash_key: 'pk', range_key: 'sortkey', attributes: [S('pk'), S('sort_key')] }),
    ).toEqual([
      'error dynamodb_config.t.range_key: range_key "sortkey" is not in attributes: add { name: sortkey, type: S|N|B } there; did you mean "sort_key"?',
      'error dynamodb_config.t.attributes.1: attribute "sort_key" is not a key of the table or of an index; DynamoDB rejects definitions of other attributes: remove it (items may hold any attribute without it)',
    ]);
    expect(table({ hash_key: 'owner' })).toEqual([
      'error dynamodb_config.t.hash_key: hash_key "owner" is not in attributes: add { name: owner, type: S|N|B } there',
      'error dynamodb_config.t.attributes.0: attribute "id" is not a key of the table or of an index; DynamoDB rejects definitions of other attributes: remove it (items may hold any attribute without it)',
    ]);
  });

  it('an attribute an index uses as its hash or range key is a key', () => {
    expect(
      table({
        attributes: [S('id'), S('email'), S('at')],
        global_secondary_indexes: [{ name: 'by-email', hash_key: 'email', range_key: 'at' }],
      }),
    ).toEqual([]);
  });
});

describe('global secondary indexes', () => {
  it('an index name used twice in one table', () => {
    expect(
      table({
        attributes: [S('id'), S('email')],
        global_secondary_indexes: [
          { name: 'by-email', hash_key: 'email' },
          { name: 'other', hash_key: 'email' },
          { name: 'by-email', hash_key: 'email' },
        ],
      }),
    ).toEqual([
      'error dynamodb_config.t.global_secondary_indexes.2.name: index name "by-email" is used twice in this table',
    ]);
  });

  it('index keys must be defined attributes', () => {
    expect(
      table({
        attributes: [S('id'), S('email')],
        global_secondary_indexes: [{ name: 'by-mail', hash_key: 'emial', range_key: 'at' }],
      }),
    ).toEqual([
      'error dynamodb_config.t.attributes.1: attribute "email" is not a key of the table or of an index; DynamoDB rejects definitions of other attributes: remove it (items may hold any attribute without it)',
      'error dynamodb_config.t.global_secondary_indexes.0.hash_key: hash_key "emial" is not in attributes: add { name: emial, type: S|N|B } there; did you mean "email"?',
      'error dynamodb_config.t.global_secondary_indexes.0.range_key: range_key "at" is not in attributes: add { name: at, type: S|N|B } there',
    ]);
  });

  it('INCLUDE needs non_key_attributes, and only INCLUDE takes them', () => {
    const index = (projection: Record<string, unknown>) =>
      table({
        attributes: [S('id'), S('email')],
        global_secondary_indexes: [{ name: 'by-email', hash_key: 'email', ...projection }],
      });
    expect(index({ projection_type: 'INCLUDE' })).toEqual([
      'error dynamodb_config.t.global_secondary_indexes.0.projection_type: projection_type INCLUDE needs non_key_attributes: the attributes to copy into the index',
    ]);
    expect(index({ projection_type: 'INCLUDE', non_key_attributes: ['name'] })).toEqual([]);
    expect(index({ projection_type: 'KEYS_ONLY', non_key_attributes: ['name'] })).toEqual([
      'warning dynamodb_config.t.global_secondary_indexes.0.non_key_attributes (key): non_key_attributes applies to projection_type INCLUDE only; with KEYS_ONLY it is ignored',
    ]);
    expect(index({ non_key_attributes: ['name'] })).toEqual([
      expect.stringContaining('with ALL it is ignored'),
    ]);
    expect(index({ projection_type: 'KEYS_ONLY', non_key_attributes: [] })).toEqual([]);
  });
});

describe('streams and TTL', () => {
  it('stream_enabled needs a view type; a view type without a stream is ignored', () => {
    expect(table({ stream_enabled: true })).toEqual([
      'error dynamodb_config.t.stream_enabled (key): stream_enabled needs stream_view_type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES',
    ]);
    expect(table({ stream_view_type: 'NEW_IMAGE' })).toEqual([
      'warning dynamodb_config.t.stream_view_type (key): stream_view_type is ignored while stream_enabled is false',
    ]);
    expect(table({ stream_enabled: true, stream_view_type: 'NEW_IMAGE' })).toEqual([]);
    expect(table({ stream_enabled: false, stream_view_type: null })).toEqual([]);
  });

  it('ttl_enabled needs an attribute; an attribute without TTL is ignored', () => {
    expect(table({ ttl_enabled: true })).toEqual([
      'error dynamodb_config.t.ttl_enabled (key): ttl_enabled needs ttl_attribute: the attribute holding the expiry time (epoch seconds)',
    ]);
    expect(table({ ttl_attribute: 'expires' })).toEqual([
      'warning dynamodb_config.t.ttl_attribute (key): ttl_attribute is ignored while ttl_enabled is false',
    ]);
    expect(table({ ttl_enabled: true, ttl_attribute: 'expires' })).toEqual([]);
  });
});

describe('capacity', () => {
  it('PROVISIONED needs both capacities', () => {
    expect(table({ billing_mode: 'PROVISIONED' })).toEqual([
      'error dynamodb_config.t.billing_mode: billing_mode PROVISIONED needs read_capacity (units per second)',
      'error dynamodb_config.t.billing_mode: billing_mode PROVISIONED needs write_capacity (units per second)',
    ]);
    expect(table({ billing_mode: 'PROVISIONED', read_capacity: 5 })).toEqual([
      'error dynamodb_config.t.billing_mode: billing_mode PROVISIONED needs write_capacity (units per second)',
    ]);
    expect(
      table({
        billing_mode: 'PROVISIONED',
        read_capacity: 5,
        write_capacity: 5,
        autoscaling: { min_capacity: 5, max_capacity: 5 },
      }),
    ).toEqual([]);
  });

  it('capacities and autoscaling are ignored on demand', () => {
    expect(
      table({
        read_capacity: 5,
        write_capacity: 5,
        autoscaling: { min_capacity: 1, max_capacity: 5 },
      }),
    ).toEqual([
      'warning dynamodb_config.t.read_capacity (key): read_capacity applies to billing_mode PROVISIONED only; it is ignored',
      'warning dynamodb_config.t.write_capacity (key): write_capacity applies to billing_mode PROVISIONED only; it is ignored',
      'warning dynamodb_config.t.autoscaling (key): autoscaling applies to billing_mode PROVISIONED only; it is ignored',
    ]);
  });

  it('autoscaling min above max', () => {
    expect(
      table({
        billing_mode: 'PROVISIONED',
        read_capacity: 5,
        write_capacity: 5,
        autoscaling: { min_capacity: 6, max_capacity: 5 },
      }),
    ).toEqual([
      'error dynamodb_config.t.autoscaling.min_capacity: autoscaling min_capacity (6) is above max_capacity (5)',
    ]);
  });
});
