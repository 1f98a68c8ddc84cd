// Which config entry each resource came from, read back from a template's resource Metadata
// (`serverless-action:origin`, written by synth's markOrigin): for a synthesized template and
// for a deployed one alike, which is why entries of another shape are skipped.
import { templatesOf, type StackTemplates } from './templates';
import { ORIGIN_METADATA_KEY, type CfnTemplate, type ResourceOrigin } from './types';

/** logical id -> origin, for every resource of the template that carries one. */
export function originsOf(template: CfnTemplate): Record<string, ResourceOrigin> {
  const origins: Record<string, ResourceOrigin> = {};
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const origin = resource.Metadata?.[ORIGIN_METADATA_KEY] as ResourceOrigin | undefined;
    if (origin && typeof origin.kind === 'string' && typeof origin.key === 'string') {
      origins[logicalId] = origin;
    }
  }
  return origins;
}

/** originsOf over a stack's template and every nested stack's, merged (logical ids are unique across them). */
export function originsOfTree(stack: StackTemplates): Record<string, ResourceOrigin> {
  return Object.fromEntries(
    templatesOf(stack).flatMap((t) => Object.entries(originsOf(t.template))),
  );
}
