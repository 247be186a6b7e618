'use strict';
async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) { throw new Error(body.error || r.statusText); }
  return body;
}
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }
(async () => {
  const exps = await getJson('/api/experiments');
  const div = document.getElementById('experiments');
  div.innerHTML = exps.length === 0 ? '<p>No results directories served (give them to <code>bomoco serve DIR</code>).</p>'
    : exps.map(e => '<div class="exp"><h3>' + esc(e.name) + ' <small>' + esc(e.dir) + '</small></h3>'
      + e.missing.map(m => '<div class="missing">' + esc(m) + '</div>').join('')
      + '<ul>' + e.instances.map(i => '<li><a class="explore" href="/explore?exp=' + e.id + '&instance='
        + encodeURIComponent(i) + '">' + esc(i) + '</a></li>').join('') + '</ul></div>').join('');
  const studies = await getJson('/api/studies');
  document.getElementById('studies').innerHTML = '<ul>' + studies.map(s => '<li><a class="study" href="/study?id='
    + s.id + '">' + esc(s.kind) + ': ' + esc(s.name) + '</a> <small>' + esc(s.dir) + '</small></li>').join('')
    + '</ul>';
  const inst = await getJson('/api/dashboard/instances');
  document.getElementById('instances').innerHTML = '<ul><li><a href="/dashboard">catalogue only</a></li>'
    + inst.map(i => '<li><a href="/dashboard?instance=' + encodeURIComponent(i) + '">' + esc(i) + '</a></li>').join('')
    + '</ul>';
  document.body.dataset.ready = 'true';
})().catch(e => { document.body.dataset.ready = 'error'; document.getElementById('experiments').innerHTML = '<p class="error">' + esc(e.message) + '</p>'; });
