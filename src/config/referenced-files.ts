// Files and directories the config names besides function code: request schemas of routes
// and layer directories. Each must exist, checked at validate time with its line (synth
// would stop at the first one). Paths resolve through the config's one path rule
// (code-sources.ts), must stay inside the repository (paths.ts), and the file system is
// reached through `probe`.
import { codeSourcePath, type PathProbe } from './code-sources';
import { error, type Finding } from './findings';
import { checkConfigPath, type RealPath } from './paths';
import { routeSettings } from './route-entry';
import type { ResolvedConfig } from './schema';

export function checkReferencedFiles(
  config: ResolvedConfig,
  configDir: string,
  probe: PathProbe,
  containment: { readonly root?: string; readonly realpath?: RealPath } = {},
): Finding[] {
  const findings: Finding[] = [];
  const context = {
    configDir,
    root: containment.root ?? configDir,
    ...(containment.realpath !== undefined && { realpath: containment.realpath }),
  };
  for (const [key, fn] of Object.entries(config.lambda_config)) {
    (fn.routes ?? []).forEach((entry, index) => {
      const schema = routeSettings(entry).request_schema;
      if (schema === undefined) return;
      const where = ['lambda_config', key, 'routes', index, 'request_schema'];
      const outside = checkConfigPath(where, schema, context);
      if (outside) {
        findings.push(outside);
        return;
      }
      const kind = probe(codeSourcePath(configDir, key, schema));
      if (kind !== 'file') {
        findings.push(
          error(
            ['lambda_config', key, 'routes', index, 'request_schema'],
            kind === 'missing'
              ? `request_schema ${schema} does not exist (relative to the config file)`
              : `request_schema ${schema} is a directory; point it at a JSON Schema file`,
          ),
        );
      }
    });
    (fn.layers ?? []).forEach((layer, index) => {
      if (layer.startsWith('arn:')) return;
      const outside = checkConfigPath(['lambda_config', key, 'layers', index], layer, context);
      if (outside) {
        findings.push(outside);
        return;
      }
      if (probe(codeSourcePath(configDir, key, layer)) !== 'directory') {
        findings.push(
          error(
            ['lambda_config', key, 'layers', index],
            `layer ${layer} is neither a layer version ARN nor a directory (relative to the config file)`,
          ),
        );
      }
    });
  }
  return findings;
}
