/**
 * A REST error exactly as the portal sends it: HTTP status, `error` code and `error_description`.
 * Many crm errors carry an EMPTY code or "0" and only a text (docs/bitrix24/parity.md#error-codes);
 * RestException keeps its code as a string, so codes are strings except where a method builds its
 * own error array.
 */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | number,
    readonly description: string,
    /** Raised by a check of the main module through $APPLICATION (CAdminException), which outlives the call. */
    readonly appException = false,
  ) {
    super(`${String(code)}: ${description}`);
    this.name = 'RestError';
  }

  body(): { error: string | number; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

/** A `RestException` of a legacy crm proxy: HTTP 400 with an empty code (docs/bitrix24/parity.md#error-codes). */
export function crmError(description: string): RestError {
  return new RestError(400, '', description);
}

/**
 * An Engine-controller error built as `new Error($message)`: its code 0 reaches the answer through
 * RestException as the string "0" (docs/bitrix24/parity.md#error-codes).
 */
export function engineError(description: string, code = '0'): RestError {
  return new RestError(400, code, description);
}

/** RestException::ERROR_NOT_FOUND: HTTP 400 like every RestException without a status (docs/bitrix24/parity.md#error-codes). */
export function notFoundError(description: string): RestError {
  return new RestError(400, 'ERROR_NOT_FOUND', description);
}

/**
 * A failed check of the main module: a CAdminException whose text is every message followed by
 * "<br>", reported as ERROR_CORE, and left in $APPLICATION for the rest of the request
 * (docs/bitrix24/parity.md#batch-process-exception).
 */
export function adminError(...messages: string[]): RestError {
  return new RestError(400, 'ERROR_CORE', messages.map((m) => `${m}<br>`).join(''), true);
}
