// grid's REST API as the console calls it (docs/rest-api.md): every action on a request is a POST to
// /grid/api/requests[/{id}/{action}], with the office and role the signed-in person acts for in the Grid-Office and
// Grid-Role headers, the request's version in If-Match, a fresh Idempotency-Key per action, and Spring Security's
// CSRF token from the XSRF-TOKEN cookie. The engine answers; a refusal comes back as RFC 9457 problem details,
// whose text the console shows as it is.

const BASE = '/grid/api/requests';
const OPEN = ['REPORTED', 'ACCEPTED', 'SUSPENDED', 'RESOLVED', 'FEEDBACK_GIVEN'];

/** The fields each action asks for, as the REST API's bodies name them. */
const FIELDS = {
  accept: ['assignee'], route: [], escalate: ['reason'], return: ['reason'], suspend: ['reason'], resume: [],
  resolve: ['summary'], feedback: ['result'], 'on-site': [], recategorize: ['category', 'reason'],
  'close-as-duplicate': ['original', 'reason'], rate: ['rating'], withdraw: ['reason'],
};

/** The fields an action asks for. */
export function fieldsOf(action) {
  return FIELDS[action] ?? [];
}

function csrf() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function headers(me, extra = {}) {
  const h = { Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrf(), ...extra };
  if (me?.officeText) {
    h['Grid-Office'] = me.officeText;
    h['Grid-Role'] = me.role;
  }
  return h;
}

async function problem(response) {
  try {
    const body = await response.json();
    const parts = [body.detail ?? body.title ?? response.statusText];
    if (body.reason) {
      parts.push(`(${body.reason})`);
    }
    return new Error(parts.join(' '));
  } catch {
    return new Error(`HTTP ${response.status}`);
  }
}

/** A POST with the CSRF token and no body, for Spring Security's logout. */
export async function post(path) {
  return fetch(path, { method: 'POST', headers: { 'X-XSRF-TOKEN': csrf() } });
}

/** Reports a request for a citizen; returns the new request's id. */
export async function report(me, form) {
  const requestId = `C-${Date.now().toString(36).toUpperCase()}-${Math.floor(Math.random() * 1e6)}`;
  const body = {
    requestId,
    reporter: form.reporter,
    place: { county: me.county, township: me.township, district: form.district, village: form.village,
      grid: form.grid },
    category: form.category,
    description: form.description,
    urgency: form.urgency,
    complaintAgainst: form.complaintAgainst ?? null,
  };
  const response = await fetch(BASE, {
    method: 'POST',
    headers: headers(me, { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }),
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw await problem(response);
  }
  return (await response.json()).id;
}

/** The open requests the user's office holds (a citizen: those they reported), each with the actions allowed. */
export async function inbox(me) {
  const query = me.officeText ? `holder=${encodeURIComponent(me.officeText)}`
    : `reporter=${encodeURIComponent(me.person)}`;
  const response = await fetch(`${BASE}?${query}&limit=100`, { headers: headers(me) });
  if (!response.ok) {
    throw await problem(response);
  }
  // Each request of the list carries the actions the engine would apply now for this caller (allowedActions):
  // the console holds no rule of its own.
  const rows = (await response.json()).requests.filter(r => OPEN.includes(r.state));
  return rows.map(r => ({ ...r, dueBy: r.nextDeadline, actions: r.allowedActions ?? [] }));
}

/** Gives an action on a request through the REST API. */
export async function act(me, row, action, fields) {
  const body = fieldsOf(action).length > 0 || action === 'route' ? JSON.stringify(fields) : undefined;
  const extra = { 'If-Match': `"${row.version}"`, 'Idempotency-Key': crypto.randomUUID() };
  if (body !== undefined) {
    extra['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${BASE}/${encodeURIComponent(row.id)}/${action}`, {
    method: 'POST', headers: headers(me, extra), body,
  });
  if (!response.ok) {
    throw await problem(response);
  }
  return response.json();
}
