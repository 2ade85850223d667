import type { Emulator, SandboxRequest, SandboxResponse } from '../../../src/sandbox/index.js';
import { HTML_500 } from '../../../src/sandbox/faults.js';
import { isWriteRequest } from './fault-run.js';

/**
 * An emulator whose faults are chosen by the test, request by request, instead of by a seeded roll:
 * for scenarios that must hit one exact moment (the second write request, the read right after the
 * last write). '500' is refused before the portal runs it (an HTML page from the front); 'drop-after'
 * is applied by the portal and the answer lost; '503' is the portal's "too many requests", refused before
 * it runs.
 */
export type ScriptedFault = '500' | '503' | 'drop-after' | undefined;

export interface RequestInfo {
  /** 1-based count of all requests so far, this one included. */
  request: number;
  /** 1-based count of write requests so far, this one included (0 while none was a write). */
  write: number;
  isWrite: boolean;
  method: string;
}

export function scripted(
  inner: Emulator,
  decide: (r: RequestInfo) => ScriptedFault,
): { em: Emulator; log: RequestInfo[] } {
  const log: RequestInfo[] = [];
  let writes = 0;
  const em = Object.create(inner) as Emulator;
  Object.defineProperty(em, 'handle', {
    value: async (req: SandboxRequest): Promise<SandboxResponse> => {
      const isWrite = isWriteRequest(req.method, req.params);
      if (isWrite) writes += 1;
      const info: RequestInfo = { request: log.length + 1, write: writes, isWrite, method: req.method };
      log.push(info);
      const fault = decide(info);
      if (fault === '500') return { status: 500, body: undefined, text: HTML_500 };
      if (fault === '503')
        return {
          status: 503,
          body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
        };
      const res = await inner.handle(req);
      return fault === 'drop-after' ? { ...res, fault: 'drop-after' } : res;
    },
  });
  return { em, log };
}
