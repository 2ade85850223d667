/**
 * A REST error exactly as the portal sends it: HTTP status, `error` code and `error_description`.
 * Many crm errors carry an EMPTY code or the number 0 and only a text (rest-map §14: "Match on
 * error_description"), so the code is kept as given, string or number.
 */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | number,
    readonly description: string,
  ) {
    super(`${String(code)}: ${description}`);
    this.name = 'RestError';
  }

  body(): { error: string | number; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

/** A `RestException` of a legacy crm proxy: HTTP 400 with an empty code (rest-map §14, restexception.php L45). */
export function crmError(description: string): RestError {
  return new RestError(400, '', description);
}

/** An Engine-controller error built as `new Error($message)`: code 0 (rest-map §1; fixture crm.stagehistory.list.error.json). */
export function engineError(description: string, code: string | number = 0): RestError {
  return new RestError(400, code, description);
}
