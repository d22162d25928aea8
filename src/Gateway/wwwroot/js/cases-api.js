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
