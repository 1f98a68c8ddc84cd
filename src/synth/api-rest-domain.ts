// A REST API's custom domain: a regional certificate, TLS 1.2, mapped to the stage.
import { CfnBasePathMapping, CfnDomainName, type CfnStage } from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import { API_ORIGIN } from './api-common';
import { markOrigin, type SynthContext } from './context';
import { optional } from './optional';

/** The domain name and its base path mapping (the root unless `base_path`). */
export function addRestDomain(
  context: SynthContext,
  domain: NonNullable<ApiGatewayConfig['domain_config']>,
  apiId: string,
  stage: CfnStage,
): void {
  const origin = { kind: 'domain', ...API_ORIGIN, path: 'api_gateway_config.domain_config' };
  const name = new CfnDomainName(context.stack, 'ApiDomain', {
    domainName: domain.domain_name,
    regionalCertificateArn: domain.certificate_arn,
    endpointConfiguration: { types: ['REGIONAL'] },
    securityPolicy: 'TLS_1_2',
  });
  markOrigin(name, origin);
  const mapping = new CfnBasePathMapping(context.stack, 'ApiMapping', {
    domainName: name.ref,
    restApiId: apiId,
    stage: stage.ref,
    ...optional({ basePath: domain.base_path || undefined }),
  });
  markOrigin(mapping, { ...origin, kind: 'api-mapping' });
}
