// SPEC §2: the stack name is `<project_name>-<environment>`. The one rule for it: synth,
// deploy, destroy, sweep and the failure comment all call this (it loads nothing, so destroy
// and a config that did not load need not bring aws-cdk-lib to find the stack).
import type { LoadedConfig } from '../config';

export function stackNameFor(projectName: string, environment: string): string {
  return `${projectName}-${environment}`;
}

export function stackNameOf(loaded: Pick<LoadedConfig, 'config'>): string {
  return stackNameFor(loaded.config.project_name, loaded.config.environment);
}
