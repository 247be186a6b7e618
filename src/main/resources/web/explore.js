'use strict';
// Front explorer: one data set (/api/front), one visibility rule (algorithms x runs x brushes), every view redrawn
// from it. Colours come from the server (one per algorithm id). First page: the scatter is drawn first (mark
// bomoco-first-view), then the other views one at a time, those on screen first, the rest when they scroll into
// view or the browser is idle; a change redraws the views on screen at once and the others before they are seen
// (mark bomoco-ready: every view drawn). Each view's first draw is a Performance API measure ("draw <view>").
// Plotly comes in two parts: plotly-first.js (scatter, scattergl, bar) before the first view, plotly-more.js
// (splom, parcoords, scatter3d) loaded after it, awaited by the views that need it.
const params = new URLSearchParams(location.search);
const EXP = params.get('exp') || '0';
const INSTANCE = params.get('instance');
const SVG_LIMIT = 1000; // SVG markers up to here, WebGL beyond (SVG redraws grow slow past ~1,000)
const OBJ_IDS = ['cost', 'carbon', 'water', 'performance', 'kpi'];
const DEFAULT_WEIGHTS = [0.35, 0.25, 0.10, 0.20, 0.10];
const S = { data: null, idx: [], algOn: [], rep: 'all', filters: [], picks: {}, weights: DEFAULT_WEIGHTS.slice(),
  convergence: null };
window.bomoco = { perf: [], state: S };

// WebGL views render at the screen's pixel ratio: Plotly's default of 2 draws four times the pixels on an ordinary
// screen, which halves parallel coordinates' speed with software WebGL (SwiftShader)
const GL_CONFIG = { displaylogo: false, plotGlPixelRatio: Math.min(4, Math.max(1, window.devicePixelRatio || 1)) };
let more = null;
function plotlyMore() { return more || (more = import('/vendor/plotly/plotly-more.js')); }

