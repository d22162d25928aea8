'use strict';
// The board's ROD corrections page: the token is the one the start page stored for this browser tab.
const token = sessionStorage.getItem('tz-token');
const states = { PROPOSED: 'voorgesteld', SUBMITTED: 'ingediend', ACCEPTED: 'geaccepteerd', REJECTED: 'afgewezen' };
const mutations = { T: 'T (inschrijving toevoegen)', A: 'A (datums aanpassen)', U: 'U (uitschrijven)', V: 'V (intrekken)' };
const $ = id => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' } });
  if (!response.ok) {
    let detail = response.status + '';
    try { detail = (await response.json()).detail || detail; } catch { /* no body */ }
    throw new Error(detail);
  }
  return response.json();
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  row.appendChild(td);
}

async function load() {
  const state = $('toestand').value;
  const items = await api('/api/boards/rod-corrections' + (state ? '?state=' + encodeURIComponent(state) : ''));
  const body = $('correcties');
  body.replaceChildren();
  for (const item of items) {
    const row = document.createElement('tr');
    cell(row, item.school);
    cell(row, item.pgn);
    cell(row, item.conflictCode);
    cell(row, mutations[item.mutation] || item.mutation);
    cell(row, item.startDate);
    cell(row, item.endDate);
    cell(row, states[item.state] || item.state);
    cell(row, item.signalText ? (item.signalCode ? item.signalCode + ': ' : '') + item.signalText : '');
    body.appendChild(row);
  }
  $('status').textContent = items.length + ' correcties';
}

async function start() {
  if (!token) {
    $('status').textContent = 'Log eerst in op de startpagina.';
    return;
  }
  try {
    $('auto').checked = (await api('/api/boards/rod-corrections/settings')).autoSubmit;
    await load();
  } catch (e) {
    $('status').textContent = 'Fout: ' + e.message;
  }
}

$('toestand').addEventListener('change', () => load().catch(e => { $('status').textContent = 'Fout: ' + e.message; }));
$('auto').addEventListener('change', async () => {
  try {
    await api('/api/boards/rod-corrections/settings', { method: 'PUT', body: JSON.stringify({ autoSubmit: $('auto').checked }) });
    $('status').textContent = $('auto').checked ? 'Automatisch indienen staat aan.' : 'Automatisch indienen staat uit.';
  } catch (e) {
    $('status').textContent = 'Fout: ' + e.message;
  }
});
$('indienen').addEventListener('click', async () => {
  try {
    const result = await api('/api/boards/rod-corrections/submit', { method: 'POST', body: JSON.stringify({ school: null }) });
    await load();
    $('status').textContent = result.batches.length + ' batch(es) ingediend bij DUO.';
  } catch (e) {
    $('status').textContent = 'Fout: ' + e.message;
  }
});
start();
