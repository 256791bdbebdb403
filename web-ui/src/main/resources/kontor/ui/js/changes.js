// What changed in a tree between two instants (GET /api/accounts/{id}/hierarchy/changes): accounts opened, closed
// and moved, the open accounts at both ends and the money per currency.
import { api, el, fill, formatAmount, formatCount, formatInstant, fromLocalInput, pageLink, params, query, showError, toLocalInput } from './kontor.js';

const DAY = 24 * 60 * 60 * 1000;
const DIRECTIONS = { INTO: ['moved in', 'into'], OUT_OF: ['moved out', 'out'], WITHIN: ['moved within', ''] };

function signed(amount) {
    const text = formatAmount(amount);
    return text.startsWith('-') || /^[0.,]+$/.test(text) ? text : `+${text}`;
}

function trend(amount) {
    const text = String(amount);
    return text.startsWith('-') ? 'down' : /^[0.]+$/.test(text) ? '' : 'up';
}

function moneyTable(answer) {
    const currencies = [...new Set([...answer.pipeline, ...answer.weightedPipeline, ...answer.won]
        .map((change) => change.currency))].sort();
    if (!currencies.length) {
        return el('p', { class: 'muted' }, 'No pipeline and no won business at either end.');
    }
    const of = (list, currency) => list.find((change) => change.currency === currency);
    const cells = (change) => change
        ? [el('td', { class: 'num' }, formatAmount(change.before)), el('td', { class: 'num' }, formatAmount(change.after)),
            el('td', { class: `num ${trend(change.change)}` }, signed(change.change))]
        : [el('td', { class: 'num muted' }, '–'), el('td', { class: 'num muted' }, '–'), el('td', { class: 'num muted' }, '–')];
    return el('div', { class: 'table-wrap' }, el('table', { id: 'money-changes' },
        el('caption', { class: 'visually-hidden' }, 'Money per currency at both ends'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Currency'),
            ['Pipeline', 'Weighted', 'Won'].map((figure) => [el('th', { scope: 'col', class: 'num' }, `${figure} before`),
                el('th', { scope: 'col', class: 'num' }, 'after'), el('th', { scope: 'col', class: 'num' }, 'change')]))),
        el('tbody', {}, currencies.map((currency) => el('tr', { dataset: { currency } },
            el('th', { scope: 'row' }, currency), cells(of(answer.pipeline, currency)),
            cells(of(answer.weightedPipeline, currency)), cells(of(answer.won, currency)))))));
}

function accountLink(id, name, at) {
    return el('a', { href: pageLink('hierarchy', { id, asOf: at }) }, name);
}

function list(title, id, items, render) {
    return el('section', { id }, el('h3', {}, `${title} (${formatCount(items.length)})`),
        items.length ? el('ul', {}, items.map((item) => el('li', {}, render(item)))) : el('p', { class: 'muted' }, 'None.'));
}

function render(answer, target) {
    const before = answer.before?.accounts ?? 0;
    fill(target,
        el('p', { id: 'changes-summary' }, `Between ${formatInstant(answer.from)} and ${formatInstant(answer.to)}: `
            + `${formatCount(answer.opened.length)} opened, ${formatCount(answer.closed.length)} closed, `
            + `${formatCount(answer.moved.length)} moved. Open accounts ${formatCount(before)} → ${formatCount(answer.after.accounts)}.`,
        answer.before ? null : ' (The account did not exist yet at the start.)'),
        el('p', {}, el('a', { href: pageLink('hierarchy', { id: answer.accountId, asOf: answer.from }) }, 'The tree at the start'),
            ' · ', el('a', { href: pageLink('hierarchy', { id: answer.accountId, asOf: answer.to }) }, 'The tree at the end')),
        moneyTable(answer),
        el('div', { class: 'changes-grid' },
            list('Opened', 'opened', answer.opened, (change) => [accountLink(change.accountId, change.name, answer.to),
                change.parentName ? ` under ${change.parentName}` : ' as a headquarters', el('span', { class: 'muted small' }, `, ${formatInstant(change.at)}`)]),
            list('Closed', 'closed', answer.closed, (change) => [accountLink(change.accountId, change.name, change.at),
                el('span', { class: 'muted small' }, `, ${formatInstant(change.at)}`)]),
            list('Moved', 'moved', answer.moved, (move) => [accountLink(move.accountId, move.name, answer.to),
                ` from ${move.fromParentName ?? 'the top'} to ${move.toParentName ?? 'the top'}`,
                el('span', { class: `badge ${DIRECTIONS[move.direction][1]}` }, DIRECTIONS[move.direction][0]),
                el('span', { class: 'muted small' }, ` ${formatInstant(move.at)}`)])));
}

/** Sets up the form (defaults: the 30 days up to now or to the tree's as-of) and shows the changes the URL asks for. */
export function renderChanges({ rootId, asOf }) {
    const form = document.getElementById('changes-form');
    const target = document.getElementById('changes');
    const alert = document.getElementById('changes-alert');
    const end = asOf ? new Date(asOf) : new Date();
    form.elements.from.value = toLocalInput(params().get('from') ?? new Date(end.getTime() - 30 * DAY).toISOString());
    form.elements.to.value = toLocalInput(params().get('to') ?? end.toISOString());

    async function compare(from, to) {
        const search = new URLSearchParams(location.search);
        search.set('from', from);
        search.set('to', to);
        history.replaceState(null, '', `${location.pathname}?${search}`);
        fill(target, el('p', { class: 'status' }, 'Comparing…'));
        try {
            render(await api(`/api/accounts/${encodeURIComponent(rootId)}/hierarchy/changes${query({ from, to })}`), target);
            showError(null, alert);
        } catch (error) {
            fill(target);
            showError(error, alert);
        }
        document.documentElement.dataset.changes = 'shown';
    }

    form.addEventListener('submit', (event) => {
        event.preventDefault();
        compare(fromLocalInput(form.elements.from.value), fromLocalInput(form.elements.to.value));
    });
    if (params().get('from') && params().get('to')) {
        compare(params().get('from'), params().get('to'));
    }
}
