// webpack's CommonJS split point, used in the ncc bundle by src/bundle.ts,
// src/commands/registry.ts, src/action/lazy.ts and src/deploy/cli-support.ts. It is undefined in plain Node
// (ts-jest, ts-node), where those files fall back to import().
export {};

declare global {
  namespace NodeJS {
    interface Require {
      ensure?: (
        dependencies: string[],
        callback: () => void,
        onError: (error: unknown) => void,
        chunkName: string,
      ) => void;
    }
  }
}
