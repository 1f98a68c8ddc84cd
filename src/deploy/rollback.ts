// No going backwards by accident: a deploy of a commit older than the deployed one (an
// ancestor of it) is refused unless asked for. The commits come from the stack's marker
// (digest.ts); ancestry from git or GitHub (src/github/ancestry.ts), injected.
import { ServerlessActionError } from '../errors';
import type { Logger } from '../io';
import type { AncestryCheck } from './context';

export class RollbackRefusedError extends ServerlessActionError {
  constructor(
    readonly stackName: string,
    readonly deployed: string,
    readonly requested: string,
  ) {
    super(
      `refusing to deploy ${requested} to ${stackName}: it is older than the deployed commit ${deployed} (an ancestor of it)`,
      'ROLLBACK_GUARD',
      'deploy a newer commit, or re-run with --allow-rollback (input allow-rollback: true) if going back is intended',
    );
  }
}

export interface RollbackCheck {
  readonly stackName: string;
  /** The commit the deployed stack records; undefined: unknown (first deploy, older tool). */
  readonly deployed: string | undefined;
  /** The commit being deployed; undefined: unknown (not a git checkout). */
  readonly requested: string | undefined;
  readonly allowRollback: boolean;
  readonly isAncestor?: AncestryCheck;
}

/** Throws RollbackRefusedError when `requested` is a strict ancestor of `deployed`. */
export async function assertNotRollingBack(check: RollbackCheck, logger: Logger): Promise<void> {
  const { deployed, requested } = check;
  if (check.allowRollback || deployed === undefined || requested === undefined) return;
  if (sameCommit(deployed, requested) || check.isAncestor === undefined) return;
  const older = await check.isAncestor(requested, deployed);
  if (older === undefined) {
    logger.warn(
      `could not tell whether ${requested} is older than the deployed ${deployed} (no git history or API access): deploying`,
    );
    return;
  }
  if (older) throw new RollbackRefusedError(check.stackName, deployed, requested);
}

/** Equal, or one an abbreviation of the other. */
function sameCommit(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
