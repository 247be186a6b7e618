'use strict';
// Footprint of an instance on the dashboard: the current state against a chosen plan (cost, location-based
// carbon, embodied carbon, water) in total, per provider and per region; water per month per region; ESG links.
window.bomocoFootprint = async (instance, plan) => {
  const e = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
  const n = v => Math.abs(v) >= 100 ? v.toLocaleString('en', { maximumFractionDigits: 1 }) : v.toFixed(3);
  const FIG = [['cost_usd', 'cost (USD)'], ['energy_kwh', 'facility energy (kWh)'],
    ['scope2_location_kgco2e', 'Scope 2 location-based (kgCO2e)'], ['embodied_kgco2e', 'embodied, Scope 3 (kgCO2e)'],
    ['water_l', 'water (L)']];
  const r = await fetch('/api/dashboard/footprint?instance=' + encodeURIComponent(instance) + '&plan='
    + encodeURIComponent(plan));
  const f = await r.json();
  if (!r.ok) throw new Error(f.error);
  const qs = 'instance=' + encodeURIComponent(instance) + '&plan=' + encodeURIComponent(plan);
  document.getElementById('esgPage').href = '/esg?' + qs;
  document.getElementById('esgCsv').href = '/api/dashboard/esg.csv?' + qs;
  document.getElementById('fpMethod').textContent = f.method;
  const sel = document.getElementById('plan');
  const plans = f.plans.includes(plan) ? f.plans : f.plans.concat([plan]);
  sel.innerHTML = plans.map(p => '<option' + (p === plan ? ' selected' : '') + '>' + e(p) + '</option>').join('');
  sel.onchange = () => window.bomocoFootprint(instance, sel.value).catch(err => {
    document.getElementById('fpTotals').innerHTML = '<p class="error">' + e(err.message) + '</p>'; });
  const table = (rows, id, label) => '<table id="' + id + '"><tr><th class="t">' + label + '</th><th class="t">figure'
    + '</th><th>current</th><th>' + e(f.plan) + '</th></tr>' + rows.map(row => FIG.map(([k, name], i) => '<tr>'
      + '<td class="t">' + (i === 0 ? e(row.key) : '') + '</td><td class="t">' + name + '</td><td>'
      + n(row.current[k]) + '</td><td>' + n(row.plan[k]) + '</td></tr>').join('')).join('') + '</table>';
  document.getElementById('fpTotals').innerHTML = '<h3>Total per month</h3>' + table(f.total, 'fp-total', '');
  document.getElementById('fpProviders').innerHTML = '<h3>Per provider</h3>' + table(f.providers, 'fp-providers',
    'provider');
  document.getElementById('fpRegions').innerHTML = '<h3>Per region</h3>' + table(f.regions, 'fp-regions', 'region');
  const prov = f.providers.map(p => p.key);
  await Plotly.react('fpChart', ['current', 'plan'].map(s => ({ type: 'bar', name: s === 'plan' ? f.plan : s,
    x: prov, y: f.providers.map(p => p[s].scope2_location_kgco2e) })), { barmode: 'group', height: 320,
    margin: { l: 60, r: 10, t: 30, b: 40 }, title: { text: 'Scope 2 location-based, kgCO2e/month' } },
  { displaylogo: false });
  const reg = f.regions.map(x => x.provider + ' ' + x.key);
  const wm = document.getElementById('waterMonth');
  await Plotly.react(wm, [
    { type: 'bar', name: 'on-site (E·WUE/PUE)', x: reg, y: f.regions.map(x => x.current.water_onsite_l) },
    { type: 'bar', name: 'off-site (E·EWIF)', x: reg, y: f.regions.map(x => x.current.water_offsite_l) }],
  { barmode: 'stack', height: 320, margin: { l: 60, r: 10, t: 30, b: 90 },
    title: { text: 'Water of the instance (current state), L/month' } }, { displaylogo: false });
  wm.dataset.total = f.total[0].current.water_l;
};
