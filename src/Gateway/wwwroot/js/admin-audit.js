import { api, logout } from './api.js';

const $ = id => document.getElementById(id);
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const pageSize = 50;
let page = 1;

function query() {
  const form = new FormData($('filter'));
  const q = new URLSearchParams();
  for (const name of ['user', 'pgn', 'from', 'to']) { const v = String(form.get(name) || '').trim(); if (v) q.set(name, v); }
  if (form.get('refusedOnly')) q.set('refusedOnly', 'true');
  return q;
}

async function load() {
  $('error').textContent = '';
  const q = query();
  $('csv').href = '/api/admin/audit.csv' + (q.toString() ? '?' + q : '');
  q.set('page', page); q.set('pageSize', pageSize);
  const result = await api('/api/admin/audit?' + q);
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  $('total').textContent = `${result.total} regels`;
  $('pageInfo').textContent = `pagina ${page} van ${pages}`;
  $('previous').disabled = page <= 1; $('next').disabled = page >= pages;
  $('auditRows').innerHTML = result.items.map(e => `<tr>
    <td>${esc(new Date(e.at).toLocaleString('nl-NL'))}</td><td>${esc(e.actor)}</td><td>${esc(e.role)}</td><td>${esc(e.organisation ?? '-')}</td>
    <td>${esc(e.action)}</td><td>${e.pgns.length > 3 ? `${e.pgns.length} leerlingen` : esc(e.pgns.join(', ') || '-')}</td><td>${esc(e.purpose)}</td>
    <td>${e.outcome === 'REFUSED' ? `<strong>geweigerd</strong>: ${esc(e.refusal ?? '')}` : 'toegestaan'}</td>
    <td>${esc(e.page ?? '-')}<br><span class="muted">${esc(e.endpoint ?? '')}</span></td></tr>`).join('')
    || '<tr><td colspan="9">Geen regels.</td></tr>';
}

const fail = e => { $('error').textContent = e.message + (e.parameter ? ` (${e.parameter})` : ''); };
$('filter').onsubmit = event => { event.preventDefault(); page = 1; load().catch(fail); };
$('previous').onclick = () => { page--; load().catch(fail); };
$('next').onclick = () => { page++; load().catch(fail); };
$('logout').onclick = () => logout();
api('/api/me').then(me => { $('who').textContent = `Ingelogd als ${me.name} (${me.role})`; return load(); }).catch(fail);
