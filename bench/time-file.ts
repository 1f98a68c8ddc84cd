// What `/usr/bin/time -o FILE -f '%e %U %S %M'` wrote: the one format the benches time
// child processes with.
import { readFileSync } from 'node:fs';

/** `-f` argument that readTimeFile reads back. */
export const TIME_FORMAT = '%e %U %S %M';

export function readTimeFile(file: string): { wallS: number; cpuS: number; peakMiB: number } {
  // The last line: a child that failed has "Command exited with non-zero status" before it.
  const [wall, user, sys, rssKb] = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  return { wallS: wall!, cpuS: user! + sys!, peakMiB: rssKb! / 1024 };
}
