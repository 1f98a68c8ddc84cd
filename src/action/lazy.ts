// Code the action loads only when it gets there. In the ncc bundle each `require.ensure`
// below becomes a separate chunk file (dist/<id>.index.js), so starting the action parses
// a few MB instead of aws-cdk-lib's tens of MB and reaches its first AWS call (STS) fast.
// Outside a bundle (ts-jest, ts-node) `require.ensure` does not exist and a plain
// import() loads the same module.
//
// webpack recognizes only the literal `require.ensure([...], () => require('...'))` form,
// with the path written out in both places; keep it that way. (Its type: src/webpack.d.ts.)
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as RealEngine from './real-engine';
import type * as GithubOctokit from '../github/octokit';
import type * as Config from '../config';

export function loadRealEngine(): Promise<typeof RealEngine> {
  if (typeof require.ensure !== 'function') return import('./real-engine');
  return new Promise((resolve, reject) => {
    require.ensure!(
      ['./real-engine'],
      () => resolve(require('./real-engine') as typeof RealEngine),
      reject,
      'engine',
    );
  });
}

export function loadOctokit(): Promise<typeof GithubOctokit> {
  if (typeof require.ensure !== 'function') return import('../github/octokit');
  return new Promise((resolve, reject) => {
    require.ensure!(
      ['../github/octokit'],
      () => resolve(require('../github/octokit') as typeof GithubOctokit),
      reject,
      'octokit',
    );
  });
}

export function loadConfigModule(): Promise<typeof Config> {
  if (typeof require.ensure !== 'function') return import('../config');
  return new Promise((resolve, reject) => {
    require.ensure!(
      ['../config'],
      () => resolve(require('../config') as typeof Config),
      reject,
      'config',
    );
  });
}
