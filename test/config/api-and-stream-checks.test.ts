// Values that used to validate and then do nothing are now honoured or reported at their line:
// reserved tag keys, AT_TIMESTAMP without a timestamp, protocol_type without type, request
// schemas on APIs that cannot check them, a body validator without models, private APIs
// without endpoints.
import { analyze, yaml } from './helpers';

const messages = (list: readonly { line: number; column: number; message: string }[]) =>
  list.map((d) => `${d.line}:${d.column}: ${d.message}`);

describe('reserved tag keys', () => {
  it('warn at the key, in any case, when the value would be dropped', () => {
    const analysis = analyze(yaml`
      project_name: shop
      environment: dev
      tags:
        Environment: production
        MANAGED-BY: terraform
        team: checkout
    `);
    expect(analysis.errors).toEqual([]);
    const found = messages(analysis.warnings);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^4:3: tag "Environment: production" is dropped/);
    expect(found[1]).toMatch(/^5:3: tag "MANAGED-BY: terraform" is dropped.*rename it/);
  });

  it('say nothing when the config writes the value the stack sets anyway', () => {
    const analysis = analyze(yaml`
      project_name: shop
      environment: dev
      tags: { Project: shop, environment: dev }
    `);
    expect(analysis.warnings).toEqual([]);
  });
});

describe('starting_position_timestamp', () => {
  it('is required by AT_TIMESTAMP on Kinesis', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        clicks:
          type: KINESIS
          starting_position: AT_TIMESTAMP
    `);
    expect(messages(analysis.errors)).toEqual([
      expect.stringMatching(
        /^6:24: starting_position AT_TIMESTAMP needs starting_position_timestamp/,
      ),
    ]);
  });

  it('is accepted as RFC 3339 with AT_TIMESTAMP, and warned about without it', () => {
    const ok = analyze(yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        clicks: { type: KINESIS, starting_position: AT_TIMESTAMP, starting_position_timestamp: "2026-01-31T00:00:00Z" }
    `);
    expect(ok.errors).toEqual([]);
    expect(ok.warnings).toEqual([]);
    const ignored = analyze(yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        clicks:
          type: KINESIS
          starting_position_timestamp: "2026-01-31T00:00:00Z"
    `);
    expect(messages(ignored.warnings)).toEqual([
      expect.stringMatching(/^6:5: starting_position_timestamp is used only with .*AT_TIMESTAMP/),
    ]);
  });
});

describe('api_gateway_config', () => {
  it('takes the API kind from protocol_type when type is absent', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config:
        ws: { routes: ["$connect", "$default"] }
      api_gateway_config:
        protocol_type: WEBSOCKET
    `);
    expect(analysis.errors).toEqual([]);
    expect(analysis.config?.api_gateway_config?.type).toBe('WEBSOCKET');
  });

  it('refuses request_schema on an HTTP API, at the key', () => {
    const analysis = analyze(
      yaml`
      project_name: shop
      lambda_config:
        api:
          routes:
            - route: POST /items
              request_schema: schemas/item.json
      api_gateway_config: { type: HTTP }
    `,
      { probe: (path) => (path.endsWith('.json') ? 'file' : 'directory') },
    );
    expect(messages(analysis.errors)).toEqual([
      expect.stringMatching(/^6:9: request_schema validates requests on REST APIs only/),
    ]);
  });

  it('warns that a body validator without any request_schema checks nothing', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config:
        api: { routes: ["POST /items"] }
      api_gateway_config:
        type: REST
        validate_request_body: true
    `);
    expect(messages(analysis.warnings)).toEqual([
      expect.stringMatching(/^6:26: validate_request_body .* no route has one/),
    ]);
  });

  it('needs vpc_endpoint_ids or a resource_policy for a PRIVATE API', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config: { api: {} }
      api_gateway_config:
        type: REST
        endpoint_type: PRIVATE
    `);
    expect(messages(analysis.errors)).toEqual([
      expect.stringMatching(/^5:18: a PRIVATE API needs vpc_endpoint_ids/),
    ]);
  });

  it('warns about REST-only and WebSocket-only settings on an HTTP API', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config: { api: {} }
      api_gateway_config:
        type: HTTP
        web_acl_arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/x/1
        logging_level: INFO
        route_selection_expression: $request.body.type
    `);
    expect(analysis.errors).toEqual([]);
    expect(analysis.warnings.map((w) => w.path)).toEqual([
      'api_gateway_config.web_acl_arn',
      'api_gateway_config.logging_level',
      'api_gateway_config.route_selection_expression',
    ]);
  });
});

describe('files the config names', () => {
  it('must exist: request schemas and layer directories, each at its line', () => {
    const analysis = analyze(
      yaml`
      project_name: shop
      lambda_config:
        api:
          layers: [layers/missing, "arn:aws:lambda:us-east-1:123456789012:layer:deps:3"]
          routes:
            - route: POST /items
              request_schema: schemas/missing.json
      api_gateway_config: { type: REST }
    `,
      { probe: (path) => (path.includes('missing') ? 'missing' : 'directory') },
    );
    expect(messages(analysis.errors)).toEqual([
      expect.stringMatching(
        /^4:14: layer layers\/missing is neither a layer version ARN nor a directory/,
      ),
      expect.stringMatching(/^7:25: request_schema schemas\/missing.json does not exist/),
    ]);
  });
});
