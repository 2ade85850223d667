/** The report's only stylesheet, inlined: the file opens offline and prints cleanly. */
export const HTML_STYLE = `
:root{--ok:#2e9d44;--part:#d08a00;--bad:#d2343f;--na:#8a94a6;--err:#8e44ad;--ink:#1d2433;--mute:#5d6678;--line:#e3e7ee;--bg:#f6f8fb}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1080px;margin:0 auto;padding:32px 24px 64px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:40px 0 12px}h3{font-size:17px;margin:0}
.mute{color:var(--mute);font-size:13px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px;margin:12px 0;overflow-x:auto}
.summary{display:grid;grid-template-columns:220px 1fr;gap:24px;align-items:center}
.dial{max-width:100%;height:auto}.dial text{font-weight:700}
.grade{font-size:22px;font-weight:700;margin:0}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.chip{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;font-weight:600;color:#fff;background:var(--na);white-space:nowrap}
.s-pass,.s-manual-attested{background:var(--ok)}.s-partial,.s-manual-expired{background:var(--part)}
.s-fail,.s-manual-unattested{background:var(--bad)}.s-error{background:var(--err)}.s-not-applicable{background:var(--na)}
.bars{display:grid;grid-template-columns:160px 1fr 48px;gap:8px 12px;align-items:center}
.bar{height:12px;background:var(--line);border-radius:6px;overflow:hidden}.bar>span{display:block;height:100%;background:var(--ok)}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--mute);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
td.num,th.num{text-align:right}td{overflow-wrap:anywhere}
article.std{background:#fff;border:1px solid var(--line);border-left:5px solid var(--na);border-radius:8px;padding:16px 18px;margin:14px 0;break-inside:avoid}
article.std.s-pass,article.std.s-manual-attested{border-left-color:var(--ok)}article.std.s-partial,article.std.s-manual-expired{border-left-color:var(--part)}
article.std.s-fail,article.std.s-manual-unattested{border-left-color:var(--bad)}article.std.s-error{border-left-color:var(--err)}
article.std header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.finding{margin:10px 0 0;padding:10px 12px;background:var(--bg);border-radius:6px}
.finding .part{font-size:12px;color:var(--mute);text-transform:uppercase;letter-spacing:.03em}
.ev{margin-top:6px;font-size:13px}.ev table{margin-top:4px}
.fix{margin-top:10px;padding:8px 12px;border-left:3px solid var(--part);background:#fff8e6;font-size:14px}
.sup{margin-top:10px;padding:8px 12px;border-left:3px solid var(--na);background:#f1f3f7;font-size:14px}
code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#eef1f6;padding:1px 4px;border-radius:4px}
a{color:#1f5fbf}
@media (max-width:640px){main{padding:16px 12px 40px}.card{padding:14px}.summary{grid-template-columns:1fr;justify-items:center;text-align:center}.chips{justify-content:center}.bars{grid-template-columns:minmax(0,110px) minmax(0,1fr) 40px}article.std{padding:12px}}
@media print{body{background:#fff}.card,article.std{border-color:#ccc}main{padding:0}}
`;
