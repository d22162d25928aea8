// The pages' one way to call the API from a signed-in session (ES module; every page script imports it):
//   import { api, download, ApiError } from '/js/api.js';
//   const pupils = await api('/api/pupils?status=AT_RISK');
//   await api(`/api/conflicts/${id}/dismiss`, { method: 'POST', body: { reason } });
//   await download('/api/cases/overleg/7/csv');
// Same-origin cookies; on every non-GET the antiforgery header (token from /api/session/antiforgery, fetched once);
// a JSON body may be given as an object (or a JSON string); the answer parsed as JSON (null for 204, text otherwise, a
// Blob with `as: 'blob'`); a problem (RFC 9457) thrown as an ApiError carrying its Dutch detail and parameter; a 401
// sends the browser to /login?returnUrl=<this page>, unless `loginRedirect: false` (the sync pages show their own
// notice instead).

let antiforgery = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.parameter = problem.parameter ?? null;
  }
}

export function loginUrl() {
  return '/login?returnUrl=' + encodeURIComponent(location.pathname + location.search);
}

function notSignedIn(redirect) {
  if (redirect) location.assign(loginUrl());
  return new ApiError(401, { title: 'Niet ingelogd', detail: 'U bent niet (meer) ingelogd.' });
}

async function antiforgeryHeader(refresh, redirect) {
  if (!antiforgery || refresh) {
    const response = await fetch('/api/session/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) throw notSignedIn(redirect);
    if (!response.ok) throw new ApiError(response.status, { title: 'Geen antiforgery-token' });
    antiforgery = await response.json();
  }
  return { [antiforgery.headerName]: antiforgery.token };
}

async function send(path, { as: _as, loginRedirect: _redirect, ...options }, refresh, redirect) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  let body = options.body;
  if (body !== undefined && body !== null && typeof body === 'object' && !(body instanceof FormData) && !(body instanceof Blob)) {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (typeof body === 'string' && !headers['Content-Type']) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, await antiforgeryHeader(refresh, redirect));
  return fetch(path, { ...options, method, headers, body, credentials: 'same-origin' });
}

// The answer when it is a success; every failure as an ApiError (a stale antiforgery token is fetched again once).
async function request(path, options) {
  const redirect = options.loginRedirect !== false;
  let response = await send(path, options, false, redirect);
  if (response.status === 400 && (options.method || 'GET').toUpperCase() !== 'GET') {
    const problem = await response.clone().json().catch(() => ({}));
    if (problem.parameter === 'X-CSRF-TOKEN') response = await send(path, options, true, redirect);
  }
  if (response.status === 401) throw notSignedIn(redirect);
  if (response.status === 403) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(403, { title: 'Geen toegang', detail: 'Deze rol heeft hier geen toegang toe.', ...problem });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: response.statusText }));
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function api(path, options = {}) {
  const response = await request(path, options);
  if (response.status === 204) return null;
  if (options.as === 'blob') return response.blob();
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

// Downloads a file (CSV, a delivered file) and saves it under the server's file name, else fileName.
export async function download(path, fileName = 'export.csv', options = {}) {
  const response = await request(path, { ...options, headers: { Accept: '*/*', ...(options.headers || {}) } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = (/filename=([^;]+)/.exec(disposition) || [])[1]?.replace(/"/g, '') || fileName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function logout() {
  await api('/logout', { method: 'POST' }).catch(() => null);
  antiforgery = null;
  location.assign('/login');
}