function esc(s) { return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }
function fmt(v) { return (v === null || v === undefined) ? '' : Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4); }
async function getJson(url, started) {
  const r = await (started || fetch(url));
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

async function drawScatter(idx) {
  const d = S.data, ax = +document.getElementById('ax').value, ay = +document.getElementById('ay').value;
  const azv = document.getElementById('az').value, three = azv !== '';
  const gl = idx.length > SVG_LIMIT;
  if (three) await plotlyMore();
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
  return Plotly.react('scatter', traces, layout, GL_CONFIG);
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

async function drawSplom(idx) {
  await plotlyMore();
  const d = S.data;
  const traces = byAlgorithm(idx).map((g, a) => ({ type: 'splom', name: d.algorithms[a].label, customdata: g,
    dimensions: d.columns.map((c, k) => ({ label: OBJ_IDS[k] && d.current ? OBJ_IDS[k] : c, values: pick(k, g) })),
    marker: marker(d.algorithms[a], 3), diagonal: { visible: false }, showupperhalf: false }));
  return Plotly.react('splom', traces, { height: 640, margin: { l: 60, r: 10, t: 10, b: 50 }, dragmode: 'select',
    showlegend: false, uirevision: 'keep' }, GL_CONFIG);
}

async function drawParcoords() {
  await plotlyMore();
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
  return Plotly.react('parcoords', [trace], { height: 360, margin: { l: 60, r: 60, t: 40, b: 20 } }, GL_CONFIG);
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

// Views: drawn one at a time (Plotly draws do not interleave), each when stale and wanted.
const VIEWS = {};
let queue = Promise.resolve();
function view(name, draw, events) { VIEWS[name] = { name: name, draw: draw, events: events, stale: true, ms: 0 }; }
function onScreen(v) {
  const r = document.getElementById(v.name).getBoundingClientRect();
  return r.bottom > -100 && r.top < window.innerHeight + 100;
}
function schedule(v) {
  if (v.queued) return v.queued;
  v.queued = queue = queue.then(async () => {
    v.queued = null;
    if (!v.stale) return;
    v.stale = false;
    const t0 = performance.now();
    await v.draw();
    v.ms = performance.now() - t0;
    if (!v.drawn) {
      v.drawn = true;
      performance.measure('draw ' + v.name, { start: t0, end: t0 + v.ms });
      if (v.events) v.events(document.getElementById(v.name));
    }
  }).catch(showError);
  return v.queued;
}
async function invalidate(names) { // redraws those on screen now, the others later
  names.forEach(n => { VIEWS[n].stale = true; });
  await Promise.all(names.map(n => VIEWS[n]).filter(onScreen).map(schedule));
  drawRest();
}
function idle() {
  return new Promise(r => window.requestIdleCallback ? requestIdleCallback(r, { timeout: 200 }) : setTimeout(r, 20));
}
async function drawRest() { // stale views off screen, when the browser is idle; resolves when none is stale
  if (!S.rest) {
    S.rest = (async () => {
      for (let v = Object.values(VIEWS).find(x => x.stale); v; v = Object.values(VIEWS).find(x => x.stale)) {
        await idle();
        await schedule(v);
      }
    })().finally(() => { S.rest = null; });
  }
  return S.rest;
}

async function redraw(withParcoords) {
  const t0 = performance.now();
  S.idx = visibleIndices();
  await invalidate(['scatter', 'splom'].concat(withParcoords ? ['parcoords'] : []));
  const ms = performance.now() - t0;
  window.bomoco.perf.push({ what: withParcoords ? 'full' : 'brush', points: S.idx.length, ms: ms,
    scatterMs: VIEWS.scatter.ms, splomMs: VIEWS.splom.stale ? null : VIEWS.splom.ms });
  showCount();
}
function showCount() { // once the scatter shows them (the browser tests wait for dataset.shown)
  document.getElementById('count').textContent = S.idx.length + ' of ' + S.data.alg.length + ' points shown';
  document.getElementById('count').dataset.shown = S.idx.length;
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
    () => invalidate(['scatter'])));
  document.getElementById('clearBrush').addEventListener('click', () => { S.filters = []; redraw(true); });
}

(async () => {
  document.getElementById('title').textContent = INSTANCE || '';
  S.data = await getJson('/api/front?' + q(), window.bomocoFront);
  performance.mark('bomoco-data');
  const d = S.data;
  document.getElementById('missing').innerHTML = d.missing.map(m => '<div class="missing">' + esc(m) + '</div>').join('');
  controls();
  if (d.alg.length === 0) {
    document.getElementById('scatter').innerHTML = '<p class="missing">No finished run of this instance yet.</p>';
    return;
  }
  S.convergence = convergenceData();
  view('scatter', () => drawScatter(S.idx), gd => gd.on('plotly_click', onClick));
  view('parcoords', drawParcoords, gd => gd.on('plotly_restyle', () => { readBrushes(); redraw(false); }));
  view('splom', () => drawSplom(S.idx), gd => gd.on('plotly_click', onClick));
  view('convergence', drawConvergence);
  S.idx = visibleIndices();
  await schedule(VIEWS.scatter);
  showCount();
  await new Promise(r => requestAnimationFrame(r));
  performance.mark('bomoco-first-view'); // the scatter is on screen: ms since navigation start
  plotlyMore();
  const picks = weightSliders();
  await invalidate(['parcoords', 'splom', 'convergence']);
  const seen = new IntersectionObserver(es => es.forEach(e => {
    const v = VIEWS[e.target.id];
    if (e.isIntersecting && v.stale) schedule(v);
  }), { rootMargin: '100px' });
  Object.keys(VIEWS).forEach(n => seen.observe(document.getElementById(n)));
  await Promise.all([picks.catch(showError), window.bomocoTablesReady, drawRest()]);
  performance.mark('bomoco-ready'); // every view drawn: its startTime is ms since navigation start
  document.body.dataset.ready = 'true';
})().catch(e => {
  document.getElementById('missing').innerHTML = '<p class="error">' + esc(e.message) + '</p>';
  document.body.dataset.ready = 'error';
});

window.bomocoTablesReady = getJson('/api/tables?' + q()).then(t => window.bomocoTables(
  document.getElementById('tables'), t, INSTANCE));
