// The board's ROD corrections page (ES module): the signed-in session through js/api.js (cookie, antiforgery on posts,
// a 401 back to the login page).
import { api } from '/js/api.js';

const states = { PROPOSED: 'voorgesteld', SUBMITTED: 'ingediend', ACCEPTED: 'geaccepteerd', REJECTED: 'afgewezen' };
const mutations = { T: 'T (inschrijving toevoegen)', A: 'A (datums aanpassen)', U: 'U (uitschrijven)', V: 'V (intrekken)' };
const $ = id => document.getElementById(id);

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
  $('status').textContent = items.length + (items.length === 1 ? ' correctie' : ' correcties');
}

async function start() {
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
    const n = result.batches.length;
    $('status').textContent = n === 0 ? 'Er was niets in te dienen.' : n + (n === 1 ? ' batch' : ' batches') + ' ingediend bij DUO.';
  } catch (e) {
    $('status').textContent = 'Fout: ' + e.message;
  }
});
start();
