// SPEC §2: the stack name is `<project_name>-<environment>`. The same rule as synth's
// stackName(), repeated here so destroy need not load aws-cdk-lib to find the stack.
import type { LoadedConfig } from '../config';

export function stackNameOf(loaded: Pick<LoadedConfig, 'config'>): string {
  return `${loaded.config.project_name}-${loaded.config.environment}`;
}
