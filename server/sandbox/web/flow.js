/* global document, window */
// The local sandbox's stand-in for Yoti's user flow. Served as a static file (CSP script-src 'self').
const params = new URLSearchParams(window.location.search);
const ids = {
  sessionID: params.get('sessionID') ?? '',
  sessionToken: params.get('sessionToken') ?? '',
};
const $ = (id) => document.getElementById(id);
const LABELS = { APPROVE: 'Approve', REJECT: 'Reject', NOT_AVAILABLE: 'Not available' };

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** Tells the embedding page, as Yoti's flow does: `{ eventType, eventCode? }`. */
function post(event) {
  if (window.parent !== window) window.parent.postMessage(event, '*');
}

function showError(message, eventCode) {
  $('status').textContent = '';
  const box = $('error');
  box.textContent = eventCode ? `${message} (error ${eventCode})` : message;
  box.hidden = false;
}

async function call(path, body) {
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response
    .json()
    .catch(() => ({ message: 'The sandbox gave no readable answer.' }));
  return { ok: response.ok, data };
}

function renderList(list, items, text) {
  for (const item of items) {
    const li = el('li', text(item));
    if (item.help) li.append(el('p', item.help, { class: 'help' }));
    list.append(li);
  }
  if (items.length === 0) list.append(el('li', 'None requested.'));
}

function renderCheck(check) {
  const set = el('fieldset');
  set.append(el('legend', check.label));
  if (check.help) set.append(el('p', check.help, { class: 'help' }));
  const choices = el('div', undefined, { class: 'choices' });
  const reasonId = `reason-${check.index}`;
  const reason = el('select', undefined, { id: reasonId, name: reasonId, disabled: '' });
  reason.append(el('option', 'No reason', { value: '' }));
  for (const value of Object.keys(LABELS)) {
    const id = `check-${check.index}-${value}`;
    const input = el('input', undefined, {
      type: 'radio',
      id,
      name: `check-${check.index}`,
      value,
    });
    if (value === 'APPROVE') input.checked = true;
    input.addEventListener('change', () => {
      const options = (check.reasons[value] ?? []).map((r) => el('option', r, { value: r }));
      reason.replaceChildren(
        ...(options.length > 0 ? options : [el('option', 'No reason', { value: '' })]),
      );
      reason.disabled = value === 'APPROVE';
    });
    const label = el('label', LABELS[value], { for: id });
    const pair = el('span');
    pair.append(input, label);
    choices.append(pair);
  }
  set.append(choices, el('label', `Reason for ${check.label}`, { for: reasonId }), reason);
  return set;
}

function outcomes(checks) {
  return checks.map((check) => {
    const value =
      document.querySelector(`input[name="check-${check.index}"]:checked`)?.value ?? 'APPROVE';
    const reason = $(`reason-${check.index}`);
    return value === 'APPROVE' || !reason.value ? { value } : { value, reason: reason.value };
  });
}

function finish(result, what) {
  if (result.redirect) {
    window.location.assign(result.redirect);
    return;
  }
  post(result.event);
  $('flow').hidden = true;
  $('status').textContent = '';
  $('done').hidden = false;
  $('done-text').textContent = what;
  const list = $('deliveries');
  for (const d of result.deliveries) {
    const li = el('li', `${d.topic}: ${d.outcome}. ${d.message}`);
    if (d.outcome !== 'delivered') li.className = 'refused';
    list.append(li);
  }
  if (result.deliveries.length === 0) list.append(el('li', 'No notifications were subscribed.'));
}

async function submit(path, body, what) {
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  $('status').textContent = 'Finishing the session…';
  const { ok, data } = await call(path, { ...ids, ...body });
  if (ok) return finish(data, what);
  showError(data.message ?? 'The session could not be finished.', data.eventCode);
  if (data.eventCode) post({ eventType: 'ERROR', eventCode: data.eventCode });
}

async function start() {
  const query = new URLSearchParams(ids);
  const { ok, data } = await call(`api/session?${query}`);
  if (!ok) {
    showError(data.message ?? 'The session could not be opened.', data.eventCode);
    post({ eventType: 'ERROR', eventCode: data.eventCode ?? 5004 });
    return;
  }
  renderList($('documents'), data.documents, (d) => `${d.label}: ${d.detail}`);
  renderList($('tasks'), data.tasks, (t) => t.label);
  $('checks').append(...data.checks.map(renderCheck));
  if (data.checks.length === 0) $('checks').append(el('p', 'No checks requested.'));
  const n = data.notifications;
  $('notifications').textContent = n
    ? `On completion the sandbox sends ${n.topics.join(', ') || 'nothing (no topics)'} to ${n.endpoint}.`
    : 'This session subscribes to no notifications.';
  $('error-code').append(
    ...data.error_codes.map((c) =>
      el('option', `${c.code}: ${c.label}`, { value: String(c.code) }),
    ),
  );
  $('flow').addEventListener('submit', (event) => {
    event.preventDefault();
    submit('api/complete', { outcomes: outcomes(data.checks) }, 'The session is completed.');
  });
  $('abandon').addEventListener('click', () => {
    const eventCode = Number($('error-code').value);
    submit('api/abandon', { eventCode }, `The session ended with error ${eventCode}.`);
  });
  $('status').textContent = `Session ${data.session_id}`;
  $('flow').hidden = false;
}

start().catch(() => showError('The sandbox could not be reached.', 3000));
