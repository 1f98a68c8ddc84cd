// usage (cost assumptions) and suppressions name config entries; a name that matches none
// is almost always a typo that silently drops an estimate or a suppression.
import { warning, type Finding } from '../findings';
import { didYouMean } from '../suggest';
import type { SemanticContext } from './context';
import { createdResources } from './resources';

export function checkUsage(context: SemanticContext): Finding[] {
  const usage = context.config.usage;
  if (usage === undefined) return [];
  const created = createdResources(context.config);
  const sections = [
    ['lambda', context.declared.functions, 'lambda_config'],
    ['dynamodb', context.declared.tables, 'dynamodb_config'],
    ['sqs', created.queues, 'the queues the stack creates'],
    ['sns', created.topics, 'the topics the stack creates'],
  ] as const;
  const findings: Finding[] = [];
  for (const [section, names, where] of sections) {
    for (const name of Object.keys(usage[section] ?? {})) {
      if (names.has(name)) continue;
      findings.push(
        warning(
          ['usage', section, name],
          `usage.${section}.${name} matches nothing in ${where}${didYouMean(name, names)}; it is not used in the estimate`,
          'key',
        ),
      );
    }
  }
  return findings;
}
