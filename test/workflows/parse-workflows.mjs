// Parses workflow files with GitHub's own parser (@actions/workflow-parser) and prints, as
// one JSON document, each file's errors and its converted template with tokens turned into
// plain values (expressions as "${{ expr }}").
//
// A separate process because the parser is ESM-only and imports its schema JSON without
// an import attribute (it expects a bundler); Jest's CommonJS runtime can load neither.
//
// usage: node parse-workflows.mjs '{"files": [...], "remotes": {"owner/repo/path@ref": "local/path"}}'
import { register } from 'node:module';
import { readFileSync } from 'node:fs';

const addJsonAttribute = `
export async function load(url, context, next) {
  if (url.endsWith('.json')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register('data:text/javascript,' + encodeURIComponent(addJsonAttribute));

const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
  await import('@actions/workflow-parser');

const request = JSON.parse(process.argv[2] ?? '{}');
const remotes = request.remotes ?? {};

// Reusable workflows named by `uses:` are read from this checkout, so the parser checks
// every `with:` against the inputs the called workflow declares.
const fileProvider = {
  getFileContent: async (ref) => {
    const key =
      'owner' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : ref.path;
    const local = remotes[key] ?? ('owner' in ref ? undefined : ref.path);
    if (local === undefined) throw new Error(`no local copy of reusable workflow ${key}`);
    return { name: local, content: readFileSync(local, 'utf8') };
  },
};

/** TemplateToken JSON -> plain data: mappings to objects, expressions to "${{ }}" strings. */
function plain(value) {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  if (value.type === 2 && Array.isArray(value.map)) {
    return Object.fromEntries(value.map.map(({ Key, Value }) => [plain(Key), plain(Value)]));
  }
  if (value.type === 1 && Array.isArray(value.seq)) return value.seq.map(plain);
  if (value.type === 3 && typeof value.expr === 'string') return '${{ ' + value.expr + ' }}';
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

const results = {};
for (const file of request.files ?? []) {
  const parsed = parseWorkflow(
    { name: file, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  let template = null;
  if (parsed.value !== undefined) {
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, {
      fetchReusableWorkflowDepth: 1,
    });
    for (const e of converted.errors ?? []) if (!errors.includes(e.Message)) errors.push(e.Message);
    template = plain(JSON.parse(JSON.stringify(converted)));
  }
  results[file] = { errors, template };
}
process.stdout.write(JSON.stringify(results));
