// One entry per verb; each verb's module is loaded only when it runs, so `validate`
// never pays for aws-cdk-lib or the AWS SDK.
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

export const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  validate: {
    summary: 'load and check the config (no AWS)',
    load: async () => (await import('./validate')).validateCommand,
  },
  synth: {
    summary: 'write a CDK cloud assembly to --out (no AWS)',
    load: async () => (await import('./synth')).synthCommand,
  },
  review: {
    summary: 'cost estimate and security findings of the synthesized stack (no AWS)',
    load: async () => (await import('./review')).reviewCommand,
  },
  plan: {
    summary: 'create and describe a change set without executing it',
    load: async () => (await import('./plan')).planCommand,
  },
  deploy: {
    summary: 'plan, then execute the change set and wait; print outputs',
    load: async () => (await import('./deploy')).deployCommand,
  },
  destroy: {
    summary: 'delete the stack of the environment',
    load: async () => (await import('./destroy')).destroyCommand,
  },
};
