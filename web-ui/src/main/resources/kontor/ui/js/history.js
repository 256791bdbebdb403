// History for auditors: an aggregate's events with time, principal and correlation id, each linking to the
// account as it was right after it (folded from its events by the audit API); the latest events of all kinds.
import { api, el, fill, formatCount, formatInstant, markReady, mayOpen, pageLink, params, query, showError, startPage } from './kontor.js';

const NAMES = { accounts: 'account', contacts: 'contact', opportunities: 'opportunity', leads: 'lead' };
const TYPES = { Account: 'accounts', Contact: 'contacts', Opportunity: 'opportunities', Lead: 'leads' };
const RECENT = 25;
const PAGE = 100;

const form = document.getElementById('lookup');
const type = params().get('type') ?? 'accounts';
const id = params().get('id');
const asOf = params().get('asOf');
let signedIn;
let nextSequence = null;

/** The account an event concerns: the aggregate itself, or the account its payload names. */
function accountOf(event) {
    if (event.aggregateType === 'Account') {
        return event.aggregateId;
    }
    const payload = event.payload ?? {};
    return payload.toAccountId ?? payload.accountId ?? null;
}

function afterwards(event) {
    const account = accountOf(event);
    if (!account) {
        return el('span', { class: 'muted' }, '–');
    }
    return [el('a', { href: pageLink('history', { type: 'accounts', id: account, asOf: event.timestamp }) },
        event.aggregateType === 'Account' ? 'The account right after this' : 'Its account right after this'),
    mayOpen(signedIn, 'hierarchy')
        ? [el('br'), el('a', { href: pageLink('hierarchy', { id: account, asOf: event.timestamp }) }, 'Its hierarchy then')] : null];
}

function eventCell(event) {
    return el('td', {}, el('details', {}, el('summary', {}, event.type),
        el('pre', { class: 'payload' }, JSON.stringify(event.payload, null, 2))));
}

function eventRow(event) {
    return el('tr', { dataset: { sequence: event.sequence } },
        el('td', { class: 'num' }, String(event.sequence)),
        el('td', {}, el('time', { datetime: event.timestamp }, formatInstant(event.timestamp))),
        eventCell(event),
        el('td', { class: 'principal' }, event.principal ?? ''),
        el('td', {}, el('code', { class: 'correlation' }, event.correlationId ?? '')),
        el('td', {}, afterwards(event)));
}

async function loadEvents(from) {
    const page = await api(`/api/audit/${encodeURIComponent(type)}/${encodeURIComponent(id)}/events${query({ fromSequence: from, limit: PAGE })}`);
    document.querySelector('#events tbody').append(...page.events.map(eventRow));
    nextSequence = page.nextSequence;
    document.getElementById('more').hidden = nextSequence === null;
    const shown = document.querySelectorAll('#events tbody tr').length;
    fill(document.getElementById('events-heading'), `Events of ${NAMES[type]} `, el('code', {}, id),
        ` (${formatCount(shown)}${nextSequence === null ? '' : ' so far'})`);
    document.getElementById('events-section').hidden = false;
}

function fact(term, ...value) {
    return [el('dt', {}, term), el('dd', {}, ...value)];
}

async function showAccountAsOf() {
    const account = await api(`/api/audit/accounts/${encodeURIComponent(id)}${query({ asOf })}`);
    fill(document.getElementById('as-of-heading'), `${account.name} as it was at ${formatInstant(asOf)}`);
    fill(document.getElementById('as-of-facts'),
        fact('Name', account.name), fact('Kind', account.kind.toLowerCase()), fact('Status', account.status.toLowerCase()),
        fact('Parent', account.parentId
            ? el('a', { href: pageLink('history', { type: 'accounts', id: account.parentId, asOf }) }, el('code', {}, account.parentId))
            : 'none (a headquarters)'),
        fact('Owner', account.ownerId ? el('code', {}, account.ownerId) : 'none'),
        fact('Industry', account.industry ?? '–'), fact('Country, region', [account.country, account.region].filter(Boolean).join(', ') || '–'),
        fact('Website', account.website ?? '–'), fact('Debtor number', account.debtorNumber ?? '–'),
        fact('Opened', formatInstant(account.openedAt)),
        account.closedAt ? fact('Closed', `${formatInstant(account.closedAt)}: ${account.closeReason ?? ''}`) : null,
        fact('Version', String(account.version)));
    const section = document.getElementById('as-of');
    section.hidden = false;
    document.getElementById('as-of-heading').focus();
}

async function showRecent() {
    const head = (await api('/api/audit/events?after=0&limit=1')).head;
    const page = await api(`/api/audit/events${query({ after: Math.max(0, head - RECENT), limit: RECENT })}`);
    fill(document.querySelector('#recent tbody'), page.events.reverse().map((event) => el('tr', {},
        el('td', { class: 'num' }, String(event.position)),
        el('td', {}, el('time', { datetime: event.timestamp }, formatInstant(event.timestamp))),
        eventCell(event),
        el('td', {}, el('a', { href: pageLink('history', { type: TYPES[event.aggregateType], id: event.aggregateId }) },
            `${NAMES[TYPES[event.aggregateType]] ?? event.aggregateType} `, el('code', {}, event.aggregateId.slice(0, 8)))),
        el('td', { class: 'principal' }, event.principal ?? ''),
        el('td', {}, el('code', { class: 'correlation' }, event.correlationId ?? '')))));
}

form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(pageLink('history', { type: form.elements.type.value, id: form.elements.id.value }));
});
document.getElementById('more').addEventListener('click', () => loadEvents(nextSequence).catch((error) => showError(error)));

form.elements.type.value = NAMES[type] ? type : 'accounts';
form.elements.id.value = id ?? '';
try {
    signedIn = await startPage('history');
    await Promise.all([
        id ? loadEvents(0) : null,
        id && asOf && type === 'accounts' ? showAccountAsOf() : null,
        showRecent(),
    ]);
} catch (error) {
    showError(error);
}
markReady();
