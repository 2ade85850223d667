/**
 * Dates the way a portal prints and parses them: ISO 8601 with the portal's own UTC offset
 * ("2024-08-29T10:34:19+03:00", every fixture in rest-examples/), and filter values given either as
 * ISO strings or as plain dates read in portal time.
 */
function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** "24.08.2023 13:19:39": the site format some legacy fields keep (fixture batch.json, TIMESTAMP_X). */
export function siteDateTime(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/**
 * Parses a filter or field value into epoch ms. Accepts ISO with or without offset, "YYYY-MM-DD",
 * "YYYY-MM-DD HH:MM:SS" and the site format "DD.MM.YYYY[ HH:MM:SS]"; values without an offset are portal time.
 */
export function parseDate(v: unknown, offsetMinutes: number): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const s = v.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      s,
    );
  const site = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  let y: number, mo: number, d: number, h: number, mi: number, se: number;
  let zone: string | undefined;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [h, mi, se] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
    zone = iso[7];
  } else if (site) {
    [d, mo, y] = [Number(site[1]), Number(site[2]), Number(site[3])];
    [h, mi, se] = [Number(site[4] ?? 0), Number(site[5] ?? 0), Number(site[6] ?? 0)];
  } else {
    return undefined;
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, se);
  if (Number.isNaN(utc)) return undefined;
  let offset = offsetMinutes;
  if (zone === 'Z') offset = 0;
  else if (zone !== undefined) {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (z) offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }
  return utc - offset * 60_000;
}
