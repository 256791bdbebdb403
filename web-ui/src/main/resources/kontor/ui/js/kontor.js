// What every page shares: the session, calls to the JSON API, building the page from data, and formats.
//
// Data never becomes markup: every name, id or message is put into the page as a text node (el() below), so
// a name like <img src=x onerror=...> shows exactly as typed and never runs. The Content-Security-Policy
// (no inline script, no inline handler) is the second line of defence; its violations are collected here so
// the browser tests can assert there were none.

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} ${event.blockedURI || event.sample || ''}`.trim());
});
const state = { violations, pending: 0 };
window.kontor = state;

/** An element with attributes (on* become listeners, class, dataset) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

function append(parent, children) {
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces an element's content with the given children. */
export function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/** An API answer that was not 2xx, with its problem details (RFC 9457) when the API sent them. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `The service answered ${status}.`);
        this.status = status;
        this.problem = problem;
    }
}

let session;

/** Who is signed in, their roles, the pages they may open and the CSRF token for changes. */
export function me() {
    session ??= request('/ui/me');
    return session;
}

/** Calls the API with the browser's session; a change carries the session's CSRF token. */
export async function api(path, { method = 'GET', body } = {}) {
    const headers = {};
    if (method !== 'GET' && method !== 'HEAD') {
        const { csrf } = await me();
        headers[csrf.header] = csrf.token;
    }
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    return request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function request(path, { method = 'GET', headers = {}, body } = {}) {
    state.pending++;
    document.documentElement.dataset.pending = state.pending;
    try {
        const response = await fetch(path, {
            method, body, credentials: 'same-origin',
            headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
        });
        if (response.status === 401) {
            location.assign('/ui/login?expired');
            throw new ApiError(401, { detail: 'Your session has ended.' });
        }
        const text = await response.text();
        const data = text ? JSON.parse(text) : null;
        if (!response.ok) {
            throw new ApiError(response.status, data);
        }
        return data;
    } finally {
        state.pending--;
        document.documentElement.dataset.pending = state.pending;
    }
}

/** A query string of the non-empty values, or ''. */
export function query(values) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
        if (value !== undefined && value !== null && String(value).trim() !== '') {
            search.set(name, String(value).trim());
        }
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}

export function params() {
    return new URLSearchParams(location.search);
}

/**
 * Completes every page's header (the pages hold only the brand): navigation for the signed-in role, who is signed
 * in, and sign-out (a POST carrying the session's CSRF token). Answers the session.
 */
export async function startPage(current) {
    const signedIn = await me();
    document.getElementById('top').append(
        el('nav', { 'aria-label': 'Pages' }, el('ul', { id: 'nav' },
            signedIn.pages.filter((page) => page.inNavigation || page.name === current).map((page) =>
                el('li', {}, el('a', { href: page.path, 'aria-current': page.name === current ? 'page' : null }, page.title))))),
        el('form', { method: 'post', action: '/ui/logout' },
            el('span', { class: 'who', id: 'who' }, `${signedIn.user} · ${signedIn.roles.map((role) => role.toLowerCase()).join(', ')}`),
            el('input', { type: 'hidden', name: signedIn.csrf.parameter, value: signedIn.csrf.token }),
            el('button', { type: 'submit', id: 'sign-out' }, 'Sign out')));
    return signedIn;
}

/** Whether the signed-in user may open a page (by name). */
export function mayOpen(signedIn, page) {
    return signedIn.pages.some((candidate) => candidate.name === page);
}

/** Shows an error in the page's alert region (or clears it with null). */
export function showError(error, region = document.getElementById('alert')) {
    if (!error) {
        fill(region);
        return;
    }
    const problem = error.problem;
    const fields = (problem?.errors ?? []).map((field) => `${field.field}: ${field.message}`);
    fill(region, error.message, fields.length ? el('ul', {}, fields.map((line) => el('li', {}, line))) : null);
    if (!(error instanceof ApiError)) {
        console.error(error);
    }
}

/** Marks the page drawn and usable: the browser tests measure the time from navigation to this mark. */
export function markReady() {
    if (!performance.getEntriesByName('kontor:ready').length) {
        performance.mark('kontor:ready');
    }
    document.documentElement.dataset.ready = 'true';
}

/** A decimal string with thousands separators, exactly as given (never through a float). */
export function formatAmount(amount) {
    const text = String(amount);
    const negative = text.startsWith('-');
    const [whole, fraction] = text.replace(/^[-+]/, '').split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function formatMoney(money) {
    return `${formatAmount(money.amount)} ${money.currency}`;
}

/** A list of money (one per currency) as lines, or a dash. */
export function moneyLines(list) {
    if (!list?.length) {
        return el('span', { class: 'money muted' }, '–');
    }
    return list.map((money) => el('span', { class: 'money' }, formatMoney(money)));
}

export function formatCount(count) {
    return formatAmount(String(count));
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** An instant in the browser's time zone. */
export function formatInstant(iso) {
    return iso ? dateTime.format(new Date(iso)) : '';
}

export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An ISO instant as the value of a datetime-local input (the browser's time zone, to the second). */
export function toLocalInput(iso) {
    const date = new Date(iso);
    const pad = (number) => String(number).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:`
        + `${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A datetime-local value (the browser's time zone) as an ISO instant, or null when empty. */
export function fromLocalInput(value) {
    if (!value) {
        return null;
    }
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Runs a function at most once per pause of the given length (typing in a search field). */
export function debounce(action, milliseconds) {
    let timer;
    return (...args) => {
        clearTimeout(timer);
        timer = setTimeout(() => action(...args), milliseconds);
    };
}

/** A link to a page of the interface with query values. */
export function pageLink(page, values) {
    return `/ui/${page}.html${query(values)}`;
}
