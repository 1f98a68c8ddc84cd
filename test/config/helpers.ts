// Shared by the config tests: run the whole check on inline text, with code sources that
// always exist (unless a test says otherwise) and a fixed "today".
import { analyzeConfigText, type Analysis } from '../../src/config/analyze';
import type { PathProbe } from '../../src/config/code-sources';
import { TODAY } from './today';

export { TODAY };

export const everyPathExists: PathProbe = () => 'directory';

export function analyze(
  text: string,
  options: { environment?: string; ephemeral?: boolean; probe?: PathProbe; today?: string } = {},
): Analysis {
  return analyzeConfigText(text, {
    file: 'serverless.config.yml',
    dir: '/project',
    today: options.today ?? TODAY,
    probe: options.probe ?? everyPathExists,
    ...(options.environment !== undefined && { environment: options.environment }),
    ...(options.ephemeral !== undefined && { ephemeral: options.ephemeral }),
  });
}

/** Strips the common indentation of a template literal, so YAML can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (text, part, i) => text + part + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '\n')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A small valid config the cases start from. */
export const VALID = yaml`
  project_name: shop
  environment: dev
  lambda_config:
    api:
      runtime: nodejs22.x
      routes: ["GET /items"]
  api_gateway_config:
    type: HTTP
  dynamodb_config:
    items:
      hash_key: id
      attributes:
        - { name: id, type: S }
`;
