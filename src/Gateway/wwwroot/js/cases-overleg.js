import { api, download } from './api.js';
import { Cases } from './cases-common.js';

// The 8-weekly overview: make one for a gemeente (with the officer's own list), open a kept one, record the agreed next
// step per case, print it (print.css: A4) or download it as CSV.
(() => {
  const { $, esc, date, statusNames, bandNames, fail } = Cases;
  const changeNames = { NIEUW: 'nieuw', GEWIJZIGD: 'gewijzigd', ONGEWIJZIGD: 'ongewijzigd', VERVALLEN: 'vervallen' };
  let current = null;

  async function previous() {
    const gemeente = $('gemeente').value.trim();
    if (!/^[0-9]{4}$/.test(gemeente)) { $('previous').innerHTML = ''; return; }
    const list = await api('/api/cases/overleg?gemeente=' + gemeente);
    $('previous').innerHTML = list.map(o => `<li><a href="?id=${o.id}" data-id="${o.id}">Overleg ${esc(date(o.heldOn))}</a>
      – ${o.cases} open casussen, ${o.onlyInGateway} alleen in de gateway, ${o.onlyInOfficerList} alleen bij leerplicht (gemaakt door ${esc(o.createdBy)})</li>`).join('')
      || '<li>Nog geen overzichten voor deze gemeente.</li>';
    document.querySelectorAll('#previous a[data-id]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); open(Number(a.dataset.id)).catch(fail); }));
  }

  function lists(c) {
    if (c.inGateway && c.inOfficerList) return 'beide';
    if (c.inGateway) return 'alleen gateway';
    if (c.inOfficerList) return 'alleen leerplicht';
    return '–';
  }

  const step = s => s ? `${esc(s.what)}<br><span class="tz-muted">${esc(s.who)}${s.dueDate ? ', uiterlijk ' + esc(date(s.dueDate)) : ''}</span>` : '';

  async function open(id) {
    $('error').textContent = '';
    const o = await api('/api/cases/overleg/' + id);
    current = o;
    history.replaceState(null, '', '?id=' + id);
    $('title').textContent = `8-wekenoverzicht gemeente ${o.gemeente}`;
    $('overviewTitle').textContent = `Overleg van ${date(o.heldOn)}`;
    $('overviewInfo').textContent = `Peildatum ${date(o.asOf)}, gemaakt door ${o.createdBy}. ` +
      (o.previousId ? 'Vergeleken met het vorige overzicht.' : 'Het eerste overzicht van deze gemeente.') +
      (o.officerListSupplied ? ' Vergeleken met de lijst van leerplicht.' : ' Geen lijst van leerplicht vergeleken.');
    const count = f => o.cases.filter(f).length;
    $('kpis').innerHTML = [['Open casussen', count(c => c.inGateway)], ['Nieuw', count(c => c.change === 'NIEUW')], ['Gewijzigd', count(c => c.change === 'GEWIJZIGD')],
      ['Vervallen', count(c => c.change === 'VERVALLEN')], ['Alleen in gateway', o.officerListSupplied ? count(c => c.inGateway && !c.inOfficerList) : '–'],
      ['Alleen bij leerplicht', count(c => c.inOfficerList && !c.inGateway)]]
      .map(([k, v]) => `<div class="tz-kpi">${esc(k)}<strong>${esc(v)}</strong></div>`).join('');
    $('overlegRows').innerHTML = o.cases.map((c, i) => `<tr>
      <td>${c.inGateway ? `<a href="/cases/pupil.html?key=${encodeURIComponent(c.personKey)}">${esc(c.name || '(naam onbekend)')}</a>` : esc(c.name || '(niet in de gateway)')}<br><span class="tz-muted">${esc(c.personKey)}</span></td>
      <td>${c.status ? `<span class="tz-badge ${esc(c.status)}">${esc(statusNames[c.status] || c.status)}</span>` : ''}</td>
      <td>${esc(date(c.since))}${c.band ? '<br><span class="tz-muted">' + esc(bandNames[c.band] || c.band) + '</span>' : ''}</td>
      <td>${c.openConflicts}</td>
      <td>${esc(changeNames[c.change] || c.change)}${c.changeDetail ? '<br><span class="tz-muted">' + esc(c.changeDetail) + '</span>' : ''}</td>
      <td>${esc(lists(c))}</td>
      <td>${step(c.previousStep)}</td>
      <td>${c.steps.map(step).join('<hr>')}
        <form class="tz-form tz-step" data-key="${esc(c.personKey)}">
          <label for="what${i}">Wat <input id="what${i}" name="what" maxlength="1000" required size="18"></label>
          <label for="who${i}">Wie <input id="who${i}" name="who" maxlength="200" required size="12"></label>
          <label for="due${i}">Uiterlijk <input id="due${i}" name="dueDate" type="date"></label>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">Vastleggen</button>
        </form></td></tr>`).join('') || '<tr><td colspan="8">Geen open casussen.</td></tr>';
    document.querySelectorAll('form.tz-step').forEach(f => f.addEventListener('submit', e => {
      e.preventDefault();
      const body = { personKey: f.dataset.key, what: f.elements.what.value, who: f.elements.who.value, dueDate: f.elements.dueDate.value || null };
      api(`/api/cases/overleg/${id}/steps`, { method: 'POST', body: JSON.stringify(body) }).then(() => open(id)).catch(fail);
    }));
    $('overview').hidden = false;
    $('gemeente').value = o.gemeente;
  }

  $('newForm').addEventListener('submit', e => {
    e.preventDefault();
    $('error').textContent = '';
    const body = { gemeente: $('gemeente').value.trim(), heldOn: $('heldOn').value, officerList: $('officerList').value || null };
    api('/api/cases/overleg', { method: 'POST', body: JSON.stringify(body) })
      .then(o => { previous().catch(fail); return open(o.id); }).catch(fail);
  });
  $('officerFile').addEventListener('change', () => {
    const file = $('officerFile').files[0];
    if (file) file.text().then(t => { $('officerList').value = t; }).catch(fail);
  });
  $('gemeente').addEventListener('change', () => previous().catch(fail));
  $('print').addEventListener('click', () => window.print());
  $('csv').addEventListener('click', () => current && download(`/api/cases/overleg/${current.id}/csv`).catch(fail));

  (async () => {
    const me = await api('/api/me');
    if (me.role === 'Leerplicht') $('gemeente').value = me.organisation || '';
    $('heldOn').value = new Date().toISOString().slice(0, 10);
    const id = new URLSearchParams(location.search).get('id');
    await previous();
    if (id) await open(Number(id));
  })().catch(fail);
})();
