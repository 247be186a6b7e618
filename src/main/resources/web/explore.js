'use strict';
// Front explorer: one data set (/api/front), one visibility rule (algorithms x runs x brushes), every view redrawn
// from it. Colours come from the server (one per algorithm id).
const params = new URLSearchParams(location.search);
const EXP = params.get('exp') || '0';
const INSTANCE = params.get('instance');
const SVG_LIMIT = 1000; // SVG markers up to here, WebGL beyond (SVG redraws grow slow past ~1,000)
const OBJ_IDS = ['cost', 'carbon', 'water', 'performance', 'kpi'];
const DEFAULT_WEIGHTS = [0.35, 0.25, 0.10, 0.20, 0.10];
const S = { data: null, algOn: [], rep: 'all', filters: [], picks: {}, weights: DEFAULT_WEIGHTS.slice() };
window.bomoco = { perf: [], state: S };

function esc(s) { return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }
function fmt(v) { return (v === null || v === undefined) ? '' : Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4); }
async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) { throw new Error(body.error || r.statusText); }
  return body;
}
function q(extra) { return 'exp=' + encodeURIComponent(EXP) + '&instance=' + encodeURIComponent(INSTANCE) + (extra || ''); }
function weightsParam() { return OBJ_IDS.map((id, k) => id + '=' + S.weights[k]).join(','); }

function visibleIndices() {
  const d = S.data, n = d.alg.length, out = [];
  const feasibleOnly = document.getElementById('feasibleOnly').checked;
  for (let i = 0; i < n; i++) {
    if (!S.algOn[d.alg[i]]) continue;
    if (S.rep === 'union' ? !d.union[i] : (S.rep !== 'all' && d.rep[i] !== +S.rep)) continue;
    if (feasibleOnly && !d.feasible[i]) continue;
    let ok = true;
    for (let k = 0; k < S.filters.length && ok; k++) {
      const f = S.filters[k];
      if (f) { const v = d.obj[k][i]; ok = f.some(r => v >= r[0] && v <= r[1]); }
    }
    if (ok) out.push(i);
  }
  return out;
}
function selectedIndices() { // what the parcoords shows: everything but the brushes
  const keep = S.filters; S.filters = []; const v = visibleIndices(); S.filters = keep; return v;
}
function byAlgorithm(idx) {
  const groups = S.data.algorithms.map(() => []);
  idx.forEach(i => groups[S.data.alg[i]].push(i));
  return groups;
}
function pick(k, idx) { const col = S.data.obj[k]; return idx.map(i => col[i]); }
function marker(a, size) {
  return { color: a.color, size: size, symbol: a.baseline ? 'diamond' : 'circle', line: { width: 0 } };
}

function drawScatter(idx) {
  const d = S.data, ax = +document.getElementById('ax').value, ay = +document.getElementById('ay').value;
  const azv = document.getElementById('az').value, three = azv !== '';
  const gl = idx.length > SVG_LIMIT;
  const type = three ? 'scatter3d' : (gl ? 'scattergl' : 'scatter');
  const traces = byAlgorithm(idx).map((g, a) => {
    const t = { type: type, mode: 'markers', name: d.algorithms[a].label, meta: 'front', customdata: g,
      x: pick(ax, g), y: pick(ay, g), marker: marker(d.algorithms[a], three ? 3 : 6) };
    if (three) t.z = pick(+azv, g);
    return t;
  });
  if (document.getElementById('showReference').checked && d.reference[0] && d.reference[0].length) {
    const r = { type: type, mode: 'markers', name: 'reference set', meta: 'reference', hoverinfo: 'skip',
      x: d.reference[ax], y: d.reference[ay], marker: { color: '#bbbbbb', size: 4, symbol: three ? 'circle' : 'x' } };
    if (three) r.z = d.reference[+azv];
    traces.unshift(r);
  }
  if (d.current) {
    const c = { type: type, mode: 'markers', name: 'current state', meta: 'current', x: [d.current[ax]],
      y: [d.current[ay]], marker: { color: '#d62728', size: 14, symbol: three ? 'cross' : 'star' } };
    if (three) c.z = [d.current[+azv]];
    traces.push(c);
  }
  picksTrace(traces, type, ax, ay, three ? +azv : -1);
  const layout = { margin: { l: 60, r: 10, t: 10, b: 50 }, height: 460, legend: { orientation: 'h' },
    xaxis: { title: { text: d.labels[ax] } }, yaxis: { title: { text: d.labels[ay] } }, uirevision: 'keep' };
  if (three) layout.scene = { xaxis: { title: { text: d.columns[ax] } }, yaxis: { title: { text: d.columns[ay] } },
    zaxis: { title: { text: d.columns[+azv] } } };
  return Plotly.react('scatter', traces, layout, { displaylogo: false });
}
function picksTrace(traces, type, ax, ay, az) {
  const names = Object.keys(S.picks);
  if (names.length === 0) return;
  const ids = names.map(n => S.picks[n]);
  const t = { type: type, mode: 'markers+text', name: 'picks', meta: 'picks', text: names, textposition: 'top center',
    x: ids.map(i => S.data.obj[ax][i]), y: ids.map(i => S.data.obj[ay][i]), customdata: ids,
    marker: { color: 'rgba(0,0,0,0)', size: 16, line: { color: '#d62728', width: 2 }, symbol: 'circle-open' } };
  if (az >= 0) t.z = ids.map(i => S.data.obj[az][i]);
  traces.push(t);
}

