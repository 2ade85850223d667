/**
 * The chart of BENCHMARKS.md (issue #18): requests, wall time and peak RSS of the data audit against the
 * portal's size, b24cfg beside the naive client and the floor. One SVG, three panels, log scales where
 * the values span orders of magnitude; written by the bench next to its tables (bench/results/).
 */
import type { BenchResult, CommandRow } from './report.js';

interface Series {
  name: string;
  colour: string;
  dashed?: boolean;
  points: Array<[number, number]>;
}

interface Panel {
  title: string;
  unit: (v: number) => string;
  log: boolean;
  series: Series[];
  /** A target drawn as a horizontal line. */
  target?: { value: number; label: string };
}

const W = 300;
const H = 220;
const M = { left: 58, right: 12, top: 28, bottom: 42 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fmtDeals(n: number): string {
  if (n >= 1_000_000) return `${n / 1_000_000}M`;
  if (n >= 1000) return `${n / 1000}k`;
  return String(n);
}

/** Axis labels: powers of ten of milliseconds read best as 100 ms, 1 s, 100 s, 17 min, 2.8 h. */
export function fmtDuration(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(ms >= 36_000_000 ? 0 : 1)} h`;
  if (ms > 100_000) return `${(ms / 60_000).toFixed(0)} min`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(0)} s`;
  return `${ms.toFixed(0)} ms`;
}

/** Powers of ten covering [lo, hi] (log axes), or five even steps (linear axes). */
function ticks(lo: number, hi: number, log: boolean): number[] {
  if (log) {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
    return out;
  }
  const step = hi / 5;
  return Array.from({ length: 6 }, (_, i) => i * step);
}

function panel(p: Panel, xs: readonly number[], ox: number): string {
  const values = p.series.flatMap((s) => s.points.map(([, y]) => y)).filter((v) => v > 0);
  if (p.target) values.push(p.target.value);
  if (values.length === 0 || xs.length === 0) return '';
  const yt = ticks(Math.min(...values), Math.max(...values), p.log);
  const [y0, y1] = [p.log ? (yt[0] as number) : 0, yt[yt.length - 1] as number];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const sx = (x: number) =>
    ox +
    M.left +
    (x1 === x0 ? iw / 2 : ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * iw);
  const sy = (y: number) =>
    M.top + ih - (p.log ? (Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : y / y1) * ih;
  const out: string[] = [
    `<text x="${ox + W / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`,
  ];
  for (const t of yt) {
    const y = sy(t).toFixed(1);
    out.push(
      `<line x1="${ox + M.left}" x2="${ox + W - M.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${ox + M.left - 4}" y="${y}" text-anchor="end" dominant-baseline="middle">${esc(p.unit(t))}</text>`,
    );
  }
  for (const x of xs)
    out.push(
      `<text x="${sx(x).toFixed(1)}" y="${H - M.bottom + 14}" text-anchor="middle">${fmtDeals(x)}</text>`,
    );
  out.push(`<text x="${ox + M.left + iw / 2}" y="${H - 8}" text-anchor="middle">deals</text>`);
  if (p.target) {
    const y = sy(p.target.value).toFixed(1);
    out.push(
      `<line x1="${ox + M.left}" x2="${ox + W - M.right}" y1="${y}" y2="${y}" stroke="#c00" stroke-dasharray="2 3"/>`,
      `<text x="${ox + W - M.right}" y="${Number(y) - 4}" text-anchor="end" fill="#c00">${esc(p.target.label)}</text>`,
    );
  }
  for (const s of p.series) {
    const pts = s.points.filter(([, y]) => y > 0 || !p.log);
    if (pts.length === 0) continue;
    const path = pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
    out.push(
      `<polyline points="${path}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
      ...pts.map(
        ([x, y]) => `<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${s.colour}"/>`,
      ),
    );
  }
  return out.join('\n');
}

const B24 = { name: 'b24cfg', colour: '#1f77b4' };
const NAIVE = { name: 'naive client', colour: '#ff7f0e' };
const FLOOR = { name: 'floor', colour: '#555', dashed: true };

/** The data audits at the bench's own latency, by portal size. */
function auditRows(result: BenchResult): CommandRow[] {
  return result.rows
    .filter((r) => r.command === 'audit' && r.data && r.b24 && r.data.latencyMs === result.options.latencyMs)
    .sort((a, b) => (a.data?.deals ?? 0) - (b.data?.deals ?? 0));
}

/** The SVG, or undefined when the run audited no data portal. */
export function renderChart(result: BenchResult): string | undefined {
  const rows = auditRows(result);
  if (rows.length === 0) return undefined;
  const xs = rows.map((r) => r.data?.deals ?? 0);
  const pick = (f: (r: CommandRow) => number | undefined): Array<[number, number]> =>
    rows.flatMap((r) => {
      const v = f(r);
      return v === undefined ? [] : [[r.data?.deals ?? 0, v] as [number, number]];
    });
  const panels: Panel[] = [
    {
      title: 'HTTP requests',
      unit: (v) => (v >= 1000 ? `${v / 1000}k` : String(v)),
      log: true,
      series: [
        { ...B24, points: pick((r) => r.b24?.httpRequests) },
        { ...NAIVE, points: pick((r) => r.naive?.httpRequests) },
        { ...FLOOR, points: pick((r) => r.floor?.requests) },
      ],
    },
    {
      title: 'wall time',
      unit: fmtDuration,
      log: true,
      series: [
        { ...B24, points: pick((r) => r.b24?.wallMs) },
        { ...NAIVE, points: pick((r) => r.naive?.wallMs) },
        { ...FLOOR, points: pick((r) => r.pace?.floorMs) },
      ],
    },
    {
      title: 'peak RSS of the CLI',
      unit: (v) => `${v.toFixed(0)} MB`,
      log: false,
      series: [{ ...B24, points: pick((r) => r.b24?.peakRssMb) }],
      target: { value: 500, label: 'target 500 MB' },
    },
  ];
  const width = W * panels.length;
  const legendY = H + 14;
  const legend = [B24, NAIVE, FLOOR]
    .map(
      (s, i) =>
        `<line x1="${20 + i * 150}" x2="${44 + i * 150}" y1="${legendY}" y2="${legendY}" stroke="${s.colour}" stroke-width="2"${'dashed' in s ? ' stroke-dasharray="5 4"' : ''}/>` +
        `<text x="${50 + i * 150}" y="${legendY}" dominant-baseline="middle">${s.name}</text>`,
    )
    .join('\n');
  const notes = rows
    .filter((r) => r.data && !r.data.limits)
    .map((r) => `${fmtDeals(r.data?.deals ?? 0)}: b24cfg measured without the rate limit; naive modelled`);
  const noteText = [
    `audit --portal on the sandbox, ${result.options.latencyMs} ms latency; naive wall times modelled from their request counts`,
    ...notes,
  ]
    .map((t, i) => `<text x="20" y="${legendY + 18 + i * 14}" fill="#555">${esc(t)}</text>`)
    .join('\n');
  const height = legendY + 24 + 14 * (notes.length + 1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...panels.map((p, i) => panel(p, xs, i * W)),
    legend,
    noteText,
    '</svg>',
    '',
  ].join('\n');
}
