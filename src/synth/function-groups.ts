// Which nested stack a function goes in when a stack is split (nesting.ts): pure, without
// aws-cdk-lib, so that validation can count each group before anything is built.
import { createHash } from 'node:crypto';

/** How many nested stacks functions are spread over. 64 keeps 1,000 functions at about 16
 * per group (about 180 resources), far from 500 even for the fullest group. */
export const FUNCTION_GROUPS = 64;

/** The construct id (and logical id prefix) of a function's nested stack: `Functions00`-`Functions63`. */
export function functionGroupOf(functionKey: string): string {
  const bucket =
    createHash('sha256').update(functionKey).digest().readUInt32BE(0) % FUNCTION_GROUPS;
  return `Functions${String(bucket).padStart(2, '0')}`;
}