function drawSplom(idx) {
  const d = S.data;
  const traces = byAlgorithm(idx).map((g, a) => ({ type: 'splom', name: d.algorithms[a].label, customdata: g,
    dimensions: d.columns.map((c, k) => ({ label: OBJ_IDS[k] && d.current ? OBJ_IDS[k] : c, values: pick(k, g) })),
    marker: marker(d.algorithms[a], 3), diagonal: { visible: false }, showupperhalf: false }));
  return Plotly.react('splom', traces, { height: 640, margin: { l: 60, r: 10, t: 10, b: 50 }, dragmode: 'select',
    showlegend: false, uirevision: 'keep' }, { displaylogo: false });
}

function drawParcoords() {
  const d = S.data, idx = selectedIndices(), na = d.algorithms.length;
  const scale = d.algorithms.map((a, k) => [na === 1 ? 0 : k / (na - 1), a.color]);
  if (na === 1) scale.push([1, d.algorithms[0].color]);
  const dims = d.columns.map((c, k) => {
    const dim = { label: d.current ? OBJ_IDS[k] : c, values: pick(k, idx) };
    if (S.filters[k]) dim.constraintrange = S.filters[k].length === 1 ? S.filters[k][0] : S.filters[k];
    return dim;
  });
  const trace = { type: 'parcoords', dimensions: dims,
    line: { color: idx.map(i => d.alg[i]), colorscale: scale, cmin: 0, cmax: Math.max(na - 1, 1) } };
  return Plotly.react('parcoords', [trace], { height: 360, margin: { l: 60, r: 60, t: 40, b: 20 } },
    { displaylogo: false });
}

function readBrushes() {
  const gd = document.getElementById('parcoords');
  const dims = gd.data[0].dimensions;
  S.filters = dims.map(dim => {
    const r = dim.constraintrange;
    if (!r || r.length === 0) return null;
    return Array.isArray(r[0]) ? r : [r];
  });
}

async function redraw(withParcoords) {
  const t0 = performance.now();
  const idx = visibleIndices();
  await drawScatter(idx);
  const t1 = performance.now();
  await drawSplom(idx);
  const t2 = performance.now();
  if (withParcoords) await drawParcoords();
  const ms = performance.now() - t0;
  window.bomoco.perf.push({ what: withParcoords ? 'full' : 'brush', points: idx.length, ms: ms,
    scatterMs: t1 - t0, splomMs: t2 - t1 });
  document.getElementById('count').textContent = idx.length + ' of ' + S.data.alg.length + ' points shown';
  document.getElementById('count').dataset.shown = idx.length;
}

