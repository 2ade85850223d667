import { CliError } from '../core/errors.js';

const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;
type Unit = keyof typeof UNIT_SECONDS;
const UNIT_ORDER: readonly Unit[] = ['d', 'h', 'm', 's'];

/** `15m`, `2h`, `3d`, `90s`, or a combination from the largest unit down (`1h30m`). */
const DURATION_TEXT = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Seconds for a spec duration, or undefined when the value is not one. A number is whole seconds
 * (`900`); a string needs a unit (`15m`, `2h`, `3d`, `90s`, `1h30m`).
 */
export function tryParseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = DURATION_TEXT.exec(value.trim());
  if (!m || value.trim() === '') return undefined;
  let total = 0;
  UNIT_ORDER.forEach((unit, i) => {
    const part = m[i + 1];
    if (part !== undefined) total += Number(part) * UNIT_SECONDS[unit];
  });
  return Number.isSafeInteger(total) ? total : undefined;
}

/**
 * Seconds for a spec duration: `parseDuration('15m') === 900`, `parseDuration(900) === 900`.
 * Throws a CliError (code SPEC_BAD_DURATION) for anything else, naming the value and the accepted forms.
 */
export function parseDuration(value: string | number): number {
  const seconds = tryParseDuration(value);
  if (seconds !== undefined) return seconds;
  throw new CliError({
    code: 'SPEC_BAD_DURATION',
    message: { ru: 'непонятная длительность «{value}»', en: 'not a duration: "{value}"' },
    hint: DURATION_HINT,
    data: { value: String(value) },
  });
}

export const DURATION_HINT = {
  ru: 'Пишите число с единицей: 90s, 15m, 2h, 3d (можно 1h30m) или целое число секунд.',
  en: 'Write a number with a unit: 90s, 15m, 2h, 3d (or 1h30m), or whole seconds as a number.',
};

/** Human form of seconds for messages: 900 → "15m", 5400 → "1h30m". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  let rest = seconds;
  let out = '';
  for (const unit of UNIT_ORDER) {
    const n = Math.floor(rest / UNIT_SECONDS[unit]);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * UNIT_SECONDS[unit];
    }
  }
  return out;
}
