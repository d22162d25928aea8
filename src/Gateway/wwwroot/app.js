import { api as call, logout } from './js/api.js';

const statusNames = {
  NO_DUTY: 'niet leerplichtig', EXEMPT: 'vrijgesteld', ABSOLUTE_ABSENCE: 'absoluut verzuim',
  LONG_TERM_ABSENCE: 'langdurig relatief verzuim', AT_RISK: 'risico', ATTENDING: 'op school'
};
const bandNames = { LT_4W: 'tot 4 weken', '4W_3M': '4 weken tot 3 maanden', GT_3M: 'langer dan 3 maanden' };
const codeNames = {
  UNENROLLED_WITHOUT_NEW_SCHOOL: 'Uitgeschreven zonder nieuwe school', ENROLMENT_GAP: 'Gat tussen inschrijvingen',
  DOUBLE_ENROLMENT: 'Dubbele inschrijving', NOT_IN_ROD: 'Inschrijving ontbreekt in ROD', STALE_IN_ROD: 'Verouderde inschrijving in ROD',
  ROD_DATE_MISMATCH: 'Datums wijken af van ROD', ABSENCE_NOT_REPORTED: 'Verzuim niet gemeld', REPORT_DURING_EXEMPTION: 'Melding tijdens vrijstelling',
  REPORT_WITHOUT_ENROLMENT: 'Melding zonder inschrijving', IDENTITY_MISMATCH: 'Geboortedatum verschilt', INVALID_IDENTIFIER: 'Ongeldig BSN of onderwijsnummer',
  POSSIBLE_DUPLICATE_PERSON: 'Mogelijk dubbele persoon', NO_PLAN: 'Geen plan of regiehouder', OVERDUE: 'Termijn verstreken'
};
const stateNames = { OPEN: 'open', ACKNOWLEDGED: 'erkend', DISMISSED: 'afgewezen', RESOLVED: 'opgelost' };
const actsNames = {
  LEAVING_SCHOOL: 'school van uitschrijving', LEAVING_SCHOOL_AND_LEERPLICHT: 'school van uitschrijving en leerplicht', BOTH_SCHOOLS: 'beide scholen',
  SCHOOL: 'school', LEERPLICHT: 'leerplicht', SOURCE_OWNER: 'aanleverende partij', REGIEHOUDER: 'regiehouder', SWV: 'samenwerkingsverband'
};
const $ = id => document.getElementById(id);
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
// The old calls pass a JSON string as body; api.js takes the object.
async function api(path, options = {}) {
  return call(path, { ...options, body: options.body === undefined ? undefined : JSON.parse(options.body) });
}

function show(tab) {
  document.querySelectorAll('.tab').forEach(s => s.hidden = s.id !== tab);
  document.querySelectorAll('nav button[data-tab]').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  ({ pupils: loadPupils, conflicts: loadConflicts, counts: loadCounts })[tab]().catch(e => $('error').textContent = e.message);
}

// A pupil opens on the case pupil page, where the purpose of the read is chosen and audited; the key is the register's
// person key (the PGN, or the school's own key of a pupil without one).
const pupilLink = (key, text) => `<a href="/cases/pupil.html?key=${encodeURIComponent(key)}">${esc(text)}</a>`;

async function loadPupils() {
  $('error').textContent = '';
  const status = $('statusFilter').value;
  const pupils = await api('/api/pupils?purpose=overzicht' + (status ? '&outOfSchoolOnly=false&status=' + status : ''));
  $('pupilRows').innerHTML = pupils.map(p => `<tr>
    <td>${pupilLink(p.pgn ?? p.sourceKey, p.pgn ?? '(onbekend: ' + p.sourceKey + ')')}</td><td><span class="badge ${esc(p.status)}">${esc(statusNames[p.status] ?? p.status)}</span></td>
    <td>${esc(p.since)}</td><td>${esc(bandNames[p.band] ?? '')}</td><td>${esc(p.gemeente)}</td><td>${esc(p.schools.join(', '))}</td><td>${p.openConflicts}</td></tr>`).join('')
    || '<tr><td colspan="7">Geen leerlingen in beeld.</td></tr>';
}