function controls() {
  const d = S.data;
  document.getElementById('algorithms').innerHTML = d.algorithms.map((a, k) => '<label><input type="checkbox" '
    + 'class="alg" data-k="' + k + '" checked> <span class="swatch" style="background:' + a.color + '"></span> '
    + esc(a.label) + (a.baseline ? ' (baseline)' : '') + '</label>').join('');
  S.algOn = d.algorithms.map(() => true);
  const reps = [...new Set(d.rep)].sort((a, b) => a - b);
  document.getElementById('replicate').innerHTML = '<option value="all">all replicates</option>'
    + '<option value="union">union front (non-dominated, feasible)</option>'
    + reps.map(r => '<option value="' + r + '">replicate ' + r + '</option>').join('');
  const opts = d.labels.map((l, k) => '<option value="' + k + '">' + esc(l) + '</option>').join('');
  document.getElementById('ax').innerHTML = opts;
  document.getElementById('ay').innerHTML = opts;
  document.getElementById('az').innerHTML = '<option value="">(2-D)</option>' + opts;
  document.getElementById('ay').value = Math.min(1, d.labels.length - 1);
  document.querySelectorAll('.alg').forEach(cb => cb.addEventListener('change', () => {
    S.algOn[+cb.dataset.k] = cb.checked; redraw(true);
  }));
  document.getElementById('replicate').addEventListener('change', async e => {
    if (e.target.value === 'union' && !S.data.union) S.data.union = await getJson('/api/union?' + q());
    S.rep = e.target.value; redraw(true);
  });
  ['feasibleOnly'].forEach(id => document.getElementById(id).addEventListener('change', () => redraw(true)));
  ['showReference', 'ax', 'ay', 'az'].forEach(id => document.getElementById(id).addEventListener('change',
    () => drawScatter(visibleIndices())));
  document.getElementById('clearBrush').addEventListener('click', () => { S.filters = []; redraw(true); });
}

async function showSolution(point) {
  const div = document.getElementById('detail');
  div.innerHTML = 'loading point ' + point + '…';
  const s = await getJson('/api/solution?' + q('&point=' + point + '&weights=' + weightsParam()));
  const d = S.data;
  let h = '<h3 id="chosen" data-point="' + point + '">Point ' + point + ': ' + esc(s.algorithm) + ', replicate '
    + s.replicate + ' <span class="' + (s.feasible ? 'ok">feasible' : 'bad">infeasible') + '</span></h3>';
  h += '<table><tr><th class="t">objective</th><th>this plan</th><th>current state</th></tr>';
  d.labels.forEach((l, k) => { h += '<tr><td class="t">' + esc(l) + '</td><td>' + fmt(s.objectives[k]) + '</td><td>'
    + (s.current ? fmt(s.current[k]) : '') + '</td></tr>'; });
  h += '</table>';
  if (s.constraints) {
    h += '<p>Constraints: ' + Object.entries(s.constraints).map(([c, v]) => '<span class="' + (v.violation === 0
      ? 'ok' : 'bad') + '">' + esc(c) + (v.violation === 0 ? ' ok' : ' ' + fmt(v.violation) + ' ' + esc(v.unit))
      + '</span>').join(', ') + '</p>';
    h += '<p class="noprint"><a id="download" href="/api/decision.csv?' + q('&point=' + point) + '">Download this plan '
      + 'as a decision CSV</a> (<code>./bomoco evaluate --instance DIR --decision FILE</code> reads it) · <a id="footprintLink" href="/dashboard?instance=' + encodeURIComponent(EXP + '/' + INSTANCE)
      + '&plan=' + point + '#footprint">footprint and ESG summary of this plan</a></p>';
    h += recommendationsTable(s.recommendations);
  }
  div.innerHTML = h;
}
function recommendationsTable(recs) {
  if (recs.length === 0) return '<p>No change: this plan is the current state.</p>';
  let h = '<table id="recommendations"><tr><th>#</th><th class="t">workload</th><th class="t">action</th>'
    + '<th class="t">from → to</th>' + OBJ_IDS.map(o => '<th>Δ ' + o + '</th>').join('')
    + '<th class="t">risk</th><th>score</th></tr>';
  recs.forEach((r, k) => {
    h += '<tr class="rec"><td>' + (k + 1) + '</td><td class="t">' + esc(r.workload) + '</td><td class="t">'
      + esc(r.action) + '</td><td class="t">' + esc(r.from) + ' → ' + esc(r.to) + '</td>'
      + OBJ_IDS.map(o => '<td>' + fmt(r.deltas[o]) + '</td>').join('') + '<td class="t">' + esc(r.risk)
      + '</td><td>' + r.composite_score.toFixed(4) + '</td></tr>';
  });
  return h + '</table><p>Deltas per month against the current state; negative = saving.</p>';
}

