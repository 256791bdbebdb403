// Projections for admins: status, live generation, position, lag and a progress bar while a replay builds the next
// generation (polled every half second then, every three seconds otherwise); starting a replay, confirmed first,
// with the session's CSRF token.
import { api, el, fill, formatCount, markReady, showError, startPage } from './kontor.js';

const body = document.querySelector('#projections tbody');
const dialog = document.getElementById('confirm');
const summary = document.getElementById('summary');
const rows = new Map();
let timer;
let asked;

function cells(row) {
    return Object.fromEntries([...row.querySelectorAll('[data-cell]')].map((cell) => [cell.dataset.cell, cell]));
}

function rowFor(name) {
    if (rows.has(name)) {
        return rows.get(name);
    }
    const row = el('tr', { dataset: { projection: name } },
        el('th', { scope: 'row' }, name),
        el('td', { dataset: { cell: 'status' } }),
        el('td', { class: 'num', dataset: { cell: 'generation' } }),
        el('td', { class: 'num', dataset: { cell: 'position' } }),
        el('td', { class: 'num', dataset: { cell: 'lag' } }),
        el('td', { class: 'num', dataset: { cell: 'segments' } }),
        el('td', { class: 'num', dataset: { cell: 'deadLetters' } }),
        el('td', { dataset: { cell: 'progress' } }),
        el('td', {}, el('button', { type: 'button', onclick: () => confirmReplay(name) }, `Replay ${name}…`)));
    rows.set(name, row);
    body.append(row);
    return row;
}

function update(projection) {
    const cell = cells(rowFor(projection.name));
    fill(cell.status, el('span', { class: `state-${projection.status}` }, projection.status.toLowerCase()));
    fill(cell.generation, projection.generation === null || projection.generation === undefined ? '–' : String(projection.generation));
    fill(cell.position, `${formatCount(projection.position)} of ${formatCount(projection.head)}`);
    fill(cell.lag, formatCount(projection.lag));
    fill(cell.segments, `${projection.segmentsClaimedHere} of ${projection.segments}`);
    fill(cell.deadLetters, formatCount(projection.deadLetters));
    if (projection.replayProgress === null) {
        fill(cell.progress, el('span', { class: 'muted' }, '–'));
    } else {
        const label = `Replay of ${projection.name}`;
        fill(cell.progress, el('progress', { max: 100, value: projection.replayProgress, 'aria-label': label }),
            ` ${projection.replayProgress} %`);
    }
}

async function refresh() {
    clearTimeout(timer);
    let replaying = false;
    try {
        const projections = await api('/api/admin/projections');
        projections.forEach(update);
        replaying = projections.some((projection) => projection.status === 'REPLAYING');
        showError(null);
    } catch (error) {
        showError(error);
    }
    timer = setTimeout(refresh, replaying ? 500 : 3000);
}

function confirmReplay(name) {
    asked = name;
    fill(document.getElementById('confirm-heading'), `Replay ${name}?`);
    dialog.returnValue = '';
    dialog.showModal();
}

dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'replay' || !asked) {
        return;
    }
    const name = asked;
    asked = null;
    try {
        await api(`/api/admin/projections/${encodeURIComponent(name)}/replay`, { method: 'POST' });
        fill(summary, `Replay of ${name} started.`);
    } catch (error) {
        showError(error);
    }
    await refresh();
    rows.get(name)?.querySelector('button')?.focus();
});

try {
    await startPage('projections');
    await refresh();
} catch (error) {
    showError(error);
}
markReady();
