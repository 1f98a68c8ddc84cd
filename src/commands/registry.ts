// One entry per verb; each verb's module is loaded only when it runs, so `validate`
// never pays for aws-cdk-lib or the AWS SDK. In the ncc bundle every `require.ensure`
// below is a split point: the verb lands in its own chunk file and code the verbs share
// (aws-cdk-lib, the SDK) in shared chunks, parsed only when a verb needs them. webpack
// recognizes only the literal form, with the path written out twice; outside a bundle
// (ts-jest, ts-node) the plain import() runs instead.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Validate from './validate';
import type * as Synth from './synth';
import type * as Review from './review';
import type * as Plan from './plan';
import type * as Deploy from './deploy';
import type * as Destroy from './destroy';
import type * as Sweep from './sweep';
import type * as Drift from './drift';
import type * as Rollback from './rollback';
import type { Logger } from '../io';
import type { CommandOptions } from './options';

/** What a command needs from the outside world; tests pass their own. */
export interface CommandContext {
  readonly options: CommandOptions;
  /** Progress and diagnostics (stderr for the CLI). */
  readonly logger: Logger;
  /** The command's result (stdout for the CLI): text or one JSON document. */
  readonly print: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** A command returns its exit code: 0 success, 1 failure the user must act on. */
export type Command = (context: CommandContext) => Promise<number>;

type Loader = () => Promise<Command>;

const loadValidate: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./validate')
    : await new Promise<typeof Validate>((ok, fail) =>
        require.ensure!(
          ['./validate'],
          () => ok(require('./validate') as typeof Validate),
          fail,
          'validate',
        ),
      )
  ).validateCommand;
const loadSynth: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./synth')
    : await new Promise<typeof Synth>((ok, fail) =>
        require.ensure!(['./synth'], () => ok(require('./synth') as typeof Synth), fail, 'synth'),
      )
  ).synthCommand;
const loadReview: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./review')
    : await new Promise<typeof Review>((ok, fail) =>
        require.ensure!(
          ['./review'],
          () => ok(require('./review') as typeof Review),
          fail,
          'review',
        ),
      )
  ).reviewCommand;
const loadPlan: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./plan')
    : await new Promise<typeof Plan>((ok, fail) =>
        require.ensure!(['./plan'], () => ok(require('./plan') as typeof Plan), fail, 'plan'),
      )
  ).planCommand;
const loadDeploy: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./deploy')
    : await new Promise<typeof Deploy>((ok, fail) =>
        require.ensure!(
          ['./deploy'],
          () => ok(require('./deploy') as typeof Deploy),
          fail,
          'deploy',
        ),
      )
  ).deployCommand;
const loadDestroy: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./destroy')
    : await new Promise<typeof Destroy>((ok, fail) =>
        require.ensure!(
          ['./destroy'],
          () => ok(require('./destroy') as typeof Destroy),
          fail,
          'destroy',
        ),
      )
  ).destroyCommand;
const loadSweep: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./sweep')
    : await new Promise<typeof Sweep>((ok, fail) =>
        require.ensure!(['./sweep'], () => ok(require('./sweep') as typeof Sweep), fail, 'sweep'),
      )
  ).sweepCommand;

const loadDrift: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./drift')
    : await new Promise<typeof Drift>((ok, fail) =>
        require.ensure!(['./drift'], () => ok(require('./drift') as typeof Drift), fail, 'drift'),
      )
  ).driftCommand;
const loadRollback: Loader = async () =>
  (typeof require.ensure !== 'function'
    ? await import('./rollback')
    : await new Promise<typeof Rollback>((ok, fail) =>
        require.ensure!(
          ['./rollback'],
          () => ok(require('./rollback') as typeof Rollback),
          fail,
          'rollback',
        ),
      )
  ).rollbackCommand;

/** A verb of the CLI: one line for `--help`, examples for `<command> --help`, its loader. */
export interface CommandEntry {
  readonly summary: string;
  /** Command lines without the program name, e.g. `validate --config app.yml`. */
  readonly examples: readonly string[];
  readonly load: Loader;
}

// The options each verb takes are in cli-options.ts (one row per option).
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: 'load and check the config (no AWS)',
    examples: ['validate --config serverless.config.yml --environment prod'],
    load: loadValidate,
  },
  synth: {
    summary: 'write a CDK cloud assembly to --out (no AWS)',
    examples: ['synth --environment staging --out cdk.out --format json'],
    load: loadSynth,
  },
  review: {
    summary: 'cost estimate and security findings of the synthesized stack (no AWS)',
    examples: ['review --environment prod', 'review --format sarif > review.sarif'],
    load: loadReview,
  },
  plan: {
    summary: 'create and describe a change set without executing it',
    examples: ['plan --environment prod --out plan-prod'],
    load: loadPlan,
  },
  deploy: {
    summary: 'plan, then execute the change set and wait; print outputs',
    examples: ['deploy --environment dev', 'deploy --plan plan-prod --format json'],
    load: loadDeploy,
  },
  destroy: {
    summary: 'delete the stack of the environment',
    examples: ['destroy --environment pr-12'],
    load: loadDestroy,
  },
  sweep: {
    summary: 'delete preview stacks (pr-*) of closed pull requests or older than --ttl-hours',
    examples: ['sweep --keep pr-12,pr-15 --ttl-hours 168 --dry-run'],
    load: loadSweep,
  },
  drift: {
    summary: 'detect resources changed outside CloudFormation (exit 1 when drifted)',
    examples: ['drift --environment prod', 'drift --environment prod --format json'],
    load: loadDrift,
  },
  rollback: {
    summary:
      'redeploy the previous successful template (or --template FILE); --continue for UPDATE_ROLLBACK_FAILED',
    examples: [
      'rollback --environment prod',
      'rollback --environment prod --template plan-prod',
      'rollback --environment prod --continue --skip UsersTable',
    ],
    load: loadRollback,
  },
};
