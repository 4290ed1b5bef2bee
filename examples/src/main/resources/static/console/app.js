// The web console (工作台): intake, inbox, real-time monitor and map, one page with a view per hash (#intake, ...).
// Every action on a request goes through grid's REST API (api.js); the console's own endpoints only read.
import { apply, el, t, toggle, when } from '/public/assets/i18n.js';
import * as api from '/console/api.js';

let me = null;
let options = null;
let figures = null;
let inboxRows = [];
// A complaint about a team read from a supervision card's QR code (监督卡): {tier, team, grid}, or null.
let complaint = null;
const events = [];

// ---- views -------------------------------------------------------------------------------------------------

function show(view) {
  for (const section of document.querySelectorAll('section.view')) {
    section.classList.toggle('active', section.id === view);
  }
  for (const link of document.querySelectorAll('header nav a')) {
    link.classList.toggle('active', link.dataset.view === view);
  }
  if (view === 'inbox') {
    loadInbox();
  } else if (view === 'map') {
    loadMap();
  }
}

function currentView() {
  const view = location.hash.replace('#', '');
  return ['intake', 'inbox', 'monitor', 'map'].includes(view) ? view : (me?.role ? 'inbox' : 'intake');
}

function redraw() {
  drawOptions();
  drawComplaint();
  drawInbox();
  drawMonitor();
}

// ---- intake ------------------------------------------------------------------------------------------------

function drawOptions() {
  if (!options) {
    return;
  }
  const fill = (select, values, label) => {
    const chosen = select.value;
    select.replaceChildren(...values.map(([value, text]) => el('option', text, { value })));
    if (chosen) {
      select.value = chosen;
    }
    select.dataset.label = label;
  };
  fill(document.getElementById('grid'), options.grids.map(g => [g.id, `${g.villageName} · ${g.id}`]), 'grid');
  fill(document.getElementById('category'), options.categories.map(c => [c, t('category.' + c)]), 'category');
  fill(document.getElementById('urgency'), options.urgencies.map(u => [u, t('urgency.' + u)]), 'urgency');
}

// A supervision card's QR code opens the intake as /console/?grid=G&team=T&complaintAgainst=TIER#intake: the grid
// and its sample citizen are chosen and the complaint about team T is offered, ticked. It is sent as the office of
// the team's tier over the chosen grid; the engine enters it at the tier above that team.
function readCardQuery() {
  const query = new URLSearchParams(location.search);
  const grid = options.grids.find(g => g.id === query.get('grid'));
  if (!grid) {
    return;
  }
  document.getElementById('grid').value = grid.id;
  document.getElementById('reporter').value = grid.citizen;
  const tier = query.get('complaintAgainst');
  const team = query.get('team');
  if (team && ['VILLAGE_GRID', 'DISTRICT_GRID', 'TOWNSHIP_OFFICE'].includes(tier)) {
    complaint = { tier, team, grid: grid.id };
    document.getElementById('complaint-against').checked = true;
  }
}

function drawComplaint() {
  const box = document.getElementById('complaint-against');
  const chosen = document.getElementById('grid').value;
  box.disabled = !complaint || complaint.grid !== chosen;
  if (box.disabled) {
    box.checked = false;
  }
  document.getElementById('complaint-team').textContent = complaint && !box.disabled
    ? t('intake.complaint.team').replace('{team}', complaint.team) : t('intake.complaint.none');
}

function complaintOffice(tier, grid) {
  const path = {
    VILLAGE_GRID: [me.county, me.township, grid.district, grid.village, grid.id],
    DISTRICT_GRID: [me.county, me.township, grid.district],
    TOWNSHIP_OFFICE: [me.county, me.township],
  }[tier];
  return `${tier}:${path.map(encodeURIComponent).join('/')}`;
}

async function submitIntake(event) {
  event.preventDefault();
  const form = event.target;
  const message = document.getElementById('intake-message');
  message.className = 'message';
  message.replaceChildren();
  try {
    const grid = options.grids.find(g => g.id === form.grid.value);
    const id = await api.report(me, {
      reporter: form.reporter.value.trim(),
      grid: grid.id,
      village: grid.village,
      district: grid.district,
      category: form.category.value,
      urgency: form.urgency.value,
      description: form.description.value,
      complaintAgainst: complaint && form.complaintAgainst.checked ? complaintOffice(complaint.tier, grid) : null,
    });
    message.classList.add('ok');
    const link = el('a', t('intake.public'), { href: `/public/request.html?id=${encodeURIComponent(id)}` });
    message.append(el('span', `${t('intake.done')} `), el('strong', id, { id: 'reported-id' }), ' · ', link);
    form.description.value = '';
  } catch (error) {
    message.classList.add('error');
    message.textContent = error.message;
  }
}

// ---- inbox -------------------------------------------------------------------------------------------------

