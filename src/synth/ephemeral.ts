// The rule lives with the config, which applies the preview defaults by it.
export { isEphemeralEnvironment } from '../config/ephemeral';
