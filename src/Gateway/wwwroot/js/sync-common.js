'use strict';
// Shared by the sync pages: API calls from the signed-in session (cookie; the antiforgery header on every non-GET, as
// js/api.js does), Dutch labels and formats.
const Sync = (() => {
  let antiforgery = null;
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

  async function api(path, options = {}) {
    const headers = { ...(options.headers || {}) };
    const method = (options.method || 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      if (!antiforgery) {
        const answer = await fetch('/api/session/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!answer.ok) { notAllowed(); throw new Error('Geen toegang: log in als IT-beheer.'); }
        antiforgery = await answer.json();
      }
      headers[antiforgery.headerName] = antiforgery.token;
    }
    const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
    if (response.status === 401 || response.status === 403) { notAllowed(); throw new Error('Geen toegang: log in als IT-beheer.'); }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || problem.title || response.statusText);
    }
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response.blob();
  }

  function notAllowed() { $('content').hidden = true; $('notLoggedIn').hidden = false; }

  function showError(e) { $('error').textContent = e.message || String(e); }

  async function whoAmI() {
    const me = await api('/api/me');
    $('who').textContent = `Ingelogd als ${me.name} (${me.role})`;
    if (me.role !== 'ItStaff') { notAllowed(); throw new Error('Deze pagina is voor IT-beheer.'); }
    $('content').hidden = false;
    return me;
  }

  async function download(fileId, fileName) {
    const blob = await api(`/api/sync/files/${fileId}/content`);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url; a.download = fileName; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

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
