/** The fixed "today" of the config tests (runtime deprecation dates are judged against it). */
export const TODAY = '2026-11-28';
