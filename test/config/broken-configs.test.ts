// Table-driven: each broken config reports its problem at the exact line and column, with
// a message that names what is wrong and what to write instead.
import { formatDiagnostic } from '../../src/errors';
import { BROKEN_CASES } from './broken-cases';
import { analyze } from './helpers';

describe('broken configs', () => {
  it('has at least 30 cases', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const analysis = analyze(c.text, {
      ...(c.environment !== undefined && { environment: c.environment }),
      ...(c.probe !== undefined && { probe: c.probe }),
    });
    expect(analysis.config).toBeUndefined();
    const hasWords = (message: string) =>
      c.words.every((word) => message.toLowerCase().includes(word.toLowerCase()));
    const match = analysis.errors.find(
      (d) => d.line === c.line && d.column === c.column && hasWords(d.message),
    );
    if (match === undefined) {
      throw new Error(
        `no error at ${c.line}:${c.column} with ${JSON.stringify(c.words)}; got:\n` +
          analysis.errors.map(formatDiagnostic).join('\n'),
      );
    }
    // One line each, never a stack trace.
    expect(formatDiagnostic(match)).not.toContain('\n');
    expect(match.message).not.toMatch(/\bat .+:\d+:\d+\)/);
  });
});
