// The engine's Logger over @actions/core: warnings and errors become annotations on the
// run, debug lines appear when the workflow is re-run with debug logging.
import * as core from '@actions/core';
import type { Logger } from '../io';

export const coreLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
};
