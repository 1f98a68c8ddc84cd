// Jest globalTeardown (integration project): stops any shared moto_server still running (its
// worker was killed before its watchdog noticed; normally each has died with its worker) and
// removes the run's directory.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MOTO_PID_DIR_VARIABLE } from './moto';

export default function globalTeardown(): void {
  const dir = process.env[MOTO_PID_DIR_VARIABLE];
  if (dir === undefined) return;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    try {
      const { pid } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { pid: number };
      // Only a process that is still one of our watchdogs: a PID can be reused.
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('moto-watchdog')) {
        process.kill(-pid, 'SIGKILL');
      }
    } catch {
      // Already gone.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