function onClick(ev) {
  const p = ev.points && ev.points[0];
  if (p && p.customdata !== undefined && p.data.meta !== 'reference' && p.data.meta !== 'current') {
    showSolution(p.customdata).catch(showError);
  }
}
function showError(e) {
  document.getElementById('detail').innerHTML = '<p class="error">' + esc(e.message) + '</p>';
}

(async () => {
  document.getElementById('title').textContent = INSTANCE || '';
  S.data = await getJson('/api/front?' + q());
  const d = S.data;
  document.getElementById('missing').innerHTML = d.missing.map(m => '<div class="missing">' + esc(m) + '</div>').join('');
  controls();
  if (d.alg.length === 0) {
    document.getElementById('scatter').innerHTML = '<p class="missing">No finished run of this instance yet.</p>';
    return;
  }
  await redraw(true);
  document.getElementById('scatter').on('plotly_click', onClick);
  document.getElementById('splom').on('plotly_click', onClick);
  document.getElementById('parcoords').on('plotly_restyle', () => { readBrushes(); redraw(false); });
  if (window.bomocoExtras) window.bomocoExtras();
  await window.bomocoTablesReady;
  performance.mark('bomoco-ready'); // first render done: its startTime is ms since navigation start
  document.body.dataset.ready = 'true';
})().catch(e => {
  document.getElementById('missing').innerHTML = '<p class="error">' + esc(e.message) + '</p>';
  document.body.dataset.ready = 'error';
});

// Weight sliders: the knee, weights and compromise picks of the feasible union front (FrontPicker on the server)
// follow the weights live; convergence curves (median and IQR band per algorithm) of the first indicator.
window.bomocoExtras = () => {
  if (!S.data.current) return;
  const div = document.getElementById('weights');
  div.innerHTML = 'Weights: ' + OBJ_IDS.map((id, k) => '<label>' + id + ' <input type="range" class="weight" min="0" '
    + 'max="100" value="' + Math.round(S.weights[k] * 100) + '" data-k="' + k + '"></label>').join('')
    + ' <span id="pickNote"></span>';
  const update = async () => {
    S.picks = await getJson('/api/picks?' + q('&weights=' + weightsParam()));
    document.getElementById('pickNote').textContent = Object.entries(S.picks).map(([m, i]) => m + ': point ' + i)
      .join(', ');
    await drawScatter(visibleIndices());
  };
  div.querySelectorAll('.weight').forEach(el => el.addEventListener('change', () => {
    S.weights[+el.dataset.k] = Math.max(0.001, +el.value / 100);
    update().catch(showError);
  }));
  update().catch(showError);
  convergence().catch(showError);
};
window.bomocoTablesReady = getJson('/api/tables?' + q()).then(t => window.bomocoTables(
  document.getElementById('tables'), t, INSTANCE));
async function convergence() {
  const exps = await getJson('/api/experiments');
  const e = exps.find(x => String(x.id) === EXP);
  if (!e || e.indicators.length === 0) return;
  const c = await getJson('/api/convergence?' + q('&indicator=' + encodeURIComponent(e.indicators[0])));
  const traces = [];
  c.algorithms.forEach(a => {
    traces.push({ type: 'scatter', mode: 'lines', x: a.evaluations, y: a.q3, line: { width: 0 }, showlegend: false,
      hoverinfo: 'skip' });
    traces.push({ type: 'scatter', mode: 'lines', x: a.evaluations, y: a.q1, fill: 'tonexty', fillcolor: a.color + '33',
      line: { width: 0 }, showlegend: false, hoverinfo: 'skip' });
    traces.push({ type: 'scatter', mode: 'lines', name: a.label, x: a.evaluations, y: a.median,
      line: { color: a.color } });
  });
  await Plotly.react('convergence', traces, { height: 300, margin: { l: 60, r: 10, t: 30, b: 40 },
    title: { text: c.indicator + ': median and IQR over replicates' }, xaxis: { title: { text: 'evaluations' } } },
  { displaylogo: false });
}