async function loadInbox() {
  const message = document.getElementById('inbox-message');
  try {
    inboxRows = await api.inbox(me);
    if (message.dataset.source === 'load') {
      message.textContent = '';
      message.dataset.source = '';
    }
  } catch (error) {
    inboxRows = [];
    message.className = 'message error';
    message.textContent = error.message;
    message.dataset.source = 'load';
  }
  drawInbox();
}

function drawInbox() {
  const table = document.getElementById('inbox-table');
  // An action's open fields survive a redraw (an event, a refresh) while the engine still allows that action.
  const open = table.querySelector('tr.action-form');
  const head = el('tr');
  for (const key of ['inbox.id', 'inbox.category', 'inbox.state', 'inbox.due', 'inbox.place', 'inbox.actions']) {
    head.append(el('th', t(key)));
  }
  table.replaceChildren(head);
  if (inboxRows.length === 0) {
    const tr = el('tr');
    tr.append(el('td', t('inbox.empty'), { colspan: '6' }));
    table.append(tr);
    return;
  }
  for (const row of inboxRows) {
    const tr = el('tr', null, { 'data-request': row.id });
    const id = el('td');
    id.append(el('a', row.id, { href: `/public/request.html?id=${encodeURIComponent(row.id)}` }));
    tr.append(id, el('td', t('category.' + row.category)), el('td', t('state.' + row.state), { class: 'state' }),
      el('td', when(row.dueBy)), el('td', `${t('tier.' + row.tier)} · ${row.place?.grid ?? ''}`));
    const actions = el('td');
    for (const action of row.actions) {
      const button = el('button', t('action.' + action), { type: 'button', class: 'action', 'data-action': action });
      button.addEventListener('click', () => act(row, action));
      actions.append(button);
    }
    tr.append(actions);
    table.append(tr);
    if (open && open.dataset.request === row.id && row.actions.includes(open.dataset.action)) {
      table.append(open);
    }
  }
}

function act(row, action) {
  const fields = api.fieldsOf(action);
  if (fields.length === 0 || (fields.length === 1 && fields[0] === 'assignee')) {
    give(row, action, fields.length === 0 ? {} : { assignee: me.person });
    return;
  }
  // An inline form under the request's row, one input per field the action asks for.
  document.querySelector('tr.action-form')?.remove();
  const tr = el('tr', null, { class: 'action-form', 'data-request': row.id, 'data-action': action });
  const td = el('td', null, { colspan: '6' });
  const form = el('form');
  form.append(el('strong', `${row.id} · ${t('action.' + action)} `));
  for (const field of fields) {
    form.append(el('label', t('field.' + field), { for: `field-${field}` }), ' ');
    const input = field === 'rating' ? el('select') : el('input', null, { maxlength: '2000' });
    if (field === 'rating') {
      input.append(...['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map(r => el('option', r, { value: r })));
    }
    input.id = `field-${field}`;
    input.name = field;
    input.required = true;
    form.append(input, ' ');
  }
  form.append(el('button', t('action.' + action), { type: 'submit', class: 'primary', id: 'action-submit' }));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const field of fields) {
      values[field] = form.elements[field].value;
    }
    give(row, action, values);
  });
  td.append(form);
  tr.append(td);
  document.querySelector(`#inbox-table tr[data-request="${CSS.escape(row.id)}"]`).after(tr);
  form.querySelector('input, select')?.focus();
}

async function give(row, action, fields) {
  const message = document.getElementById('inbox-message');
  let ok = true;
  let text;
  try {
    await api.act(me, row, action, fields);
    text = `${t('inbox.applied')}: ${row.id} · ${t('action.' + action)}`;
  } catch (error) {
    ok = false;
    text = `${t('inbox.refused')}: ${error.message}`;
  }
  await loadInbox();
  message.className = ok ? 'message ok' : 'message error';
  message.textContent = text;
  message.dataset.source = 'action';
}

// ---- monitor -----------------------------------------------------------------------------------------------

async function loadMonitor() {
  const response = await fetch('/console/api/monitor', { headers: { Accept: 'application/json' } });
  if (response.ok) {
    figures = await response.json();
    drawMonitor();
  }
}

