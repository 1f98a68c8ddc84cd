// Amazon API Gateway lines as the PR comment lists them; figures by hand from
// src/review/cost/prices/us-east-1.json.
import { stageCachingEnabled } from '../../../src/review/cost/api';
import { bare, lines, made } from './templates';

const SERVICE = 'Amazon API Gateway';
const api = (items: ReturnType<typeof lines>) => items.filter((i) => i.service === SERVICE);

describe('HTTP and REST API requests', () => {
  it('prices HTTP API requests from usage.api_gateway', () => {
    const items = lines(
      { Http: made('api', 'api', 'AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' }) },
      { api_gateway: { monthly_requests: 1_000_000 } },
    );
    expect(api(items)).toEqual([
      {
        resource: 'api',
        logicalId: 'Http',
        service: SERVICE,
        usageBased: true,
        unitPrice: '$1.00 per 1M requests (first tier)',
        // 1M x $1.00 / 1M
        description: 'HTTP API requests: 1M requests x $1.00 per 1M requests (first tier)',
        monthlyUsd: 1,
      },
    ]);
  });

  it('prices REST API requests', () => {
    const items = lines(
      { Rest: made('api', 'api', 'AWS::ApiGateway::RestApi', { Name: 'x' }) },
      { api_gateway: { monthly_requests: 2_000_000 } },
    );
    expect(api(items)).toEqual([
      {
        resource: 'api',
        logicalId: 'Rest',
        service: SERVICE,
        usageBased: true,
        unitPrice: '$3.50 per 1M requests (first tier)',
        // 2M x $3.50 / 1M
        description: 'REST API requests: 2M requests x $3.50 per 1M requests (first tier)',
        monthlyUsd: 7,
      },
    ]);
  });

  it('without usage: the unit prices and the setting to add; without origins, the logical id', () => {
    const items = lines({
      Http: bare('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' }),
      Rest: bare('AWS::ApiGateway::RestApi'),
    });
    expect(api(items).map((i) => [i.resource, i.description, i.monthlyUsd])).toEqual([
      [
        'Http',
        'HTTP API requests: usage unknown; set usage.api_gateway.monthly_requests for an estimate',
        null,
      ],
      [
        'Rest',
        'REST API requests: usage unknown; set usage.api_gateway.monthly_requests for an estimate',
        null,
      ],
    ]);
  });
});

describe('WebSocket APIs', () => {
  const ws = { Ws: made('api', 'api', 'AWS::ApiGatewayV2::Api', { ProtocolType: 'WEBSOCKET' }) };

  it('prices messages and connection minutes', () => {
    const items = lines(ws, {
      api_gateway: { monthly_messages: 3_000_000, monthly_connection_mins: 10_000_000 },
    });
    const common = { resource: 'api', logicalId: 'Ws', service: SERVICE, usageBased: true };
    expect(api(items)).toEqual([
      {
        ...common,
        unitPrice: '$1.00 per 1M messages (first tier)',
        // 3M x $1.00 / 1M
        description: 'WebSocket messages: 3M messages x $1.00 per 1M messages (first tier)',
        monthlyUsd: 3,
      },
      {
        ...common,
        unitPrice: '$0.25 per 1M connection-minutes',
        // 10M x $0.25 / 1M
        description:
          'WebSocket connection minutes: 10M connection-minutes x $0.25 per 1M connection-minutes',
        monthlyUsd: 2.5,
      },
    ]);
  });

  it('names both settings when usage is missing', () => {
    expect(api(lines(ws)).map((i) => i.monthlyUsd)).toEqual([null, null]);
    expect(
      api(lines(ws, { api_gateway: { monthly_requests: 5 } })).map((i) => i.description),
    ).toEqual([
      'WebSocket messages: usage unknown; set usage.api_gateway.monthly_messages for an estimate',
      'WebSocket connection minutes: usage unknown; set usage.api_gateway.monthly_connection_mins for an estimate',
    ]);
  });
});

describe('REST stage cache', () => {
  const stage = (properties: Record<string, unknown>) =>
    made('stage', 'api', 'AWS::ApiGateway::Stage', { RestApiId: { Ref: 'Rest' }, ...properties });

  it('bills a cache for 730 hours at its size, whatever the traffic', () => {
    const items = lines({
      Prod: stage({ CacheClusterEnabled: true, CacheClusterSize: '0.5' }),
      // A number, and a boolean written as a string.
      Big: stage({ CacheClusterEnabled: 'true', CacheClusterSize: 6.1 }),
      // No size: API Gateway's default, 0.5 GB.
      Default: stage({ CacheClusterEnabled: true }),
      Off: stage({ CacheClusterEnabled: false, CacheClusterSize: '237' }),
      Unset: stage({ CacheClusterSize: '237' }),
      // Not a size API Gateway offers: no line rather than a wrong one.
      Odd: stage({ CacheClusterEnabled: true, CacheClusterSize: '2' }),
    });
    expect(api(items)).toEqual([
      {
        resource: 'api',
        logicalId: 'Prod',
        service: SERVICE,
        usageBased: false,
        unitPrice: '$0.02 per hour',
        // 730 h x $0.02
        description: 'REST API cache 0.5 GB: 730 hours (0.5 GB cache x 730 h) x $0.02 per hour',
        monthlyUsd: expect.closeTo(14.6, 9),
      },
      {
        resource: 'api',
        logicalId: 'Big',
        service: SERVICE,
        usageBased: false,
        unitPrice: '$0.20 per hour',
        // 730 h x $0.20
        description: 'REST API cache 6.1 GB: 730 hours (6.1 GB cache x 730 h) x $0.20 per hour',
        monthlyUsd: expect.closeTo(146, 9),
      },
      expect.objectContaining({
        logicalId: 'Default',
        description: 'REST API cache 0.5 GB: 730 hours (0.5 GB cache x 730 h) x $0.02 per hour',
      }),
    ]);
  });

  it('tells whether any method turns caching on', () => {
    expect(stageCachingEnabled({ MethodSettings: [{ CachingEnabled: true }] })).toBe(true);
    expect(
      stageCachingEnabled({
        MethodSettings: [{ CachingEnabled: false }, { CachingEnabled: 'true' }],
      }),
    ).toBe(true);
    expect(stageCachingEnabled({ MethodSettings: [{ CachingEnabled: false }, {}] })).toBe(false);
    expect(stageCachingEnabled({})).toBe(false);
  });
});
