// Accounts: the API's search (q ignores case and accents) with its filters, paged; the state lives in the URL.
import { api, debounce, el, fill, formatCount, markReady, mayOpen, pageLink, params, query, showError, startPage } from './kontor.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'country', 'region', 'industry', 'ownerId'];
const form = document.getElementById('search');
const rows = document.querySelector('#results tbody');
const summary = document.getElementById('summary');
let page = Number(params().get('page') ?? 0);
let signedIn;
let latest = 0;

function filters() {
    return Object.fromEntries(FILTERS.map((name) => [name, form.elements[name].value]));
}

async function search({ remember = true } = {}) {
    const asked = ++latest;
    const values = filters();
    if (remember) {
        history.replaceState(null, '', pageLink('accounts', { ...values, page: page || null }));
    }
    try {
        const result = await api(`/api/accounts${query({ ...values, page, size: PAGE_SIZE })}`);
        if (asked !== latest) {
            return;
        }
        showError(null);
        render(result);
    } catch (error) {
        if (asked === latest) {
            showError(error);
            fill(rows);
            fill(summary, 'No results: the search was refused.');
        }
    }
}

function render(result) {
    fill(rows, result.content.map((account) => el('tr', {},
        el('td', {},
            el('a', { href: pageLink('hierarchy', { id: account.id }) }, account.name),
            account.status === 'CLOSED' ? el('span', { class: 'badge closed' }, 'closed') : null,
            el('a', { class: 'badge', href: pageLink('map', { id: account.id }) }, 'map'),
            mayOpen(signedIn, 'history')
                ? el('a', { class: 'badge', href: pageLink('history', { type: 'accounts', id: account.id }) }, 'history') : null),
        el('td', {}, account.kind.toLowerCase()),
        el('td', {}, account.country ?? ''),
        el('td', {}, account.region ?? ''),
        el('td', { class: 'hide-narrow' }, account.industry ?? ''),
        el('td', {}, account.parentId
            ? el('a', { href: pageLink('hierarchy', { id: account.headquartersId }) }, 'its group')
            : el('span', { class: 'muted' }, 'headquarters')))));
    const from = result.totalElements === 0 ? 0 : result.page * result.size + 1;
    const to = result.page * result.size + result.content.length;
    fill(summary, result.totalElements === 0 ? 'No account matches.'
        : `${formatCount(from)}–${formatCount(to)} of ${formatCount(result.totalElements)} accounts`);
    fill(document.getElementById('page-info'), `Page ${result.totalPages === 0 ? 0 : result.page + 1} of ${result.totalPages}`);
    document.getElementById('previous').disabled = result.page === 0;
    document.getElementById('next').disabled = result.page + 1 >= result.totalPages;
}

const searchSoon = debounce(() => {
    page = 0;
    search();
}, 250);

form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    search();
});
form.addEventListener('input', searchSoon);
document.getElementById('previous').addEventListener('click', () => {
    page = Math.max(0, page - 1);
    search();
});
document.getElementById('next').addEventListener('click', () => {
    page += 1;
    search();
});

for (const name of FILTERS) {
    form.elements[name].value = params().get(name) ?? '';
}
signedIn = await startPage('accounts');
await search({ remember: false });
markReady();
