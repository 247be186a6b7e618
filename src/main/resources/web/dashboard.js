'use strict';
// Sustainability dashboard: catalogue regions on a world map (Plotly scattergeo with the vendored topojson),
// a region's 48-hour forecast with the lowest-carbon start window for a job, and water factors.
const params = new URLSearchParams(location.search);
const INSTANCE = params.get('instance') || '';
const D = { regions: [], start: null };
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }
async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) { throw new Error(body.error || r.statusText); }
  return body;
}
function shown() {
  const p = document.getElementById('provider').value, j = document.getElementById('jurisdiction').value;
  return D.regions.filter(r => (!p || r.provider === p) && (!j || r.jurisdiction === j));
}
function intensity(r, hour) { return hour >= 0 && r.hourly ? r.hourly[hour] : r.ci; }
function drawMap() {
  const hour = +document.getElementById('hour').value;
  document.getElementById('hourLabel').textContent = hour < 0 ? 'monthly mean (month ' + D.month + ')'
    : 'hour ' + hour + ' of the forecast (catalogue regions outside the instance: monthly mean)';
  const rs = shown(), by = document.getElementById('sizeBy').value;
  const size = rs.map(r => by === 'load' ? r.load : r.capacity), max = Math.max(1, ...size);
  const trace = { type: 'scattergeo', mode: 'markers', lat: rs.map(r => r.lat), lon: rs.map(r => r.lon),
    text: rs.map(r => r.provider + ' ' + r.region + ' (' + r.jurisdiction + '): ' + intensity(r, hour).toFixed(0)
      + ' gCO2e/kWh'), hoverinfo: 'text',
    marker: { color: rs.map(r => intensity(r, hour)), colorscale: 'RdYlGn', cmin: 0, cmax: 800,
      size: size.map(s => 6 + 24 * Math.sqrt(s / max)), line: { width: 0.5, color: '#333' },
      colorbar: { title: { text: 'gCO2e/kWh' } } } };
  return Plotly.react('map', [trace], { height: 480, margin: { l: 0, r: 0, t: 0, b: 0 },
    geo: { projection: { type: 'natural earth' }, showcountries: true, showland: true, landcolor: '#f2f2f2' } },
    { topojsonURL: '/vendor/', displaylogo: false });
}
async function drawForecast() {
  const region = document.getElementById('region').value, duration = document.getElementById('duration').value;
  const div = document.getElementById('forecast');
  if (!INSTANCE || !region) {
    div.innerHTML = '<p>Open the dashboard with an instance (<code>serve --instance DIR</code>) for its forecast.</p>';
    return;
  }
  const f = await getJson('/api/dashboard/forecast?instance=' + encodeURIComponent(INSTANCE) + '&region='
    + encodeURIComponent(region) + '&duration=' + encodeURIComponent(duration));
  const hours = f.forecast.map((v, h) => h);
  const traces = [{ type: 'scatter', mode: 'lines', name: 'forecast', x: hours, y: f.forecast,
    line: { color: '#1b4332' } }];
  if (f.actual) traces.push({ type: 'scatter', mode: 'lines', name: 'realised', x: hours, y: f.actual,
    line: { color: '#999', dash: 'dot' } });
  const layout = { height: 360, margin: { l: 60, r: 10, t: 30, b: 50 }, title: { text: region + ', from ' + f.start },
    xaxis: { title: { text: 'hour of the window' } }, yaxis: { title: { text: 'gCO2e/kWh' } },
    shapes: [{ type: 'rect', xref: 'x', yref: 'paper', x0: f.bestStart - 0.5, x1: f.bestStart + f.duration - 0.5,
      y0: 0, y1: 1, fillcolor: 'rgba(46, 160, 67, 0.25)', line: { width: 0 } }] };
  await Plotly.react(div, traces, layout, { displaylogo: false });
  div.dataset.bestStart = f.bestStart;
  div.dataset.duration = f.duration;
  document.getElementById('window').textContent = 'lowest-carbon start: hour ' + f.bestStart + ' (mean '
    + f.bestMean.toFixed(1) + ' gCO2e/kWh over ' + f.duration + ' h)';
}
function drawWater() {
  const rs = shown();
  const names = rs.map(r => r.provider + ' ' + r.region);
  return Plotly.react('water', [
    { type: 'bar', name: 'on-site (WUE)', x: names, y: rs.map(r => r.wue) },
    { type: 'bar', name: 'off-site (PUE × EWIF)', x: names, y: rs.map(r => r.pue * r.ewif) }],
  { barmode: 'stack', height: 360, margin: { l: 60, r: 10, t: 30, b: 120 }, title: { text: 'Water, L per kWh of IT energy' },
    yaxis: { title: { text: 'L/kWh' } } }, { displaylogo: false });
}
function fill(id, values) {
  document.getElementById(id).innerHTML += values.map(v => '<option>' + esc(v) + '</option>').join('');
}
(async () => {
  document.getElementById('title').textContent = INSTANCE || 'catalogue';
  const body = await getJson('/api/dashboard/regions' + (INSTANCE ? '?instance=' + encodeURIComponent(INSTANCE) : ''));
  D.regions = body.regions; D.month = body.month;
  fill('provider', [...new Set(D.regions.map(r => r.provider))].sort());
  fill('jurisdiction', [...new Set(D.regions.map(r => r.jurisdiction))].sort());
  document.getElementById('region').innerHTML = D.regions.filter(r => r.hourly)
    .map(r => '<option value="' + esc(r.region) + '">' + esc(r.provider + ' ' + r.region) + '</option>').join('');
  ['provider', 'jurisdiction'].forEach(id => document.getElementById(id).addEventListener('change',
    () => { drawMap(); drawWater(); }));
  ['sizeBy', 'hour'].forEach(id => document.getElementById(id).addEventListener('input', drawMap));
  ['region', 'duration'].forEach(id => document.getElementById(id).addEventListener('change', () => drawForecast()
    .catch(e => { document.getElementById('window').innerHTML = '<span class="error">' + esc(e.message) + '</span>'; })));
  await drawMap();
  await drawForecast();
  await drawWater();
  const keys = await getJson('/api/dashboard/instances');
  fill('instance', keys);
  const sel = document.getElementById('instance');
  sel.value = INSTANCE;
  sel.addEventListener('change', () => { location.search = sel.value ? '?instance=' + encodeURIComponent(sel.value) : ''; });
  if (INSTANCE) await window.bomocoFootprint(INSTANCE, params.get('plan') || 'current');
  document.body.dataset.ready = 'true';
})().catch(e => {
  document.getElementById('title').innerHTML = '<span class="error">' + esc(e.message) + '</span>';
  document.body.dataset.ready = 'error';
});
