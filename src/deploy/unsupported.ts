// An API the endpoint does not implement: AWS answers every documented call, but emulators
// (moto 5.2.1: UpdateTerminationProtection, DetectStackDrift, ContinueUpdateRollback) answer
// an HTML error page, which the SDK reports as an XML parse error, or a NotImplemented
// error. Callers of optional calls (stack protection, drift) warn and go on; they call
// through the no-retry client, since the SDK would retry such an answer for ~45 s.
import { errorMessage } from '../errors';

export function isUnsupportedApi(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode;
  return (
    status === 501 ||
    /NotImplemented|InvalidAction|UnknownOperation/.test(name) ||
    /not (yet )?(been )?implemented|XML parse error/i.test(errorMessage(error))
  );
}
