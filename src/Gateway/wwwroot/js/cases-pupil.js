import { api } from './api.js';
import { Cases } from './cases-common.js';

// A pupil's page: the purpose is chosen here (audited with the read), then the facts, the conflicts and the timeline.
(() => {
  const { $, esc, date, statusNames, bandNames, codeNames, reasonNames, stateNames, actsNames, yesNo, fail } = Cases;
  const key = new URLSearchParams(location.search).get('key');
  const kindNames = {
    INSCHRIJVING: 'inschrijving', VERZUIM: 'verzuim', VERZUIMMELDING: 'verzuimmelding', VRIJSTELLING: 'vrijstelling',
    THUISZITTERSREGISTRATIE: 'thuiszittersregistratie', INWONER: 'inwoner (BRP)', CONFLICT: 'conflict', CONFLICTHISTORIE: 'conflicthistorie'
  };
  const stamp = iso => iso ? date(iso) + ' ' + String(iso).slice(11, 16) : '';

  async function purposes() {
    const list = await api('/api/cases/purposes');
    $('purpose').insertAdjacentHTML('beforeend', list.map(p => `<option value="${esc(p.code)}">${esc(p.text)}</option>`).join(''));
  }

  async function show(purpose, note) {
    const query = new URLSearchParams({ key, purpose });
    if (note) query.set('note', note);
    const d = await api('/api/cases/pupil?' + query.toString());
    const p = d.pupil;
    $('title').textContent = p.name || 'Leerling ' + (p.pgn || p.personKey);
    document.title = ($('title').textContent) + ' – Thuiszitters Gateway';
    const rows = [
      ['PGN', p.pgn || '(geen: ' + p.personKey + ')'], ['Geboortedatum', date(p.birthDate) + (p.age != null ? ` (${p.age} jaar)` : '')],
      ['Status', statusNames[p.status] || p.status], ['Sinds', date(p.since) + (p.durationDays != null ? ` (${p.durationDays} dagen)` : '')],
      ['Duur', bandNames[p.band] || ''], ['Woongemeente', p.gemeente || ''], ['School(s)', p.schools.join(', ')],
      ['Sector', d.sector || ''], ['Reden', reasonNames[p.reason] || p.reason || ''], ['Aanbod', yesNo(d.offer)], ['Plan', yesNo(p.plan)],
      ['Regiehouder', p.regiehouder || ''], ['Gemeld op', date(d.reportedOn)], ['Peildatum', date(d.asOf)]
    ];
    $('facts').innerHTML = rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v) || '–'}</dd>`).join('');
    $('conflicts').innerHTML = d.conflicts.map(c => `<tr><td>${esc(codeNames[c.code] || c.code)}${c.escalated ? ' <span class="tz-badge LONG_TERM_ABSENCE">geëscaleerd</span>' : ''}<br><span class="tz-muted">${esc(c.detail)}</span></td>
      <td>${esc(c.school || '')}</td><td>${esc(date(c.date))}</td><td>${esc(actsNames[c.acts] || c.acts)}</td><td>${esc(date(c.dueDate))}</td><td>${esc(stateNames[c.state] || c.state)}</td></tr>`).join('')
      || '<tr><td colspan="6">Geen conflicten.</td></tr>';
    $('events').innerHTML = d.timeline.map(t => `<tr><td>${esc(date(t.date))}</td><td>${esc(date(t.endDate))}</td><td>${esc(kindNames[t.kind] || t.kind)}</td>
      <td>${esc(t.description)}</td><td>${esc(t.source)}</td><td>${esc(t.file || '')}</td><td>${t.line ?? ''}</td><td>${esc(stamp(t.receivedAt))}</td></tr>`).join('')
      || '<tr><td colspan="8">Geen gegevens.</td></tr>';
    $('ask').hidden = true;
    $('pupil').hidden = false;
  }

  $('purposeForm').addEventListener('submit', e => {
    e.preventDefault();
    $('error').textContent = '';
    if (!$('purpose').value) { $('error').textContent = 'Kies eerst het doel van de inzage.'; $('purpose').focus(); return; }
    show($('purpose').value, $('note').value.trim()).catch(fail);
  });
  if (!key) $('error').textContent = 'Geen leerling gekozen: open een leerling vanuit het overzicht van casussen.';
  purposes().catch(fail);
})();
