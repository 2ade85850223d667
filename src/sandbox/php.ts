/**
 * PHP 8's loose rules, which the portal applies to every value it reads from a request: a batch command
 * arrives as a query string, so `true` and `false` reach the portal as the texts "true" and "false",
 * and `"false" > 0` is true under PHP 8 (docs/bitrix24/parity.md#php-comparison).
 */

/** PHP 8's numeric string: optional surrounding whitespace, a sign, digits with a fraction or exponent. */
export function isNumericString(s: string): boolean {
  return /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/.test(s);
}

/** PHP's truthiness: null, false, 0, 0.0, "", "0" and an empty array are false. */
export function phpTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '' && v !== '0';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function byteCompare(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Math.sign(Buffer.compare(x, y));
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * The spaceship operator `a <=> b` of PHP 8 for scalars (https://www.php.net/manual/en/language.operators.comparison.php):
 * null and strings compare as strings; bool or null against anything compares as booleans; a number
 * against a numeric string compares as numbers, against any other string as text; two strings compare
 * as numbers when both are numeric. An array is greater than any scalar.
 */
export function phpCompare(a: unknown, b: unknown): number {
  const aArr = a !== null && typeof a === 'object';
  const bArr = b !== null && typeof b === 'object';
  if (aArr || bArr) return aArr && bArr ? 0 : aArr ? 1 : -1;
  const an = a === undefined ? null : a;
  const bn = b === undefined ? null : b;
  if (an === null && typeof bn === 'string') return byteCompare('', bn);
  if (bn === null && typeof an === 'string') return byteCompare(an, '');
  if (an === null || bn === null || typeof an === 'boolean' || typeof bn === 'boolean')
    return sign(Number(phpTruthy(an)) - Number(phpTruthy(bn)));
  if (typeof an === 'number' && typeof bn === 'number') return sign(an - bn);
  if (typeof an === 'number' && typeof bn === 'string')
    return isNumericString(bn) ? sign(an - Number(bn)) : byteCompare(String(an), bn);
  if (typeof an === 'string' && typeof bn === 'number')
    return isNumericString(an) ? sign(Number(an) - bn) : byteCompare(an, String(bn));
  const as = typeof an === 'string' ? an : '';
  const bs = typeof bn === 'string' ? bn : '';
  if (isNumericString(as) && isNumericString(bs)) return sign(Number(as) - Number(bs));
  return byteCompare(as, bs);
}

/** `$v > 0` as PHP 8 evaluates it: "false", "N" and "abc" are greater than 0, "" and "0" are not. */
export function phpGreaterThanZero(v: unknown): boolean {
  return phpCompare(v, 0) > 0;
}

/** `mb_strtoupper($v)` of a scalar: booleans become "1" or "", numbers their text. */
export function phpUpper(v: unknown): string {
  if (typeof v === 'string') return v.toUpperCase();
  if (typeof v === 'number') return String(v);
  if (v === true) return '1';
  return '';
}

/** `isset($a[$k])`: present and not null. */
export function isset(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** PHP's `is_numeric`: numbers and numeric strings (surrounding whitespace allowed). */
export function isNumeric(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'string' && isNumericString(v);
}

/** PHP's `(float)` of a scalar: the leading number of a string, 0 otherwise. */
export function toFloat(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^[ \t\n\r\v\f]*([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)/.exec(v);
    return m ? Number(m[1]) : 0;
  }
  return 0;
}

/** PHP 8's `$a == $b` for scalars: `true == "N"` and `"1" == "01"` hold, `"abc" == 0` does not. */
export function phpLooseEquals(a: unknown, b: unknown): boolean {
  const aArr = a !== null && typeof a === 'object';
  const bArr = b !== null && typeof b === 'object';
  if (aArr || bArr) return false;
  return phpCompare(a, b) === 0;
}
