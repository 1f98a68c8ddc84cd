// Builds RuleContexts from a few resources, with a plain-object `loaded` whose locate()
// answers from a table of known config lines (nearest parent, as the real one does).
import { ResolvedConfigSchema, type ResolvedConfig } from '../../../src/config/schema';
import type { SourceLocation } from '../../../src/errors';
import type { RuleContext } from '../../../src/review/security/rule';
import type { CfnTemplate, ResourceOrigin } from '../../../src/synth/types';

export const CONFIG_FILE = 'serverless.config.yml';

export function fakeLoaded(
  lines: Record<string, number>,
  config: Partial<ResolvedConfig> = {},
): NonNullable<RuleContext['loaded']> {
  return {
    file: CONFIG_FILE,
    config: ResolvedConfigSchema.parse({ project_name: 'shop', ...config }),
    locate(path: readonly (string | number)[]): SourceLocation {
      for (let n = path.length; n > 0; n--) {
        const line = lines[path.slice(0, n).join('.')];
        if (line !== undefined) return { file: CONFIG_FILE, line, column: 3 };
      }
      return { file: CONFIG_FILE, line: 1, column: 1 };
    },
  };
}

export type Resources = CfnTemplate['Resources'];

export function origin(kind: string, key: string, path: string): ResourceOrigin {
  return { kind, key, path };
}

export function contextOf(
  resources: Resources,
  origins: Record<string, ResourceOrigin> = {},
  extra: Partial<RuleContext> = {},
): RuleContext {
  return {
    template: { Resources: resources },
    origins,
    today: '2026-11-28',
    ...extra,
  };
}

export function fn(properties: Record<string, unknown> = {}): Resources[string] {
  return {
    Type: 'AWS::Lambda::Function',
    Properties: {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Role: 'arn:aws:iam::123456789012:role/x',
      Code: { ZipFile: 'x' },
      LoggingConfig: { LogGroup: { Ref: 'Logs' } },
      ...properties,
    },
  };
}
