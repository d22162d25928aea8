'use strict';
// The case pages' one fetch wrapper. Same-origin credentials (the cookie session to come) and, while people still log in
// with a token, the token the start page keeps in sessionStorage. At merge this file points at js/api.js.
async function casesApi(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  const token = sessionStorage.getItem('tz-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  if (options.body && typeof options.body === 'string' && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
  if (response.status === 401) { location.href = '/'; throw new Error('Niet ingelogd.'); }
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
  const headers = {};
  const token = sessionStorage.getItem('tz-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, { headers, credentials: 'same-origin' });
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
