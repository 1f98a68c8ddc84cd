// The kinds of stage, each decided by one rule here: ephemeral pull-request environments
// (`pr-123`), created and destroyed by CI many times a day, which must never hold data back
// from deletion; prod-like stages, which get the strictest defaults (stack-defaults.ts, the
// permissions-boundary finding, drift detection in the reusable workflow); and the rest.

const EPHEMERAL_PATTERN = /^pr-/;

/** Environment names treated as production: prod, production, prd, live, and `prod-eu` style. */
export const PRODUCTION_ENVIRONMENT = /^(prod|production|prd|live)(-.*)?$/;

/** True for environments CI creates per pull request (`pr-*`). */
export function isEphemeralEnvironment(environment: string): boolean {
  return EPHEMERAL_PATTERN.test(environment);
}

/** True for production stages: `prod`, `production`, `prd`, `live`, `prod-eu`, ... */
export function isProdLikeEnvironment(environment: string): boolean {
  return PRODUCTION_ENVIRONMENT.test(environment);
}

export type StageKind = 'prod-like' | 'long-lived' | 'ephemeral';

/** An ephemeral flag from the loader (composition) wins over the name. */
export function stageKind(environment: string, ephemeral?: boolean): StageKind {
  if (ephemeral ?? isEphemeralEnvironment(environment)) return 'ephemeral';
  return isProdLikeEnvironment(environment) ? 'prod-like' : 'long-lived';
}
