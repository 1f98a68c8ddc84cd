// The bundled CLI (dist/cli/index.js, the door into the committed bundle that CI rebuilds
// and compares before the tests run) synthesizes the seed example from a directory with no
// node_modules anywhere above it: aws-cdk-lib reads files from its own folder at run time,
// and the bundle must carry them. SA_BUNDLE=DIR tests another build of dist/.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../src/config';
import { synthesize } from '../../src/synth';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'test', 'fixtures', 'synth', 'seed');

function ancestorsHaveNodeModules(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) return true;
    if (dirname(current) === current) return false;
  }
}

describe('bundled CLI', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bundled-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs synth on the seed example without node_modules', async () => {
    const build = process.env['SA_BUNDLE'] ?? join(ROOT, 'dist');
    expect(existsSync(join(build, 'cli', 'index.js'))).toBe(true);
    const app = join(scratch, 'isolated', 'app');
    const project = join(scratch, 'isolated', 'project');
    cpSync(build, app, { recursive: true });
    cpSync(SEED, project, { recursive: true });
    expect(ancestorsHaveNodeModules(project)).toBe(false);

    const env = { ...process.env };
    delete env['NODE_PATH'];
    const run = spawnSync(
      process.execPath,
      [join(app, 'cli', 'index.js'), 'synth', '--format', 'json', '--out', 'cdk.out'],
      {
        cwd: project,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      stackName: string;
      templateFile: string;
      resourceCount: number;
    };
    expect(result.stackName).toBe('mi-proyecto-prod');

    // Same template as the unbundled engine writes.
    const reference = await synthesize(await loadConfig(join(SEED, 'serverless.config.yml')), {
      outDir: join(scratch, 'reference'),
    });
    expect(result.resourceCount).toBe(reference.resourceCount);
    expect(JSON.parse(readFileSync(result.templateFile, 'utf8'))).toEqual(reference.template);
  }, 120_000);

  // Every deploy pays to read and compile the chunks synth needs: the action's modules
  // (@actions/core and undici) and aws-cdk-lib's L2 constructs (aws-ec2, aws-kms, ...) must
  // stay out of them. Before src/synth/l1/ and the action's own split point: 16.7 MB.
  it("reads under 10 MB of bundle to synthesize, none of it the action's", () => {
    const build = process.env['SA_BUNDLE'] ?? join(ROOT, 'dist');
    const recorder = join(scratch, 'record-loads.js');
    const loads = join(scratch, 'loads.json');
    writeFileSync(
      recorder,
      `const Module = require('node:module');
const seen = [];
const load = Module._extensions['.js'];
Module._extensions['.js'] = function (module, file) { seen.push(file); return load.call(this, module, file); };
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loads)}, JSON.stringify(seen)));
`,
    );
    const project = join(scratch, 'loads-project');
    cpSync(SEED, project, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        recorder,
        join(build, 'cli', 'index.js'),
        'synth',
        '--out',
        join(scratch, 'loads-out'),
      ],
      { cwd: project, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);

    const loaded = (JSON.parse(readFileSync(loads, 'utf8')) as string[]).filter((file) =>
      file.startsWith(build),
    );
    expect(loaded).toContain(join(build, 'index.js'));
    const bytes = loaded.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThan(10_000_000);

    const actionMarker = 'ACTIONS_ID_TOKEN_REQUEST_URL'; // read by @actions/core's getIDToken
    const actionChunks = readdirSync(build)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(build, name))
      .filter((file) => readFileSync(file, 'utf8').includes(actionMarker));
    expect(actionChunks.length).toBeGreaterThan(0);
    expect(loaded.filter((file) => actionChunks.includes(file))).toEqual([]);
  }, 120_000);
});
