import { api, logout } from './api.js';

const $ = id => document.getElementById(id);
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const when = t => t ? new Date(t).toLocaleString('nl-NL') : '-';
const roles = { Leerplicht: 'leerplicht', School: 'school', Board: 'schoolbestuur', Swv: 'samenwerkingsverband', Inspectie: 'Inspectie', ItStaff: 'IT-beheer', Admin: 'beheerder' };

function fail(e) { $('error').textContent = e.message + (e.parameter ? ` (${e.parameter})` : ''); }
function done(text) { $('error').textContent = ''; $('message').textContent = text; return load(); }

async function load() {
  const people = await api('/api/admin/people');
  $('peopleRows').innerHTML = people.map(p => `<tr>
    <td>${esc(p.userName)}</td><td>${esc(p.displayName)}</td><td>${esc(roles[p.role] ?? p.role)}</td>
    <td>${esc(p.organisation ?? '-')}${p.schools.length ? ' (' + esc(p.schools.join(', ')) + ')' : ''}</td>
    <td>${p.active ? 'ja' : 'nee'}</td><td>${p.failedAttempts}</td><td>${p.locked ? esc(when(p.lockedUntil)) : '-'}</td><td>${esc(when(p.lastSignInAt))}</td>
    <td>
      ${p.active ? `<button type="button" data-act="deactivate" data-id="${p.id}">Uitschakelen</button>` : `<button type="button" data-act="activate" data-id="${p.id}">Inschakelen</button>`}
      ${p.locked || p.failedAttempts ? `<button type="button" data-act="unlock" data-id="${p.id}">Deblokkeren</button>` : ''}
      <button type="button" data-act="password" data-id="${p.id}" data-name="${esc(p.userName)}">Wachtwoord instellen</button>
    </td></tr>`).join('') || '<tr><td colspan="9">Nog geen gebruikers.</td></tr>';
  document.querySelectorAll('[data-act]').forEach(b => b.onclick = () => act(b.dataset.act, b.dataset.id, b.dataset.name).catch(fail));
}

// A new password is typed in a modal dialog (Escape or Annuleren closes it, focus returns to the button).
let passwordFor = null;

function askPassword(id, name) {
  passwordFor = id;
  $('passwordForm').reset();
  $('passwordError').textContent = '';
  $('passwordUser').textContent = name;
  $('passwordDialog').showModal();
}

$('passwordForm').onsubmit = async event => {
  event.preventDefault();
  if (!$('newPassword').checkValidity()) { $('passwordError').textContent = 'Het wachtwoord moet minstens 12 tekens hebben.'; $('newPassword').focus(); return; }
  try {
    await api(`/api/admin/people/${passwordFor}/password`, { method: 'POST', body: { password: $('newPassword').value } });
    $('passwordDialog').close();
    await done('Wachtwoord ingesteld; de sessies van deze gebruiker zijn beëindigd.');
  } catch (e) {
    $('passwordError').textContent = e.message + (e.parameter ? ` (${e.parameter})` : '');
  }
};
$('passwordCancel').onclick = () => $('passwordDialog').close();

async function act(action, id, name) {
  if (action === 'password') return askPassword(id, name);
  await api(`/api/admin/people/${id}/${action}`, { method: 'POST' });
  return done({ deactivate: 'Gebruiker uitgeschakeld.', activate: 'Gebruiker ingeschakeld.', unlock: 'Gebruiker gedeblokkeerd.' }[action]);
}

$('createForm').onsubmit = async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const schools = String(form.get('schools') || '').split(',').map(s => s.trim()).filter(s => s);
  const body = {
    userName: form.get('userName'), displayName: form.get('displayName'), role: form.get('role'),
    organisation: form.get('organisation') || null, schools, password: form.get('password')
  };
  try {
    await api('/api/admin/people', { method: 'POST', body });
    event.target.reset();
    await done(`Gebruiker ${body.userName} toegevoegd.`);
  } catch (e) { fail(e); }
};

$('logout').onclick = () => logout();
api('/api/me').then(me => { $('who').textContent = `Ingelogd als ${me.name} (${me.role})`; return load(); }).catch(fail);
