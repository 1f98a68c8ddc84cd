// Pull-request environments (`pr-123`) are created and destroyed by CI many times a day:
// they must never hold data back from deletion, and their logs are not worth keeping.

const EPHEMERAL_PATTERN = /^pr-/;

/** True for environments CI creates per pull request (`pr-*`). */
export function isEphemeralEnvironment(environment: string): boolean {
  return EPHEMERAL_PATTERN.test(environment);
}
