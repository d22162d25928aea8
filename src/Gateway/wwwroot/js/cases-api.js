'use strict';
// The case pages' fetch wrapper (classic script): the signed-in session's cookie, and on every non-GET the antiforgery
// header that cookie sessions need (token from /api/session/antiforgery, as js/api.js does for the module pages).
let casesAntiforgery = null;

function casesLoginUrl() {
  return '/login?returnUrl=' + encodeURIComponent(location.pathname + location.search);
}

async function casesApi(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.body && typeof options.body === 'string' && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const method = (options.method || 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    if (!casesAntiforgery) {
      const token = await fetch('/api/session/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (token.status === 401) { location.assign(casesLoginUrl()); throw new Error('Niet ingelogd.'); }
      if (!token.ok) throw new Error('Geen antiforgery-token (' + token.status + ').');
      casesAntiforgery = await token.json();
    }
    headers[casesAntiforgery.headerName] = casesAntiforgery.token;
  }
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
  if (response.status === 401) { location.assign(casesLoginUrl()); throw new Error('Niet ingelogd.'); }
  if (response.status === 403) throw new Error('Deze rol heeft hier geen toegang toe.');
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ? `${problem.title}: ${problem.detail}` : (problem.title || response.statusText));
  }
  if (response.status === 204) return null;
  return (response.headers.get('Content-Type') || '').includes('json') ? response.json() : response.text();
}

// Downloads a file (CSV) through the same wrapper's credentials and saves it under the server's file name.
async function casesDownload(path) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error('Downloaden mislukt (' + response.status + ').');
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = (/filename=([^;]+)/.exec(disposition) || [])[1]?.replace(/"/g, '') || 'export.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
