'use strict';
// Report and study tables ({name, title, note, header, rows} from the server) as HTML tables. With an instance,
// tables whose first column is "instance" keep only that instance's rows (and drop the column).
window.bomocoTables = (div, tables, instance) => {
  const e = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
  const num = s => /^[−+-]?[0-9.,]+(e[−+-]?[0-9]+)?/i.test(s.trim());
  if (tables.length === 0) {
    div.innerHTML = '<p class="missing">No tables yet (the report writes them under tables/).</p>';
    return 0;
  }
  let h = '', shown = 0;
  tables.forEach(t => {
    let header = t.header, rows = t.rows;
    if (instance && header[0] === 'instance') {
      rows = rows.filter(r => r[0] === instance).map(r => r.slice(1));
      header = header.slice(1);
      if (rows.length === 0) return;
    }
    shown++;
    h += '<details class="table" data-name="' + e(t.name) + '"' + (shown <= 3 ? ' open' : '') + '><summary>'
      + e(t.title) + ' <small>(' + e(t.name) + '.csv, ' + rows.length + ' rows)</small></summary><table><tr>'
      + header.map(c => '<th class="t">' + e(c) + '</th>').join('') + '</tr>'
      + rows.map(r => '<tr>' + r.map(c => '<td' + (num(c) ? '' : ' class="t"') + '>' + e(c) + '</td>').join('')
        + '</tr>').join('') + '</table>' + (t.note ? '<p class="note">' + e(t.note) + '</p>' : '') + '</details>';
  });
  div.innerHTML = '<h3>Statistics tables of the report</h3>' + h;
  return shown;
};
