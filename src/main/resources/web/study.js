'use strict';
// A report of a served directory (attribution, adaptation, arbitrage or any experiment): every table, and an
// interactive chart of any table: pick x, y and the column that makes the series.
const ID = new URLSearchParams(location.search).get('id') || '0';
const T = { study: null };
// Sensible first views of the known tables (any column can be picked afterwards).
const DEFAULTS = {
  power: { x: 'effect_size', y: 'rejection_rate', group: 'method', type: 'lines' },
  adaptation: { x: 'strategy', y: 'carbon_kg', type: 'bar' },
  'adaptation-replicates': { x: 'strategy', y: 'carbon_kg', group: 'replicate', type: 'bar' },
  attribution: { x: 'scenario', y: 'bias', group: 'method', type: 'bar' },
  rollback: { x: 'drop_sd', y: 'median_delay_days', group: 'chart', type: 'lines' },
  arbitrage: { x: 'objective', y: 'reduction_within_pct', group: 'across_instance', type: 'bar' },
  'arbitrage-sensitivity': { x: 'instance', y: 'carbon_reduction_pct', type: 'bar' }
};
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }
function number(s) {
  const v = parseFloat(String(s).replace(/−/g, '-').replace(/[%+,\s]/g, ''));
  return Number.isFinite(v) ? v : null;
}
function numericColumns(t) {
  return t.header.map((h, k) => k).filter(k => t.rows.length > 0 && t.rows.every(r => number(r[k]) !== null));
}
function options(id, names, chosen, none) {
  document.getElementById(id).innerHTML = (none ? '<option value="">(none)</option>' : '')
    + names.map((n, k) => '<option value="' + k + '"' + (n === chosen ? ' selected' : '') + '>' + esc(n) + '</option>')
      .join('');
}
function chooseTable() {
  const t = T.study.tables[+document.getElementById('table').value];
  const num = numericColumns(t), d = DEFAULTS[t.name] || {};
  const yDefault = d.y && t.header.includes(d.y) ? d.y : t.header[num.find(k => k > 0) ?? num[0] ?? 0];
  options('x', t.header, d.x && t.header.includes(d.x) ? d.x : t.header[0]);
  options('y', t.header, yDefault);
  options('group', t.header, d.group, true);
  document.getElementById('type').value = d.type || 'bar';
  return draw();
}
function draw() {
  const t = T.study.tables[+document.getElementById('table').value];
  const x = +document.getElementById('x').value, y = +document.getElementById('y').value;
  const g = document.getElementById('group').value, lines = document.getElementById('type').value === 'lines';
  const groups = new Map();
  t.rows.forEach(r => {
    const key = g === '' ? t.header[y] : r[+g];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  });
  const traces = [...groups.entries()].map(([key, rows]) => ({ type: lines ? 'scatter' : 'bar', name: String(key),
    mode: lines ? 'lines+markers' : undefined, x: rows.map(r => number(r[x]) ?? r[x]), y: rows.map(r => number(r[y])) }));
  const div = document.getElementById('chart');
  div.dataset.traces = traces.length;
  div.dataset.points = traces.reduce((n, tr) => n + tr.y.filter(v => v !== null).length, 0);
  return Plotly.react(div, traces, { height: 420, barmode: 'group', margin: { l: 70, r: 10, t: 40, b: 80 },
    title: { text: t.title }, xaxis: { title: { text: t.header[x] } }, yaxis: { title: { text: t.header[y] } } },
  { displaylogo: false });
}
(async () => {
  const r = await fetch('/api/study?id=' + encodeURIComponent(ID));
  T.study = await r.json();
  if (!r.ok) throw new Error(T.study.error);
  document.getElementById('title').textContent = T.study.kind + ': ' + T.study.name;
  document.title = 'BOMOCO: ' + T.study.kind + ' report ' + T.study.name;
  window.bomocoTables(document.getElementById('tables'), T.study.tables, null);
  if (T.study.tables.length === 0) {
    document.getElementById('chart').innerHTML = '<p class="missing">No tables in ' + esc(T.study.dir)
      + '/tables yet.</p>';
  } else {
    options('table', T.study.tables.map(t => t.name), T.study.tables[0].name);
    document.getElementById('table').addEventListener('change', chooseTable);
    ['x', 'y', 'group', 'type'].forEach(id => document.getElementById(id).addEventListener('change', draw));
    await chooseTable();
  }
  document.body.dataset.ready = 'true';
})().catch(e => {
  document.getElementById('title').innerHTML = '<span class="error">' + esc(e.message) + '</span>';
  document.body.dataset.ready = 'error';
});
