import { Sync } from './sync-common.js';

(() => {
  const { $, esc, api, showError, whoAmI, download, number, time, seconds, outcome, triggers, deliveryOutcomes } = Sync;
  const id = new URLSearchParams(location.search).get('id');

  async function load() {
    const d = await api('/api/sync/runs/' + encodeURIComponent(id ?? ''));
    const r = d.run;
    $('runTitle').textContent = `Run ${r.id} van bron ${r.source}`;
    $('progressBox').hidden = r.outcome !== 'RUNNING';
    $('progress').max = Math.max(1, r.filesTotal);
    $('progress').value = r.files;
    $('progressText').textContent = `${r.files} van ${r.filesTotal} bestanden`;
    const rows = [
      ['Uitkomst', outcome(r.outcome)], ['Aanleiding', esc(triggers[r.trigger] ?? r.trigger)], ['Start', time(r.startedAt)], ['Einde', time(r.finishedAt)],
      ['Duur', seconds(r.durationSeconds)], ['Server', esc(r.node)], ['Pogingen', r.attempts], ['Bestanden', `${r.files} van ${r.filesTotal}, ${r.filesRefused} geweigerd`],
      ['Records gelezen', number(r.recordsRead)], ['Records toegepast', number(r.recordsApplied)], ['In quarantaine', number(r.recordsQuarantined)],
      ['Personen gewijzigd', number(r.personsChanged)], ['Conflicten geopend / opgelost', `${number(r.conflictsOpened)} / ${number(r.conflictsResolved)}`],
      ['Fout', esc(r.error ?? '–')], ['Hangfire-taak', esc(r.jobId ?? '–')]
    ];
    $('summary').innerHTML = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
    $('fileRows').innerHTML = d.files.map(f => `<tr>
      <td>${esc(f.fileName)}</td><td>${number(f.size)} bytes</td><td>${esc(deliveryOutcomes[f.outcome] ?? f.outcome)}</td><td>${number(f.records)}</td><td>${number(f.quarantined)}</td>
      <td>${f.errorLine ?? '–'}</td><td>${esc(f.errorField ?? '–')}</td><td>${esc(f.reason ?? '')}</td>
      <td><button type="button" data-download="${f.id}" data-name="${esc(f.fileName)}">Origineel downloaden</button></td></tr>`).join('')
      || '<tr><td colspan="9">Geen bestanden in deze run.</td></tr>';
    $('quarantineRows').innerHTML = d.quarantined.map(q => `<tr><td>${esc(q.fileName)}</td><td>${q.line}</td><td>${esc(q.field)}</td><td>${esc(q.reason)}</td></tr>`).join('')
      || '<tr><td colspan="4">Geen records in quarantaine.</td></tr>';
    return r.outcome === 'RUNNING';
  }

  document.addEventListener('click', e => {
    const b = e.target.closest('[data-download]');
    if (b) download(b.dataset.download, b.dataset.name).catch(showError);
  });

  (async () => {
    await whoAmI();
    let going = await load();
    const timer = setInterval(async () => {
      try { going = await load(); if (!going) clearInterval(timer); } catch (e) { showError(e); }
    }, 1000);
    if (!going) clearInterval(timer);
  })().catch(showError);
})();
