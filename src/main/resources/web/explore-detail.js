'use strict';
// Front explorer, second part: the clicked solution's detail panel, the weight sliders with their picks and the
// convergence view. Loaded before explore.js, whose state (S) and helpers these functions use when called.

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

// Weight sliders (placement instances): the knee, weights and compromise picks of the feasible union front
// (FrontPicker on the server) follow the weights live. Resolves when the first picks are on the scatter.
function weightSliders() {
  if (!S.data.current) return Promise.resolve();
  const div = document.getElementById('weights');
  div.innerHTML = 'Weights: ' + OBJ_IDS.map((id, k) => '<label>' + id + ' <input type="range" class="weight" min="0" '
    + 'max="100" value="' + Math.round(S.weights[k] * 100) + '" data-k="' + k + '"></label>').join('')
    + ' <span id="pickNote"></span>';
  const update = async () => {
    S.picks = await getJson('/api/picks?' + q('&weights=' + weightsParam()));
    document.getElementById('pickNote').textContent = Object.entries(S.picks).map(([m, i]) => m + ': point ' + i)
      .join(', ');
    await invalidate(['scatter']);
  };
  div.querySelectorAll('.weight').forEach(el => el.addEventListener('change', () => {
    S.weights[+el.dataset.k] = Math.max(0.001, +el.value / 100);
    update().catch(showError);
  }));
  return update();
}

// Convergence curves (median and IQR band per algorithm) of the first indicator; the data is fetched as soon as
// the front is in, the view drawn when it is on screen or the browser is idle.
function convergenceData() {
  return getJson('/api/experiments').then(exps => {
    const e = exps.find(x => String(x.id) === EXP);
    if (!e || e.indicators.length === 0) return null;
    return getJson('/api/convergence?' + q('&indicator=' + encodeURIComponent(e.indicators[0])));
  });
}
async function drawConvergence() {
  const c = await S.convergence;
  if (!c) return;
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
