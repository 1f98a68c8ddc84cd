// Amazon API Gateway: HTTP and REST requests (tiered), WebSocket messages and connection
// minutes, and the REST stage cache (billed per hour whether used or not).
import type { CfnTemplate } from '../../synth/types';
import { asArray, asString, isTrue, prop, resourcesOfType } from '../template';
import { HOURS_PER_MONTH, usageKey, type Charge, type CostContext } from './charge';
import { REST_CACHE_SIZES } from './prices';

const SERVICE = 'Amazon API Gateway';

export function apiCharges(template: CfnTemplate, context: CostContext): Charge[] {
  const usage = context.usage.api_gateway;
  const charges: Charge[] = [];
  for (const api of resourcesOfType(template, 'AWS::ApiGatewayV2::Api', context.origins)) {
    const common = {
      resource: usageKey(context, api.logicalId).key,
      logicalId: api.logicalId,
      service: SERVICE,
    };
    if (api.properties['ProtocolType'] === 'WEBSOCKET') {
      charges.push(
        {
          ...common,
          priceKey: 'apigateway.websocket.messages',
          quantity: usage?.monthly_messages,
          usageBased: true,
          usageHint: 'usage.api_gateway.monthly_messages',
        },
        {
          ...common,
          priceKey: 'apigateway.websocket.connection-minutes',
          quantity: usage?.monthly_connection_mins,
          usageBased: true,
          usageHint: 'usage.api_gateway.monthly_connection_mins',
        },
      );
    } else {
      charges.push({
        ...common,
        priceKey: 'apigateway.http.requests',
        quantity: usage?.monthly_requests,
        usageBased: true,
        usageHint: 'usage.api_gateway.monthly_requests',
      });
    }
  }
  for (const api of resourcesOfType(template, 'AWS::ApiGateway::RestApi', context.origins)) {
    charges.push({
      resource: usageKey(context, api.logicalId).key,
      logicalId: api.logicalId,
      service: SERVICE,
      priceKey: 'apigateway.rest.requests',
      quantity: usage?.monthly_requests,
      usageBased: true,
      usageHint: 'usage.api_gateway.monthly_requests',
    });
  }
  for (const stage of resourcesOfType(template, 'AWS::ApiGateway::Stage', context.origins)) {
    if (!isTrue(stage.properties['CacheClusterEnabled'])) continue;
    const size = asString(stage.properties['CacheClusterSize']) ?? '0.5';
    if (!(REST_CACHE_SIZES as readonly string[]).includes(size)) continue;
    charges.push({
      resource: usageKey(context, stage.logicalId).key,
      logicalId: stage.logicalId,
      service: SERVICE,
      priceKey: `apigateway.rest.cache.${size}`,
      quantity: HOURS_PER_MONTH,
      usageBased: false,
      derivation: `${size} GB cache x 730 h`,
    });
  }
  return charges;
}

/** True when any method of a REST stage turns caching on (used by the security rules too). */
export function stageCachingEnabled(properties: Readonly<Record<string, unknown>>): boolean {
  return asArray(properties['MethodSettings']).some((s) => isTrue(prop(s, 'CachingEnabled')));
}
