// Public face of deploy/: the three operations and the types they return.
export { runPlan, type PlanOutcome } from './run-plan';
export { runDeploy, resolveOutputs, DeployFailedError, type DeployOutcome } from './run-deploy';
export { runDestroy, refuseReason, type DestroyOptions } from './run-destroy';
export { DataLossError, assertNoDataLoss } from './guard';
export { classifyChange } from './classify';
export type { DeployDeps, DeployOptions, DeployableStack, PlanOptions } from './context';
export * from './types';
