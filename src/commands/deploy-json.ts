// The deploy result as `--format json` prints it (SPEC §2), for deploy and rollback alike.
import { successResult } from '../deploy/outcome';
import type { DeployResult } from '../deploy/types';

export function deployJson(result: DeployResult): Record<string, unknown> {
  return {
    stackName: result.stackName,
    hasChanges: result.hasChanges,
    outputs: result.outputs,
    status: result.status,
    ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
    result: successResult(result),
  };
}
