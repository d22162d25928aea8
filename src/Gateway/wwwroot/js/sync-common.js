// Shared by the sync pages (ES module): API calls through js/api.js, where a 401 or 403 shows the page's own notice
// (log in as IT-beheer) instead of going to the login page; Dutch labels and formats.
import { api as call, download as save } from './api.js';

export const Sync = (() => {
  const $ = id => document.getElementById(id);
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const outcomes = { SUCCEEDED: 'geslaagd', REFUSED: 'bestand geweigerd', FAILED: 'mislukt', RUNNING: 'bezig', SKIPPED: 'overgeslagen', ABANDONED: 'afgebroken' };
  const triggers = { schedule: 'schema', manual: 'handmatig', retry: 'opnieuw toepassen' };
  const deliveryOutcomes = {
    APPLIED: 'toegepast', REJECTED: 'geweigerd', DUPLICATE: 'al eerder ontvangen', SUPERSEDED: 'vervangen door nieuwere',
    BATCH_ALREADY_APPLIED: 'batch al toegepast', BATCH_GAP: 'batch ontbreekt ervoor'
  };
  const nf = new Intl.NumberFormat('nl-NL');
  const df = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });

  // A 401 or 403 (also of the antiforgery token) hides the content and shows the notice.
  async function denied(work) {
    try {
      return await work();
    } catch (e) {
      if (e.status === 401 || e.status === 403) { notAllowed(); throw new Error('Geen toegang: log in als IT-beheer.'); }
      throw e;
    }
  }

  const api = (path, options = {}) => denied(() => call(path, { ...options, loginRedirect: false }));

  function notAllowed() { $('content').hidden = true; $('notLoggedIn').hidden = false; }

  function showError(e) { $('error').textContent = e.message || String(e); }

  async function whoAmI() {
    const me = await api('/api/me');
    $('who').textContent = `Ingelogd als ${me.name} (${me.role})`;
    if (me.role !== 'ItStaff') { notAllowed(); throw new Error('Deze pagina is voor IT-beheer.'); }
    $('content').hidden = false;
    return me;
  }

  const download = (fileId, fileName) => denied(() => save(`/api/sync/files/${fileId}/content`, fileName, { loginRedirect: false }));

  const number = n => nf.format(n ?? 0);
  const time = t => t ? df.format(new Date(t)) : '–';
  const seconds = s => s == null ? '–' : s < 60 ? `${s.toFixed(1).replace('.', ',')} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  function age(secondsAgo) {
    if (secondsAgo == null) return 'nog nooit';
    if (secondsAgo < 90) return `${secondsAgo} seconden geleden`;
    if (secondsAgo < 5400) return `${Math.round(secondsAgo / 60)} minuten geleden`;
    if (secondsAgo < 172800) return `${Math.round(secondsAgo / 3600)} uur geleden`;
    return `${Math.round(secondsAgo / 86400)} dagen geleden`;
  }
  const outcome = o => `<span class="state ${esc(o)}">${esc(outcomes[o] ?? o)}</span>`;

  return { $, esc, api, showError, whoAmI, download, number, time, seconds, age, outcome, outcomes, triggers, deliveryOutcomes };
})();
