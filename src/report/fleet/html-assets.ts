/** The dashboard's only stylesheet, inlined: the file opens offline and prints cleanly. */
export const FLEET_DASHBOARD_STYLE = `
:root{--ok:#2e9d44;--bad:#d2343f;--ink:#1d2433;--mute:#5d6678;--line:#e3e7ee;--bg:#f6f8fb}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1400px;margin:0 auto;padding:28px 24px 56px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 10px}
.mute{color:var(--mute);font-size:12px}.small{font-size:11px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:12px 0}
.scroll{overflow-x:auto}
.filters label{margin-right:14px;white-space:nowrap}
.filters select{font:inherit;padding:2px 4px;margin-left:4px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--mute);font-weight:600;font-size:11px;text-transform:uppercase;letter-spacing:.03em}
th.cat{writing-mode:horizontal-tb}
td.num,th.num{text-align:right;white-space:nowrap}
table.heat td{border:2px solid #fff}
td.score{font-weight:700}
td.name a{color:#1f5fbf;font-weight:600}
td.err{background:#fdeced;color:#7a1f26}
.label{display:inline-block;background:#eef1f6;border-radius:999px;padding:0 8px;margin:1px 2px;font-size:11px;white-space:nowrap}
.up{color:var(--ok);font-weight:600}.down{color:var(--bad);font-weight:600}
code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#eef1f6;padding:1px 4px;border-radius:4px}
tr.hidden{display:none}
@media print{body{background:#fff}.filters{display:none}main{padding:0}}
`;

/**
 * Filters by label: a row stays when, for every select that has a value, the row's label equals it.
 * Plain ES5 over the DOM, inlined, so the dashboard works from a file or a CI artifact viewer.
 */
export const FLEET_DASHBOARD_SCRIPT = `
(function(){
  var selects=[].slice.call(document.querySelectorAll('select[data-filter]'));
  var rows=[].slice.call(document.querySelectorAll('table.heat tbody tr[data-portal]'));
  var shown=document.querySelector('[data-testid="shown"]');
  function apply(){
    var n=0;
    rows.forEach(function(tr){
      var labels={};
      try{labels=JSON.parse(tr.getAttribute('data-labels')||'{}');}catch(e){}
      var ok=selects.every(function(s){return s.value===''||labels[s.getAttribute('data-filter')]===s.value;});
      tr.classList.toggle('hidden',!ok);
      if(ok)n++;
    });
    if(shown)shown.textContent=String(n);
  }
  selects.forEach(function(s){s.addEventListener('change',apply);});
  apply();
})();
`;
