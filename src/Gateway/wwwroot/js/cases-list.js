import { api } from './api.js';
import { Cases } from './cases-common.js';

// The case overview: filters and order live in the address (so a filtered list can be bookmarked or shared), each page
// is one request with its total.
(() => {
  const { $, esc, date, statusNames, bandNames, codeNames, reasonNames, yesNo, fail } = Cases;
  const pageSize = 50;
  const fields = ['q', 'status', 'band', 'gemeente', 'school', 'openConflict'];
  const state = new URLSearchParams(location.search);

  function fillForm() {
    for (const f of fields) $(f).value = state.get(f) || '';
  }

  function markSort() {
    const sort = state.get('sort') || 'since';
    const dir = state.get('dir') || 'asc';
    document.querySelectorAll('th[data-sort]').forEach(th => {
      if (th.dataset.sort === sort) th.setAttribute('aria-sort', dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }

  async function load() {
    $('error').textContent = '';
    markSort();
    const query = new URLSearchParams();
    for (const [k, v] of state) if (v) query.set(k, v);
    query.set('limit', String(pageSize));
    const page = await api('/api/cases?' + query.toString());
    $('rows').innerHTML = page.items.map(c => `<tr>
      <td><a href="/cases/pupil.html?key=${encodeURIComponent(c.personKey)}">${esc(c.name || '(naam onbekend)')}</a><br><span class="tz-muted">${esc(c.pgn || c.personKey)}</span></td>
      <td>${esc(date(c.birthDate))}${c.age != null ? ` (${c.age})` : ''}</td>
      <td><span class="tz-badge ${esc(c.status)}">${esc(statusNames[c.status] || c.status)}</span></td>
      <td>${esc(date(c.since))}</td>
      <td>${c.durationDays != null ? esc(c.durationDays + ' dagen') : ''}${c.band ? '<br><span class="tz-muted">' + esc(bandNames[c.band] || c.band) + '</span>' : ''}</td>
      <td>${esc(c.gemeente)}</td>
      <td>${esc(c.schools.join(', '))}</td>
      <td>${esc(reasonNames[c.reason] || c.reason || '')}</td>
      <td>${esc(yesNo(c.plan))}</td>
      <td>${esc(c.regiehouder || '')}</td>
      <td>${c.openConflicts.length ? c.openConflicts.map(k => esc(codeNames[k] || k)).join('<br>') : ''}</td></tr>`).join('')
      || '<tr><td colspan="11">Geen casussen die aan de filters voldoen.</td></tr>';
    const from = page.total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.items.length;
    $('pageInfo').textContent = `${from}–${to} van ${page.total}`;
    $('summary').textContent = `${page.total} casussen${page.asOf ? ', peildatum ' + date(page.asOf) : ''}.`;
    $('prev').disabled = page.offset === 0;
    $('next').disabled = to >= page.total;
  }

  function go() {
    history.replaceState(null, '', '?' + state.toString());
    load().catch(fail);
  }

  $('filters').addEventListener('submit', e => {
    e.preventDefault();
    for (const f of fields) { const v = $(f).value.trim(); if (v) state.set(f, v); else state.delete(f); }
    state.delete('offset');
    go();
  });
  $('filters').addEventListener('reset', () => { for (const f of fields) state.delete(f); state.delete('offset'); setTimeout(go); });
  document.querySelectorAll('th[data-sort] button').forEach(b => b.addEventListener('click', () => {
    const sort = b.parentElement.dataset.sort;
    const same = (state.get('sort') || 'since') === sort;
    state.set('sort', sort);
    state.set('dir', same && state.get('dir') !== 'desc' ? 'desc' : 'asc');
    state.delete('offset');
    go();
  }));
  $('prev').addEventListener('click', () => { state.set('offset', String(Math.max(0, Number(state.get('offset') || 0) - pageSize))); go(); });
  $('next').addEventListener('click', () => { state.set('offset', String(Number(state.get('offset') || 0) + pageSize)); go(); });
  fillForm();
  load().catch(fail);
})();