async function loadConflicts() {
  $('error').textContent = '';
  const state = $('stateFilter').value;
  const items = await api('/api/conflicts' + (state ? '?state=' + state : ''));
  $('conflictRows').innerHTML = items.map(c => `<tr><td title="${esc(c.code)}">${esc(codeNames[c.code] ?? c.code)}${c.escalated ? ' <span class="badge LONG_TERM_ABSENCE">geëscaleerd</span>' : ''}</td>
    <td>${(c.pgn ?? c.sourceKey) ? pupilLink(c.pgn ?? c.sourceKey, c.pgn ?? c.sourceKey) : '-'}</td><td>${esc(c.school ?? '-')}</td><td>${esc(c.date ?? '-')}</td><td>${esc(actsNames[c.acts] ?? c.acts)}</td>
    <td>${esc(c.dueDate ?? '-')}</td><td>${esc(stateNames[c.state] ?? c.state)}</td>
    <td>${c.state === 'OPEN' ? `<button data-ack="${c.id}">Erkennen</button>` : ''}${c.state === 'OPEN' || c.state === 'ACKNOWLEDGED' ? ` <button data-dismiss="${c.id}">Afwijzen</button>` : ''}</td></tr>`).join('')
    || '<tr><td colspan="8">Geen conflicten.</td></tr>';
  document.querySelectorAll('[data-ack]').forEach(b => b.onclick = () => api(`/api/conflicts/${b.dataset.ack}/acknowledge`, { method: 'POST' }).then(loadConflicts).catch(e => $('error').textContent = e.message));
  document.querySelectorAll('[data-dismiss]').forEach(b => b.onclick = () => askDismissal(b.dataset.dismiss));
}

// A dismissal's reason is asked in a modal dialog (Escape or Annuleren closes it, focus returns to the button).
let dismissing = null;

function askDismissal(id) {
  dismissing = id;
  $('dismissForm').reset();
  $('dismissError').textContent = '';
  $('dismissDialog').showModal();
}

$('dismissForm').onsubmit = event => {
  event.preventDefault();
  const reason = $('dismissReason').value.trim();
  if (!reason) { $('dismissError').textContent = 'Geef de reden van afwijzen op.'; $('dismissReason').focus(); return; }
  call(`/api/conflicts/${dismissing}/dismiss`, { method: 'POST', body: { reason } })
    .then(() => { $('dismissDialog').close(); return loadConflicts(); })
    .catch(e => $('dismissError').textContent = e.message);
};
$('dismissCancel').onclick = () => $('dismissDialog').close();

async function loadCounts() {
  $('error').textContent = '';
  const c = await api('/api/counts');
  const shown = s => s.display ?? String(s.count);
  const total = c.statuses.reduce((n, s) => n + (s.count ?? 0), 0);
  const thuiszitters = c.statuses.filter(s => s.key === 'ABSOLUTE_ABSENCE' || s.key === 'LONG_TERM_ABSENCE').reduce((n, s) => n + (s.count ?? 0), 0);
  const summary = c.smallCellsSuppressed
    ? `<p>Peildatum ${esc(c.asOf ?? '-')}: aantallen van 1 tot en met 4 worden getoond als &lt;5, zodat geen kind herkenbaar is.</p>`
    : `<p>Peildatum ${esc(c.asOf ?? '-')}${c.gemeente ? ', gemeente ' + esc(c.gemeente) : ''}${c.scope === 'board' ? ', scholen van het bestuur' : ''}: ${total} kinderen in het register, waarvan <strong>${thuiszitters} thuiszitters</strong>.</p>`;
  $('countBody').innerHTML = `${summary}
    <table><thead><tr><th>Status</th><th>Duur</th><th>Aantal</th></tr></thead><tbody>${c.statuses.map(s => `<tr><td>${esc(statusNames[s.key] ?? s.key)}</td><td>${esc(bandNames[s.detail] ?? '')}</td><td>${esc(shown(s))}</td></tr>`).join('')}</tbody></table>
    <h3>Conflicten</h3><table><thead><tr><th>Conflict</th><th>Stand</th><th>Aantal</th></tr></thead><tbody>${c.conflicts.map(s => `<tr><td>${esc(codeNames[s.key] ?? s.key)}</td><td>${esc(stateNames[s.detail] ?? s.detail)}</td><td>${esc(shown(s))}</td></tr>`).join('')}</tbody></table>`;
}

async function start() {
  const me = await api('/api/me');
  $('tabs').hidden = false;
  $('who').textContent = `Ingelogd als ${me.name} (${me.role}${me.organisation ? ', ' + me.organisation : ''})`;
  const admin = me.role === 'Admin';
  document.querySelectorAll('nav button[data-tab]').forEach(b => b.hidden = admin);
  $('adminPeople').hidden = !admin; $('adminAudit').hidden = !admin;
  if (admin) return;
  const firstTab = me.role === 'Inspectie' ? 'counts' : me.role === 'ItStaff' ? 'counts' : 'pupils';
  show(firstTab);
}

document.querySelectorAll('nav button[data-tab]').forEach(b => b.onclick = () => show(b.dataset.tab));
$('logout').onclick = () => logout();
$('statusFilter').onchange = () => loadPupils().catch(e => $('error').textContent = e.message);
$('stateFilter').onchange = () => loadConflicts().catch(e => $('error').textContent = e.message);
start().catch(e => $('error').textContent = e.message);