function drawMonitor() {
  if (!figures) {
    return;
  }
  const states = ['REPORTED', 'ACCEPTED', 'SUSPENDED', 'RESOLVED', 'FEEDBACK_GIVEN'];
  const open = document.getElementById('monitor-open');
  const head = el('tr');
  head.append(el('th', t('monitor.tier')), ...states.map(s => el('th', t('state.' + s))), el('th', t('monitor.total')));
  open.replaceChildren(head);
  for (const [tier, counts] of Object.entries(figures.open)) {
    const tr = el('tr');
    tr.append(el('td', t('tier.' + tier)));
    let total = 0;
    for (const state of states) {
      const count = counts[state] ?? 0;
      total += count;
      tr.append(el('td', count, { class: 'num', 'data-tier': tier, 'data-state': state }));
    }
    tr.append(el('td', total, { class: 'num', 'data-tier': tier, 'data-total': 'true' }));
    open.append(tr);
  }
  const byState = document.getElementById('monitor-states');
  const stateHead = el('tr');
  const stateRow = el('tr');
  for (const [state, count] of Object.entries(figures.byState)) {
    stateHead.append(el('th', t('state.' + state)));
    stateRow.append(el('td', count, { class: 'num', 'data-state': state }));
  }
  byState.replaceChildren(stateHead, stateRow);
  const overdue = document.getElementById('monitor-overdue');
  const overdueHead = el('tr');
  for (const key of ['inbox.id', 'inbox.category', 'inbox.state', 'monitor.holder', 'monitor.dueBy']) {
    overdueHead.append(el('th', t(key)));
  }
  overdue.replaceChildren(overdueHead);
  for (const row of figures.overdue) {
    const tr = el('tr', null, { 'data-request': row.id });
    tr.append(el('td', row.id), el('td', t('category.' + row.category)), el('td', t('state.' + row.state)),
      el('td', `${t('tier.' + row.holder.tier)} ${row.holder.unit}`), el('td', when(row.dueBy)));
    overdue.append(tr);
  }
  if (figures.overdue.length === 0) {
    const tr = el('tr');
    tr.append(el('td', t('monitor.none'), { colspan: '5' }));
    overdue.append(tr);
  }
  document.getElementById('monitor-at').textContent = when(figures.at);
  const list = document.getElementById('monitor-events');
  list.replaceChildren(...events.map(e => el('li', `${when(e.time)} · ${e.subject} · ${e.type}`
    + (e.state ? ` → ${t('state.' + e.state)}` : ''))));
}

/** How long the page waits to ask for the live feed again when the server refused it (its Retry-After). */
const FEED_RETRY_MILLIS = 30 * 1000;

function listen() {
  const dot = document.getElementById('live-dot');
  const state = document.getElementById('live-state');
  const source = new EventSource('/console/api/events');
  source.onopen = () => {
    dot.classList.add('on');
    state.textContent = t('monitor.connected');
    state.dataset.live = 'on';
  };
  source.onerror = () => {
    dot.classList.remove('on');
    state.textContent = t('monitor.disconnected');
    state.dataset.live = 'off';
    // The browser reconnects by itself after a stream ends, but not after an answer that is no stream (503 when
    // the server has as many streams open as it allows): then the page asks again after the server's Retry-After.
    if (source.readyState === EventSource.CLOSED) {
      setTimeout(listen, FEED_RETRY_MILLIS);
    }
  };
  source.addEventListener('grid', async message => {
    events.unshift(JSON.parse(message.data));
    events.splice(10);
    await loadMonitor();
    document.getElementById('monitor').querySelector('.card').classList.remove('flash');
    void document.getElementById('monitor').offsetWidth;
    document.getElementById('monitor').querySelector('.card').classList.add('flash');
    // The inbox follows too, unless an action's fields are open: typing is not interrupted.
    if (document.getElementById('inbox').classList.contains('active') && !document.querySelector('tr.action-form')) {
      loadInbox();
    }
  });
}

// ---- map ---------------------------------------------------------------------------------------------------

async function loadMap() {
  const box = document.getElementById('map-svg');
  if (box.firstChild) {
    return;
  }
  const response = await fetch('/public/map.svg');
  if (response.ok) {
    // The map is the server's own SVG (TownshipMap): every text in it is escaped there.
    const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
    box.append(document.importNode(svg, true));
  }
}

// ---- start -------------------------------------------------------------------------------------------------

async function start() {
  apply();
  me = await (await fetch('/console/api/me', { headers: { Accept: 'application/json' } })).json();
  document.getElementById('me').textContent = me.user;
  options = await (await fetch('/console/api/options', { headers: { Accept: 'application/json' } })).json();
  const first = options.grids.find(g => g.id === me.office?.unit) ?? options.grids[0];
  document.getElementById('reporter').value = first.citizen;
  drawOptions();
  document.getElementById('grid').value = first.id;
  readCardQuery();
  drawComplaint();
  document.getElementById('grid').addEventListener('change', drawComplaint);
  document.getElementById('intake-form').addEventListener('submit', submitIntake);
  document.getElementById('inbox-refresh').addEventListener('click', loadInbox);
  document.getElementById('lang').addEventListener('click', () => toggle(redraw));
  document.getElementById('logout').addEventListener('submit', async event => {
    event.preventDefault();
    await api.post('/logout');
    location.href = '/login?logout';
  });
  window.addEventListener('hashchange', () => show(currentView()));
  show(currentView());
  await loadMonitor();
  listen();
}

start();
