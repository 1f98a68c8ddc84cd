// Jest globalSetup (integration project): a directory for this run where each worker records
// the moto_server it shares between its test files (test/support/moto.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOTO_PID_DIR_VARIABLE } from './moto';

export default function globalSetup(): void {
  process.env[MOTO_PID_DIR_VARIABLE] = mkdtempSync(join(tmpdir(), 'sa-moto-run-'));
}
