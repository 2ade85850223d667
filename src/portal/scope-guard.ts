import { errorOf } from '../core/errors.js';
import { lackingScopes } from './scopes.js';
import { SCOPE_ERRORS } from './transport-messages.js';

/**
 * TransportOptions.command: the first app.info answer (every read of the portal asks it in its first
 * request, src/portal/read.ts) names the webhook's scopes; a command missing a scope it needs
 * (TransportOptions.requiredScopes, from src/resources/scopes.ts) stops there with exit 5, before anything is written
 * (test/cli/scopes.test.ts).
 */
export class ScopeGuard {
  private checked = false;

  constructor(
    private readonly host: string,
    private readonly command: string | undefined,
    private readonly required: readonly string[],
  ) {}

  /** Looks at every successful answer; only the first app.info decides, once. */
  check(method: string, result: unknown): void {
    if (method !== 'app.info' || this.command === undefined || this.checked) return;
    const granted = (result as { SCOPE?: unknown } | null)?.SCOPE;
    // Only a webhook's app.info names its scopes (docs/bitrix24/webhook-preflight.md#app-info).
    if (!Array.isArray(granted)) return;
    this.checked = true;
    const lacking = lackingScopes(granted.map(String), this.required);
    if (lacking.length === 0) return;
    throw errorOf(SCOPE_ERRORS, 'missingScopes', {
      where: `${this.host} ▸ app.info`,
      data: { command: this.command, scopes: lacking.join(', ') },
    });
  }
}
