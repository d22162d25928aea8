import { api, download } from './api.js';
import { Cases } from './cases-common.js';

// The counts page: the Inspectie's quarterly count, a day's legal counts of a scope, and their trend charts (chart.js).
(() => {
  const { $, esc, date, statusNames, bandNames, reasonNames, fail } = Cases;
  const words = { TOTAAL: 'totaal casussen', THUISZITTERS: 'thuiszitters', GEEN: 'geen duur', ONBEKEND: 'onbekend', ...statusNames, ...bandNames, ...reasonNames };
  const charts = {};

  const table = (caption, cells) => `<table class="tz-table"><caption>${esc(caption)}</caption><thead><tr><th scope="col">Indeling</th><th scope="col">Aantal</th></tr></thead><tbody>
    ${cells.map(c => `<tr><td>${esc(words[c.key] || c.key)}</td><td>${esc(c.shown)}</td></tr>`).join('')}</tbody></table>`;

  async function quarter() {
    const q = $('quarter').value.trim();
    const query = q ? '?quarter=' + encodeURIComponent(q) : '';
    $('quarterCsv').dataset.path = '/api/cases/counts/quarter.csv' + query;
    const c = await api('/api/cases/counts/quarter' + query);
    $('quarter').value = c.quarter;
    $('quarterBody').innerHTML = `<p>${esc(c.quarter)}: ${esc(date(c.from))} tot en met ${esc(date(c.to))}.</p>
      <div class="tz-kpis"><div class="tz-kpi">Casussen<strong>${esc(c.total.shown)}</strong></div><div class="tz-kpi">Thuiszitters<strong>${esc(c.thuiszitters.shown)}</strong></div></div>
      <div class="tz-charts">${table('Naar status', c.byStatus)}${table('Naar duur', c.byBand)}${table('Naar sector', c.bySector)}${table('Naar reden', c.byReason)}</div>`;
  }

  function scopeQuery() {
    const query = new URLSearchParams({ kind: $('kind').value });
    if ($('kind').value !== 'REGIO') query.set('code', $('code').value.trim());
    return query.toString();
  }

  async function day() {
    const query = scopeQuery();
    $('dayCsv').dataset.path = '/api/cases/counts/day.csv?' + query;
    const d = await api('/api/cases/counts/day?' + query);
    const labels = { THUISZITTERS: 'Thuiszitters (officiële definitie)', ABSOLUTE_ABSENCE: 'Absoluut verzuim', LONG_TERM_ABSENCE: 'Langdurig relatief verzuim',
      AT_RISK: 'Risico op verzuim', EXEMPT: 'Vrijgesteld', VRIJSTELLING_5A: 'Vrijstelling art. 5 onder a', VRIJSTELLING_5B: 'Vrijstelling art. 5 onder b',
      VERLOF_11G_GT_4W: 'Verlof art. 11 onder g langer dan 4 weken' };
    $('dayBody').innerHTML = `<p>Peildatum ${esc(date(d.day) || 'nog geen telling')}.</p>` +
      table('Tellingen', d.counts.map(c => ({ ...c, key: labels[c.key] || c.key })));
    await trend(query);
  }

  async function trend(query) {
    const series = await api('/api/cases/counts/trend?' + query);
    const days = series.length ? series[0].points.map(p => p.day) : [];
    $('trendHead').innerHTML = `<tr><th scope="col">Telling</th>${days.map(d => `<th scope="col">${esc(date(d))}</th>`).join('')}</tr>`;
    $('trendRows').innerHTML = series.map(s => `<tr><th scope="row">${esc(s.label)}</th>${s.points.map(p => `<td>${p.value ?? '&lt;5'}</td>`).join('')}</tr>`).join('');
    const colours = ['#154273', '#b3261e', '#e17000', '#39870c', '#5b6470', '#8f3f71', '#007bc7', '#673327'];
    const draw = (id, metrics) => {
      if (typeof Chart === 'undefined') return;
      charts[id]?.destroy();
      charts[id] = new Chart($(id), {
        type: 'line',
        data: { labels: days.map(date), datasets: series.filter(s => metrics.includes(s.metric)).map(s => ({
          label: s.label, data: s.points.map(p => p.value), borderColor: colours[series.indexOf(s)], backgroundColor: colours[series.indexOf(s)], tension: 0.2 })) },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    };
    draw('chartCases', ['THUISZITTERS', 'ABSOLUTE_ABSENCE', 'LONG_TERM_ABSENCE', 'AT_RISK']);
    draw('chartLegal', ['EXEMPT', 'VRIJSTELLING_5A', 'VRIJSTELLING_5B', 'VERLOF_11G_GT_4W']);
  }

  async function start() {
    const me = await api('/api/me');
    if (me.role === 'Leerplicht') { $('kind').value = 'GEMEENTE'; $('code').value = me.organisation || ''; }
    if (me.role === 'Board') { $('kind').value = 'SCHOOL'; $('code').value = (me.schools || [])[0] || ''; }
    await quarter();
    await day();
  }

  $('quarterForm').addEventListener('submit', e => { e.preventDefault(); $('error').textContent = ''; quarter().catch(fail); });
  $('dayForm').addEventListener('submit', e => { e.preventDefault(); $('error').textContent = ''; day().catch(fail); });
  ['quarterCsv', 'dayCsv'].forEach(id => $(id).addEventListener('click', () => download($(id).dataset.path).catch(fail)));
  start().catch(fail);
})();
