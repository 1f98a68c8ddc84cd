// The Sid of a statement the config wrote in `lambda_config.<fn>.permissions`: synth writes
// it, the review reads it back to point a finding at that statement's line. No imports, so
// the review can read it without loading aws-cdk-lib.

const PREFIX = 'Permissions';
const SID = new RegExp(`^${PREFIX}(\\d+)$`);

/** `Permissions<index>`: the Sid of the statement written at `permissions[index]`. */
export function permissionSid(index: number): string {
  return `${PREFIX}${index}`;
}

/** The index back from a Sid, or undefined for statements the config did not write. */
export function permissionIndexOf(sid: unknown): number | undefined {
  if (typeof sid !== 'string') return undefined;
  const match = SID.exec(sid);
  return match ? Number(match[1]) : undefined;
}
