// The pages' one way to call the API from a signed-in session (ES module):
//   import { api, ApiError } from '/js/api.js';
//   const pupils = await api('/api/pupils?status=AT_RISK');
//   await api(`/api/conflicts/${id}/dismiss`, { method: 'POST', body: { reason } });
// Same-origin cookies; on every non-GET the antiforgery header (token from /api/session/antiforgery, fetched once);
// a JSON body may be given as an object; the answer parsed as JSON (null for 204); a problem (RFC 9457) thrown as an
// ApiError carrying its detail and parameter; a 401 sends the browser to /login?returnUrl=<this page>.

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

async function antiforgeryHeader(refresh) {
  if (!antiforgery || refresh) {
    const response = await fetch('/api/session/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.assign(loginUrl()); throw new ApiError(401, { title: 'Niet ingelogd' }); }
    if (!response.ok) throw new ApiError(response.status, { title: 'Geen antiforgery-token' });
    antiforgery = await response.json();
  }
  return { [antiforgery.headerName]: antiforgery.token };
}

async function send(path, options, refresh) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  let body = options.body;
  if (body !== undefined && body !== null && typeof body === 'object' && !(body instanceof FormData) && !(body instanceof Blob)) {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (typeof body === 'string' && !headers['Content-Type']) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, await antiforgeryHeader(refresh));
  return fetch(path, { ...options, method, headers, body, credentials: 'same-origin' });
}

export async function api(path, options = {}) {
  let response = await send(path, options, false);
  if (response.status === 400 && (options.method || 'GET').toUpperCase() !== 'GET') {
    const problem = await response.clone().json().catch(() => ({}));
    if (problem.parameter === 'X-CSRF-TOKEN') response = await send(path, options, true);
  }
  if (response.status === 401) {
    location.assign(loginUrl());
    throw new ApiError(401, { title: 'Niet ingelogd', detail: 'U bent niet (meer) ingelogd.' });
  }
  if (response.status === 403) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(403, { title: 'Geen toegang', detail: 'Deze rol heeft hier geen toegang toe.', ...problem });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: response.statusText }));
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export async function logout() {
  await api('/logout', { method: 'POST' }).catch(() => null);
  antiforgery = null;
  location.assign('/login');
}
