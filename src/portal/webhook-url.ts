import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { registerSecret, registerSecretsIn } from '../core/redact.js';
import { WEBHOOK_URL_HINT, WEBHOOK_URL_PROBLEMS } from './transport-messages.js';

export interface WebhookRef {
  /** Scheme + host (+ port), e.g. "https://acme.bitrix24.ru". */
  origin: string;
  /** Host (+ non-default port), e.g. "acme.bitrix24.ru" or "127.0.0.1:8080". */
  host: string;
  userId: number;
  secret: string;
  /** http:// on 127.0.0.1 / localhost: the local sandbox server only. */
  loopback: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The address of a portal's pages from its host: https, except the loopback sandbox server, which is
 * served over http only (the only http b24cfg accepts, see parseWebhookUrl).
 */
export function portalOrigin(host: string): string {
  let hostname: string;
  try {
    hostname = new URL(`https://${host}`).hostname;
  } catch {
    return `https://${host}`;
  }
  return LOOPBACK_HOSTS.has(hostname) ? `http://${host}` : `https://${host}`;
}

function badWebhookUrl(problem: keyof typeof WEBHOOK_URL_PROBLEMS): CliError {
  return new CliError({
    code: 'WEBHOOK_URL_INVALID',
    // A URL that is not one is a usage mistake; 5 is kept for what the portal refuses.
    exit: EXIT.findings,
    message: WEBHOOK_URL_PROBLEMS[problem],
    hint: WEBHOOK_URL_HINT.copyWholeUrl,
  });
}

/**
 * Parses `https://PORTAL/rest/<user>/<secret>/` (REST 3.0 `/rest/api/…` too;
 * docs/bitrix24/transport.md#webhook-url) and registers the secret for redaction before anything can print
 * it.
 */
export function parseWebhookUrl(raw: string): WebhookRef {
  const text = raw.trim();
  // Registered before the URL is checked: a malformed URL may still hold a real secret.
  registerSecretsIn(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badWebhookUrl('notUrl');
  }
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback) {
    // The portal itself answers plain http with INVALID_REQUEST "Https required"
    // (docs/bitrix24/transport.md#https-required) and the secret would travel in clear text; only the local
    // sandbox server is allowed on http.
    throw badWebhookUrl('httpsRequired');
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const api = parts[1] === 'api' ? 1 : 0;
  const userPart = parts[1 + api];
  const secret = parts[2 + api];
  if (parts[0] !== 'rest' || parts.length !== 3 + api || userPart === undefined || secret === undefined) {
    throw badWebhookUrl('badPath');
  }
  if (!/^\d+$/.test(userPart)) throw badWebhookUrl('userIdNotNumber');
  const decoded = decodeURIComponent(secret);
  registerSecret(decoded);
  return { origin: url.origin, host: url.host, userId: Number(userPart), secret: decoded, loopback };
}
