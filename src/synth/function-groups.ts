// Which nested stack a function (or a REST API path) goes in when a stack is split (nesting.ts): pure, without
// aws-cdk-lib, so that validation can count each group before anything is built.
import { createHash } from 'node:crypto';

/** How many nested stacks functions are spread over. 64 keeps 1,000 functions at about 16
 * per group (about 180 resources), far from 500 even for the fullest group. */
export const FUNCTION_GROUPS = 64;

/** The construct id (and logical id prefix) of a function's nested stack: `Functions00`-`Functions63`. */
export function functionGroupOf(functionKey: string): string {
  return `Functions${bucketOf(functionKey, FUNCTION_GROUPS)}`;
}

/** How many nested stacks a REST API's path resources are spread over. */
export const PATH_GROUPS = 16;

/**
 * The nested stack of a REST API path's resource: `Paths00`-`Paths15`, by the path's first
 * segment, so a whole subtree shares one stack (a child needs its parent's id) and a path
 * never moves whichever functions serve it (API Gateway allows one resource per path: a
 * moved one would collide with itself, as a moved function does).
 */
export function pathGroupOf(path: string): string {
  return `Paths${bucketOf(path.split('/').find((part) => part !== '') ?? '', PATH_GROUPS)}`;
}

function bucketOf(key: string, buckets: number): string {
  const bucket = createHash('sha256').update(key).digest().readUInt32BE(0) % buckets;
  return String(bucket).padStart(2, '0');
}
