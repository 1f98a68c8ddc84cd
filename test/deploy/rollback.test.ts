import { assertNotRollingBack, RollbackRefusedError } from '../../src/deploy/rollback';
import { memoryLogger } from '../../src/io';

// a <- b: a is an ancestor of b.
const history = (older: string, newer: string) =>
  Promise.resolve(older === 'aaaaaaa' && newer === 'bbbbbbb');

describe('assertNotRollingBack', () => {
  const check = (
    deployed: string | undefined,
    requested: string | undefined,
    allowRollback = false,
  ) =>
    assertNotRollingBack(
      { stackName: 'app-prod', deployed, requested, allowRollback, isAncestor: history },
      memoryLogger(),
    );

  it('refuses an ancestor of the deployed commit, naming both', async () => {
    const error = await check('bbbbbbb', 'aaaaaaa').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RollbackRefusedError);
    expect((error as Error).message).toContain('aaaaaaa');
    expect((error as Error).message).toContain('bbbbbbb');
    expect((error as RollbackRefusedError).code).toBe('ROLLBACK_GUARD');
  });

  it('lets a newer commit, the same commit, an unknown one, or an allowed rollback through', async () => {
    await expect(check('aaaaaaa', 'bbbbbbb')).resolves.toBeUndefined();
    await expect(check('bbbbbbb', 'bbbbbbb')).resolves.toBeUndefined();
    await expect(check(undefined, 'aaaaaaa')).resolves.toBeUndefined();
    await expect(check('bbbbbbb', undefined)).resolves.toBeUndefined();
    await expect(check('bbbbbbb', 'aaaaaaa', true)).resolves.toBeUndefined();
  });

  it('warns and deploys when ancestry cannot be told', async () => {
    const logger = memoryLogger();
    await assertNotRollingBack(
      {
        stackName: 'app-prod',
        deployed: 'bbbbbbb',
        requested: 'ccccccc',
        allowRollback: false,
        isAncestor: () => Promise.resolve(undefined),
      },
      logger,
    );
    expect(logger.lines.join('\n')).toContain('could not tell whether ccccccc is older');
  });
});
