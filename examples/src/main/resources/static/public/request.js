// The public page of one request (办理公开): /public/request.html?id=<request id>. Reads the public record, which the
// server has already masked, and shows the handling unit, the process and the result.
import { apply, el, t, toggle, when } from '/public/assets/i18n.js';

const id = new URLSearchParams(location.search).get('id') ?? '';
let record = null;

function office(o) {
  return `${t('tier.' + o.tier)} ${o.unit}`;
}

function draw() {
  const box = document.getElementById('record');
  box.replaceChildren();
  if (!record) {
    box.append(el('p', t('public.notFound'), { id: 'not-found' }));
    return;
  }
  box.append(el('h2', `${record.id} · ${t('category.' + record.category)}`));
  const dl = el('table');
  const rows = [
    ['public.state', t('state.' + record.state), 'state'],
    ['public.holder', office(record.holder), 'holder'],
    ['public.place', `${record.villageName} · ${record.grid}`, 'place'],
    ['public.description', record.description, 'description'],
    ['public.result', record.result ?? '—', 'result'],
  ];
  for (const [key, value, name] of rows) {
    const tr = el('tr');
    tr.append(el('th', t(key)), el('td', value, { id: name }));
    dl.append(tr);
  }
  box.append(dl);
  box.append(el('h3', t('public.process')));
  const ol = el('ol', null, { class: 'process', id: 'process' });
  for (const step of record.process) {
    ol.append(el('li', `${when(step.at)} · ${t('kind.' + step.kind)} · ${office(step.office)}`));
  }
  box.append(ol);
  box.append(el('p', t('public.masked'), { class: 'muted' }));
}

async function load() {
  const response = await fetch(`/public/api/requests/${encodeURIComponent(id)}`);
  record = response.ok ? await response.json() : null;
  draw();
}

document.getElementById('lang').addEventListener('click', () => toggle(draw));
apply();
load();
