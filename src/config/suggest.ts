// "Did you mean" for unknown keys, runtimes, references: the closest known name by edit
// distance, offered only when it is close enough to be a plausible typo.

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * letters as 1 each (optimal string alignment), case-insensitive: "tiemout" is 1 from
 * "timeout", as a person would count the typo.
 */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= left.length; i++) {
    const row = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[left.length]?.[right.length] ?? 0;
}

/**
 * The known name closest to `input`, or undefined when none is plausibly meant: one edit per
 * three letters (at least one) may differ, so "tiemout" finds "timeout" but "pk" does not
 * find "id"; a known name that starts with the input ("nodejs22" for "nodejs22.x") counts as
 * one edit.
 */
export function closestMatch(input: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lowered = input.toLowerCase();
  for (const candidate of known) {
    if (candidate === input) continue;
    const candidateLower = candidate.toLowerCase();
    // A prefix ("memory" for "memory_size") or a different case is a strong hint on its own.
    const distance =
      candidateLower === lowered
        ? 0
        : lowered.length >= 3 && candidateLower.startsWith(lowered)
          ? 1
          : editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(input.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** `; did you mean "x"?` or '' — appended to messages about unknown names. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const match = closestMatch(input, known);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
