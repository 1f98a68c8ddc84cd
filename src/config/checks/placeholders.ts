// Values that cannot be real AWS identifiers (`subnet-123`, `arn:aws:acm:region:account:...`):
// a warning at the line for `validate` and synth-only use, a refusal before any AWS call for
// `plan` and `deploy` (refusePlaceholders), instead of a CloudFormation failure minutes later.
import type { Diagnostic } from '../../errors';
import { ConfigError } from '../../errors';
import { warning, type ConfigPath, type Finding } from '../findings';
import { arnParts, isPseudoParameter } from '../iam-references';
import type { SemanticContext } from './context';

/** Every placeholder warning's message contains this, so plan and deploy can refuse them. */
export const PLACEHOLDER_MARK = 'cannot be a real';

const RESOURCE_ID = /^(subnet|sg)-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const ACCOUNT = /^\d{12}$/;

export function checkPlaceholders(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  walk(context.config, [], (value, path) => {
    const problem = placeholderProblem(value);
    if (problem !== undefined) findings.push(warning(path, `${JSON.stringify(value)} ${problem}`));
  });
  const edge = edgeCertificateProblem(context.config.api_gateway_config);
  if (edge !== undefined) findings.push(edge);
  return findings;
}

/** An EDGE endpoint is served by CloudFront, which reads certificates from us-east-1 only. */
function edgeCertificateProblem(
  api: SemanticContext['config']['api_gateway_config'],
): Finding | undefined {
  const arn = api?.domain_config?.certificate_arn;
  if (api?.endpoint_type !== 'EDGE' || arn === undefined) return undefined;
  const region = arnParts(arn)[3];
  if (region === undefined || region === 'us-east-1' || !REGION.test(region)) return undefined;
  return warning(
    ['api_gateway_config', 'domain_config', 'certificate_arn'],
    `${JSON.stringify(arn)} ${PLACEHOLDER_MARK} certificate for an EDGE endpoint: CloudFront reads certificates from us-east-1 only, and this one is in ${region}; request or import it in us-east-1, or use endpoint_type: REGIONAL`,
  );
}

/** Why a value cannot be real, else undefined. */
export function placeholderProblem(value: string): string | undefined {
  const id = /^(subnet|sg)-/.exec(value);
  if (id !== undefined && id !== null && !RESOURCE_ID.test(value)) {
    const kind = id[1] === 'subnet' ? 'subnet' : 'security group';
    return `${PLACEHOLDER_MARK} ${kind} ID (${id[1]}- and 8 or 17 hex digits); put the real one here`;
  }
  if (!value.startsWith('arn:')) return undefined;
  const [, , service, region = '', account = ''] = arnParts(value);
  if (region !== '' && !REGION.test(region) && !isPseudoParameter(region)) {
    return `${PLACEHOLDER_MARK} ARN: its region field "${region}" is not a region (e.g. us-east-1)`;
  }
  if (
    account !== '' &&
    account !== 'aws' &&
    !ACCOUNT.test(account) &&
    !isPseudoParameter(account)
  ) {
    return `${PLACEHOLDER_MARK} ARN: its account field "${account}" is not a 12-digit account ID`;
  }
  if (service === '') return `${PLACEHOLDER_MARK} ARN: it names no service`;
  return undefined;
}

function walk(value: unknown, path: ConfigPath, visit: (v: string, p: ConfigPath) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], visit);
  }
}

/**
 * plan / deploy: placeholder warnings become errors before any AWS call, unless the user
 * allows them (`--allow-placeholders`, for synth-only use).
 */
export function refusePlaceholders(warnings: readonly Diagnostic[], allow: boolean): void {
  if (allow) return;
  const placeholders = warnings.filter((w) => w.message.includes(PLACEHOLDER_MARK));
  if (placeholders.length === 0) return;
  throw new ConfigError(
    placeholders.map((w) => ({
      ...w,
      severity: 'error' as const,
      message: `${w.message} (plan and deploy refuse placeholder values; --allow-placeholders lets them through)`,
    })),
  );
}
