import { Sync } from './sync-common.js';

(() => {
  const { $, esc, api, showError, whoAmI, download, number, time, seconds, age, outcome, triggers } = Sync;
  const pageSize = 25;
  let page = 1;
  let total = 0;
  let seen = '';
  const charts = {};

  function filters() {
    const q = new URLSearchParams();
    for (const [id, name] of [['fSource', 'source'], ['fOutcome', 'outcome'], ['fTrigger', 'trigger'], ['fFrom', 'from'], ['fTo', 'to']]) {
      if ($(id).value) q.set(name, $(id).value);
    }
    q.set('page', page); q.set('pageSize', pageSize);
    return q.toString();
  }

  async function loadSources() {
    const answer = await api('/api/sync/sources');
    $('serverState').textContent = answer.serverRunning
      ? `Deze server voert de synchronisatie uit. Wachtrij: ${number(answer.enqueued)} taken.`
      : 'Deze server voert zelf geen synchronisatie uit (uitgeschakeld of geen bronnen); andere servers kunnen dat wel doen.';
    const select = $('fSource');
    if (select.options.length === 1) {
      for (const s of answer.sources) select.add(new Option(s.name, s.name));
    }
    $('sources').innerHTML = answer.sources.map(s => {
      const cls = s.paused ? 'paused' : s.needsAttention ? 'attention' : '';
      const status = s.paused ? '<span class="state PAUSED">gepauzeerd</span>' : s.lastRun ? outcome(s.lastRun.outcome) : '<span class="state SKIPPED">nog niet gedraaid</span>';
      const progress = s.running
        ? `<p><label>Bezig (run ${s.running.id}): ${s.running.files} van ${s.running.filesTotal} bestanden
           <progress max="${Math.max(1, s.running.filesTotal)}" value="${s.running.files}"></progress></label></p>` : '';
      return `<article class="source ${cls}" data-source="${esc(s.name)}">
        <h3>${esc(s.name)} ${status}</h3>
        ${s.paused ? `<p><strong>Heeft aandacht nodig:</strong> ${esc(s.pausedReason ?? '')} (sinds ${time(s.pausedAt)}). Hervat de bron na het oplossen.</p>` : ''}
        ${!s.paused && s.failingStreak > 0 ? `<p><strong>Heeft aandacht nodig:</strong> ${s.failingStreak} mislukte run(s) na elkaar.</p>` : ''}
        ${progress}
        <dl>
          <dt>Soort</dt><dd>${esc(s.kind)}</dd>
          <dt>Schema</dt><dd><code>${esc(s.schedule)}</code></dd>
          <dt>Volgende run</dt><dd>${s.paused ? 'gepauzeerd' : time(s.nextRunAt)}</dd>
          <dt>Laatst geslaagd</dt><dd>${s.lastSuccessAt ? `${time(s.lastSuccessAt)} (${age(s.lastSuccessAgeSeconds)})` : 'nog nooit'}</dd>
          <dt>Mislukt na elkaar</dt><dd>${s.failingStreak}</dd>
          <dt>Laatste run</dt><dd>${s.lastRun ? `<a href="/sync/run.html?id=${s.lastRun.id}">run ${s.lastRun.id}</a>, ${time(s.lastRun.startedAt)}` : '–'}</dd>
        </dl>
        <div class="actions">
          ${s.paused ? `<button type="button" data-resume="${esc(s.name)}">Hervatten</button>`
                     : `<button type="button" data-run="${esc(s.name)}">Nu uitvoeren</button> <button type="button" data-pause="${esc(s.name)}">Pauzeren</button>`}
        </div>
      </article>`;
    }).join('') || '<p>Er zijn geen bronnen geconfigureerd (sectie <code>Sources</code>).</p>';
    document.querySelectorAll('[data-run]').forEach(b => b.onclick = () => act(`/api/sync/sources/${encodeURIComponent(b.dataset.run)}/run`));
    document.querySelectorAll('[data-pause]').forEach(b => b.onclick = () => act(`/api/sync/sources/${encodeURIComponent(b.dataset.pause)}/pause`));
    document.querySelectorAll('[data-resume]').forEach(b => b.onclick = () => act(`/api/sync/sources/${encodeURIComponent(b.dataset.resume)}/resume`));
    // Any run that started or ended since the last look: the history, refused files and charts are read again.
    const now = answer.sources.map(s => `${s.name}:${s.lastRun?.id ?? ''}:${s.running?.id ?? ''}:${s.running?.files ?? ''}`).join('|');
    const changed = now !== seen;
    seen = now;
    return changed;
  }

  async function act(path) {
    try {
      $('error').textContent = '';
      await api(path, { method: 'POST' });
      await refresh(true);
    } catch (e) { showError(e); }
  }

  async function loadRuns() {
    const result = await api('/api/sync/runs?' + filters());
    total = result.total;
    $('runRows').innerHTML = result.items.map(r => `<tr class="clickable">
      <td><a href="/sync/run.html?id=${r.id}">${r.id}</a></td><td>${esc(r.source)}</td><td>${time(r.startedAt)}</td><td>${seconds(r.durationSeconds)}</td>
      <td>${esc(triggers[r.trigger] ?? r.trigger)}</td><td>${outcome(r.outcome)}${r.error ? `<br><small>${esc(r.error)}</small>` : ''}</td>
      <td>${r.files}${r.filesTotal > r.files ? ' / ' + r.filesTotal : ''}${r.filesRefused ? ` (${r.filesRefused} geweigerd)` : ''}</td>
      <td>${number(r.recordsApplied)}</td><td>${number(r.recordsQuarantined)}</td><td>${r.attempts}</td><td><small>${esc(r.node)}</small></td></tr>`).join('')
      || '<tr><td colspan="11">Geen runs met deze filters.</td></tr>';
    const pages = Math.max(1, Math.ceil(total / pageSize));
    $('pageInfo').textContent = `pagina ${page} van ${pages} (${number(total)} runs)`;
    $('prevPage').disabled = page <= 1;
    $('nextPage').disabled = page >= pages;
  }

  async function loadRefused() {
    const files = await api('/api/sync/refused');
    $('refusedRows').innerHTML = files.map(f => `<tr>
      <td>${esc(f.fileName)}</td><td>${esc(f.source)}</td><td><a href="/sync/run.html?id=${f.runId}">${f.runId}</a></td>
      <td>${f.errorLine ?? '–'}</td><td>${esc(f.errorField ?? '–')}</td><td>${esc(f.reason ?? Sync.deliveryOutcomes[f.outcome] ?? f.outcome)}</td><td>${time(f.handledAt)}</td>
      <td><button type="button" data-download="${f.id}" data-name="${esc(f.fileName)}">Origineel downloaden</button>
          ${f.appliedAgainAt ? `<small>opnieuw aangeboden ${time(f.appliedAgainAt)}</small>` : `<button type="button" data-again="${f.id}">Opnieuw toepassen</button>`}</td></tr>`).join('')
      || '<tr><td colspan="8">Geen geweigerde bestanden.</td></tr>';
    document.querySelectorAll('#refusedRows [data-again]').forEach(b => b.onclick = () => act(`/api/sync/files/${b.dataset.again}/apply-again`));
  }

  async function loadQuarantine() {
    const records = await api('/api/sync/quarantined');
    $('quarantineRows').innerHTML = records.map(q => `<tr>
      <td>${esc(q.fileName)}</td><td><a href="/sync/run.html?id=${q.runId}">${q.runId}</a></td><td>${q.line}</td><td>${esc(q.field)}</td><td>${esc(q.reason)}</td>
      <td><button type="button" data-download="${q.syncFileId}" data-name="${esc(q.fileName)}">Origineel downloaden</button></td></tr>`).join('')
      || '<tr><td colspan="6">Geen records in quarantaine.</td></tr>';
  }

  function chart(id, config) {
    if (typeof Chart === 'undefined') return;
    if (charts[id]) { charts[id].data = config.data; charts[id].update('none'); return; }
    charts[id] = new Chart($(id), { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...(config.options || {}) } });
  }

  async function loadCharts() {
    const stats = await api('/api/sync/stats?days=30');
    const days = [...new Set(stats.map(s => s.day))].sort();
    const colours = { SUCCEEDED: '#2e7d32', REFUSED: '#c49000', FAILED: '#b00020', ABANDONED: '#6d4c41' };
    const byDay = (day, outcomeName, field) => stats.filter(s => s.day === day && (!outcomeName || s.outcome === outcomeName)).reduce((n, s) => n + s[field], 0);
    chart('chartRuns', {
      type: 'bar',
      data: { labels: days, datasets: Object.keys(colours).map(o => ({ label: Sync.outcomes[o], backgroundColor: colours[o], data: days.map(d => byDay(d, o, 'runs')) })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
    chart('chartDurations', {
      type: 'line',
      data: {
        labels: days, datasets: [
          { label: 'gemiddeld', borderColor: '#154273', data: days.map(d => { const r = stats.filter(s => s.day === d); const n = r.reduce((a, s) => a + s.runs, 0); return n ? r.reduce((a, s) => a + s.averageSeconds * s.runs, 0) / n : 0; }) },
          { label: 'langste', borderColor: '#b00020', data: days.map(d => Math.max(0, ...stats.filter(s => s.day === d).map(s => s.maxSeconds))) }]
      },
      options: { scales: { y: { beginAtZero: true } } }
    });
    chart('chartRecords', {
      type: 'bar',
      data: { labels: days, datasets: [
        { label: 'toegepast', backgroundColor: '#154273', data: days.map(d => byDay(d, null, 'recordsApplied')) },
        { label: 'in quarantaine', backgroundColor: '#c49000', data: days.map(d => byDay(d, null, 'recordsQuarantined')) }] },
      options: { scales: { y: { beginAtZero: true } } }
    });
  }

  async function refresh(all) {
    const changed = await loadSources();
    if (all || changed) await Promise.all([loadRuns(), loadRefused(), loadQuarantine(), loadCharts()]);
  }

  document.addEventListener('click', e => {
    const b = e.target.closest('[data-download]');
    if (b) download(b.dataset.download, b.dataset.name).catch(showError);
  });
  $('runFilters').onsubmit = e => { e.preventDefault(); page = 1; loadRuns().catch(showError); };
  $('prevPage').onclick = () => { page = Math.max(1, page - 1); loadRuns().catch(showError); };
  $('nextPage').onclick = () => { page += 1; loadRuns().catch(showError); };

  (async () => {
    await whoAmI();
    await refresh(true);
    setInterval(() => refresh(false).catch(showError), 2000);
  })().catch(showError);
})();
