// Checks that need more than one field at a time, over the schema-checked config. Pure:
// no file system, no clock (today is passed in), so each rule is tested with plain objects.
// One file per part of the config under checks/.
import { checkApi } from './checks/api';
import { type SemanticContext } from './checks/context';
import { checkDeploymentPreferences } from './checks/deployment';
import { checkEventSources } from './checks/event-sources';
import { checkFunctions } from './checks/functions';
import { checkStackSize } from './checks/stack-size';
import { checkPermissions } from './checks/permissions';
import { checkPlaceholders } from './checks/placeholders';
import { checkTables } from './checks/tables';
import { checkTags } from './checks/tags';
import { checkUsage } from './checks/usage';
import type { Finding } from './findings';

export { declaredKeysOf, type DeclaredKeys, type SemanticContext } from './checks/context';
export { RESERVED_ENVIRONMENT_NAMES } from './checks/functions';
export { parseRoute } from './checks/api';

export function checkSemantics(context: SemanticContext): Finding[] {
  return [
    ...checkFunctions(context),
    ...checkDeploymentPreferences(context),
    ...checkPermissions(context),
    ...checkApi(context),
    ...checkTables(context),
    ...checkEventSources(context),
    ...checkTags(context),
    ...checkUsage(context),
    ...checkStackSize(context),
    ...checkPlaceholders(context),
  ];
}
