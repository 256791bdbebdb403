// The hierarchy of an account as a tree grid: own and rolled-up figures per account, opened level by level
// (each opening asks the API for two levels below the account, so every shown row knows whether it has
// children), focused on any subtree, as it stood at any instant, and what changed between two instants.
import {
    ApiError, api, el, fill, formatCount, formatInstant, formatMoney, fromLocalInput, markReady, mayOpen, moneyLines, pageLink,
    params, showError, startPage, timeZone, toLocalInput,
} from './kontor.js';
import { renderChanges } from './changes.js';

/** Children shown at once under one account; more are one click away, never silently left out. */
const CHUNK = 500;
/** Above this many accounts "open all levels" asks to focus on a subtree instead. */
const OPEN_ALL_LIMIT = 5000;

const rootId = params().get('id');
const asOf = params().get('asOf');
const body = document.querySelector('#tree tbody');
const treeStatus = document.getElementById('tree-status');
const details = document.getElementById('details');
const byId = new Map();
let signedIn;
let root;
let selected;

function hierarchyPath(id, levels) {
    const search = new URLSearchParams();
    if (levels !== undefined) {
        search.set('maxDepth', levels);
    }
    if (asOf) {
        search.set('asOf', asOf);
    }
    return `/api/accounts/${encodeURIComponent(id)}/hierarchy?${search}`;
}

/** Takes an API node into the tree; {@code levels} is how many levels below it the answer holds. */
function adopt(data, parent, levels) {
    const node = {
        id: data.id, name: data.name, kind: data.kind, status: data.status, own: data.own, rollup: data.rollup,
        parent, level: parent ? parent.level + 1 : 0, expanded: false, shown: CHUNK, row: null, moreRow: null,
        children: null,
    };
    if (levels > 0) {
        node.children = data.children.map((child) => adopt(child, node, levels - 1));
    }
    byId.set(node.id, node);
    return node;
}

function focusLink(id) {
    return pageLink('hierarchy', { id, asOf });
}

/** One row as a pattern: cloning it and filling in text is much cheaper than building 2,000 rows element by element. */
const PATTERN = el('tr', { tabindex: -1, 'aria-selected': 'false' },
    el('td', {}, el('div', { class: 'tree-name' },
        el('button', { type: 'button', class: 'toggle', tabindex: -1 }),
        el('a', { tabindex: -1, title: 'Focus on this account' }),
        el('span', { class: 'badge' }))),
    [1, 2, 3, 4, 5, 6].map(() => el('td', { class: 'num' }, el('span', { class: 'total' }))));
const COUNTS = ['accounts', 'contacts', 'openOpportunities'];
const MONEY = ['pipeline', 'weightedPipeline', 'won'];

/**
 * Whether an account has accounts under it: known once its children are loaded; before that, its rolled-up
 * open accounts say so (an account with only closed children gets its toggle when the next level arrives).
 */
function mayHaveChildren(node) {
    return node.children ? node.children.length > 0 : node.rollup.accounts > node.own.accounts;
}

function rowFor(node) {
    const hasChildren = mayHaveChildren(node);
    const row = PATTERN.cloneNode(true);
    row.dataset.id = node.id;
    row.setAttribute('aria-level', node.level + 1);
    const [toggle, link, kind] = row.cells[0].firstChild.children;
    row.cells[0].firstChild.style.setProperty('--level', node.level);
    if (hasChildren) {
        row.setAttribute('aria-expanded', String(node.expanded));
        toggle.textContent = node.expanded ? '▾' : '▸';
        toggle.setAttribute('aria-label', `${node.expanded ? 'Close' : 'Open'} ${node.name}`);
    } else {
        toggle.setAttribute('aria-hidden', 'true');
    }
    link.href = focusLink(node.id);
    link.textContent = node.name;
    kind.textContent = node.kind.toLowerCase();
    if (node.status === 'CLOSED') {
        kind.after(el('span', { class: 'badge closed' }, 'closed'));
    }
    COUNTS.forEach((figure, index) => {
        const cell = row.cells[index + 1];
        cell.firstChild.textContent = formatCount(node.rollup[figure]);
        if (hasChildren) {
            cell.append(el('span', { class: 'own' }, `own ${formatCount(node.own[figure])}`));
        }
    });
    MONEY.forEach((figure, index) => {
        const cell = row.cells[index + 4];
        cell.firstChild.append(...[moneyLines(node.rollup[figure])].flat());
        if (hasChildren && node.own[figure].length) {
            cell.append(el('span', { class: 'own' }, `own ${node.own[figure].map(formatMoney).join(', ')}`));
        }
    });
    node.row = row;
    return row;
}

body.addEventListener('click', (event) => {
    const row = event.target.closest('tr');
    const node = nodeOf(row);
    if (!node) {
        return;
    }
    if (event.target.closest('.toggle')) {
        toggleNode(node);
    } else if (!event.target.closest('a')) {
        select(node, true);
    }
});

function refreshToggle(node) {
    const toggle = node.row.querySelector('.toggle');
    if (!mayHaveChildren(node)) {
        node.row.removeAttribute('aria-expanded');
        toggle.setAttribute('aria-hidden', 'true');
        return;
    }
    toggle.removeAttribute('aria-hidden');
    node.row.setAttribute('aria-expanded', String(node.expanded));
    toggle.textContent = node.expanded ? '▾' : '▸';
    toggle.setAttribute('aria-label', `${node.expanded ? 'Close' : 'Open'} ${node.name}`);
}

function moreRowFor(node) {
    const left = node.children.length - node.shown;
    const button = el('button', {
        type: 'button', class: 'link', onclick: () => showMore(node),
    }, `Show ${formatCount(Math.min(CHUNK, left))} more of the ${formatCount(left)} not shown under ${node.name}`);
    node.moreRow = el('tr', { class: 'more', tabindex: -1, 'aria-level': node.level + 2 },
        el('td', { colspan: 7 }, button));
    return node.moreRow;
}

/** The rows of everything shown under a node, in order (made when first needed). */
function rowsUnder(node, rows = []) {
    if (!node.expanded) {
        return rows;
    }
    for (const child of node.children.slice(0, node.shown)) {
        rows.push(child.row ?? rowFor(child));
        rowsUnder(child, rows);
    }
    if (node.children.length > node.shown) {
        rows.push(node.moreRow ?? moreRowFor(node));
    }
    return rows;
}

function insertAfter(anchor, rows) {
    const fragment = document.createDocumentFragment();
    fragment.append(...rows);
    anchor.after(fragment);
}

/** Asks for two levels under the node, so its children and whether they have children are known. */
async function load(node) {
    const data = await api(hierarchyPath(node.id, 2));
    const fresh = adopt(data, node.parent, 2);
    Object.assign(node, { own: fresh.own, rollup: fresh.rollup });
    node.children = fresh.children.map((child) => Object.assign(child, { parent: node }));
    byId.set(node.id, node);
}

async function expand(node) {
    if (node.expanded || !mayHaveChildren(node)) {
        return;
    }
    if (node.children === null || node.children.some((child) => child.children === null)) {
        fill(treeStatus, `Opening ${node.name}…`);
        try {
            await load(node);
        } catch (error) {
            showError(error);
            return;
        }
        if (!node.children.length) {
            refreshToggle(node);
            return;
        }
    }
    node.expanded = true;
    refreshToggle(node);
    insertAfter(node.row, rowsUnder(node));
    fill(treeStatus, `${node.name}: ${formatCount(node.children.length)} accounts directly under it.`);
}

function collapse(node) {
    if (!node.expanded) {
        return;
    }
    rowsUnder(node).forEach((row) => row.remove());
    node.expanded = false;
    refreshToggle(node);
    fill(treeStatus, `${node.name} closed.`);
}

function toggleNode(node) {
    return node.expanded ? collapse(node) : expand(node);
}

function showMore(node) {
    const before = node.moreRow;
    const rows = [];
    const from = node.shown;
    node.shown += CHUNK;
    for (const child of node.children.slice(from, node.shown)) {
        rows.push(child.row ?? rowFor(child));
        rowsUnder(child, rows);
    }
    node.moreRow = null;
    if (node.children.length > node.shown) {
        rows.push(moreRowFor(node));
    }
    insertAfter(before, rows);
    before.remove();
    (rows[0] ?? node.row).focus();
}

function visibleRows() {
    return [...body.rows];
}

function moveFocus(row) {
    if (!row) {
        return;
    }
    for (const other of body.querySelectorAll('tr[tabindex="0"]')) {
        other.tabIndex = -1;
    }
    row.tabIndex = 0;
    row.focus();
}

function nodeOf(row) {
    return row?.dataset.id ? byId.get(row.dataset.id) : null;
}

body.addEventListener('keydown', async (event) => {
    const row = event.target.closest('tr');
    const node = nodeOf(row);
    const rows = visibleRows();
    const index = rows.indexOf(row);
    switch (event.key) {
        case 'ArrowDown': moveFocus(rows[index + 1]); break;
        case 'ArrowUp': moveFocus(rows[index - 1]); break;
        case 'Home': moveFocus(rows[0]); break;
        case 'End': moveFocus(rows[rows.length - 1]); break;
        case 'ArrowRight':
            if (node && mayHaveChildren(node) && !node.expanded) {
                await expand(node);
            } else if (node?.expanded) {
                moveFocus(rows[index + 1]);
            }
            break;
        case 'ArrowLeft':
            if (node?.expanded) {
                collapse(node);
            } else if (node?.parent) {
                moveFocus(node.parent.row);
            }
            break;
        case 'Enter':
        case ' ':
            if (row?.classList.contains('more')) {
                row.querySelector('button').click();
            } else if (node) {
                select(node, false);
            }
            break;
        default:
            return;
    }
    event.preventDefault();
});

function figureRow(label, own, rollup) {
    return el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: 'num' }, own), el('td', { class: 'num' }, rollup));
}

function select(node, moveFocusThere) {
    selected?.row?.setAttribute('aria-selected', 'false');
    selected = node;
    node.row.setAttribute('aria-selected', 'true');
    if (moveFocusThere) {
        moveFocus(node.row);
    }
    const links = [el('li', {}, el('a', { href: focusLink(node.id) }, 'Focus on this account')),
        el('li', {}, el('a', { href: pageLink('pipeline', { hq: node.id, asOf }) }, 'Pipeline per account')),
        el('li', {}, el('a', { href: pageLink('map', { id: node.id, asOf }) }, 'Account map')),
        mayOpen(signedIn, 'history')
            ? el('li', {}, el('a', { href: pageLink('history', { type: 'accounts', id: node.id }) }, 'History')) : null];
    fill(details, el('h2', {}, node.name),
        el('p', { class: 'muted' }, `${node.kind.toLowerCase()}, ${node.status.toLowerCase()}`),
        el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), el('th', { class: 'num' }, 'Own'),
            el('th', { class: 'num' }, 'With its tree'))),
        el('tbody', {},
            figureRow('Open accounts', formatCount(node.own.accounts), formatCount(node.rollup.accounts)),
            figureRow('Contacts', formatCount(node.own.contacts), formatCount(node.rollup.contacts)),
            figureRow('Open opportunities', formatCount(node.own.openOpportunities), formatCount(node.rollup.openOpportunities)),
            figureRow('Pipeline', moneyLines(node.own.pipeline), moneyLines(node.rollup.pipeline)),
            figureRow('Weighted', moneyLines(node.own.weightedPipeline), moneyLines(node.rollup.weightedPipeline)),
            figureRow('Won', moneyLines(node.own.won), moneyLines(node.rollup.won)))),
        el('ul', {}, links));
}

function markAllOpen(node) {
    if (node.children?.length) {
        node.expanded = true;
        node.children.forEach(markAllOpen);
    }
}

function drawWholeTree() {
    const rows = [rowFor(root), ...rowsUnder(root)];
    body.replaceChildren(...rows);
    root.row.tabIndex = 0;
}

document.getElementById('open-all').addEventListener('click', async () => {
    if (root.rollup.accounts > OPEN_ALL_LIMIT) {
        fill(treeStatus, `This tree has ${formatCount(root.rollup.accounts)} open accounts; open its branches one by one, `
            + 'or focus on a subtree (the name of an account, or Focus in its details).');
        return;
    }
    performance.mark('kontor:open-all:start');
    fill(treeStatus, 'Opening every level…');
    try {
        root = adopt(await api(hierarchyPath(root.id)), null, Infinity);
    } catch (error) {
        showError(error);
        return;
    }
    markAllOpen(root);
    drawWholeTree();
    performance.measure('kontor:open-all', 'kontor:open-all:start');
    fill(treeStatus, `All levels open: ${formatCount(body.querySelectorAll('tr[data-id]').length)} accounts shown.`);
    document.documentElement.dataset.openAll = 'done';
});

document.getElementById('close-all').addEventListener('click', () => {
    collapse(root);
    (function closeEverything(node) {
        node.expanded = false;
        node.children?.forEach((child) => {
            if (child.row) {
                closeEverything(child);
                refreshToggle(child);
            }
        });
    }(root));
    root.expanded = false;
    refreshToggle(root);
});

async function breadcrumb() {
    const account = await api(`/api/accounts/${encodeURIComponent(rootId)}`);
    const ancestors = await Promise.all(account.path.slice(0, -1).map((id) => api(`/api/accounts/${encodeURIComponent(id)}`)));
    fill(document.getElementById('breadcrumb'), ancestors.map((ancestor) =>
        el('li', {}, el('a', { href: focusLink(ancestor.id) }, ancestor.name))), el('li', { 'aria-current': 'page' }, account.name));
}

function setUpAsOf() {
    fill(document.getElementById('zone'), `(${timeZone()})`);
    const input = document.getElementById('as-of');
    if (asOf) {
        input.value = toLocalInput(asOf);
        const banner = document.getElementById('as-of-banner');
        fill(banner, `As it stood at ${formatInstant(asOf)} (${timeZone()}). `,
            el('a', { href: pageLink('hierarchy', { id: rootId }) }, 'Show it now'));
        banner.hidden = false;
    }
    document.getElementById('as-of-form').addEventListener('submit', (event) => {
        event.preventDefault();
        location.assign(pageLink('hierarchy', { id: rootId, asOf: fromLocalInput(input.value) }));
    });
    document.getElementById('now').addEventListener('click', () => location.assign(pageLink('hierarchy', { id: rootId })));
}

async function start() {
    if (!rootId) {
        showError(new Error('Which account? Open a hierarchy from the accounts page.'));
        return;
    }
    setUpAsOf();
    const [session, data] = await Promise.all([startPage('hierarchy'), api(hierarchyPath(rootId, 1)),
        breadcrumb().catch(() => null)]);
    signedIn = session;
    root = adopt(data, null, 1);
    root.expanded = root.children.length > 0;
    fill(document.getElementById('title'), root.name);
    document.title = `${root.name} · Hierarchy · Kontor`;
    drawWholeTree();
    select(root, false);
    fill(treeStatus, `${formatCount(root.rollup.accounts)} open accounts in this tree, `
        + `${formatCount(root.children.length)} of them directly under the top.`);
    renderChanges({ rootId, asOf, signedIn });
    markReady();
    await learnTheNextLevel(root);
}

/** After the first drawing: which of the shown accounts have children (closed ones too), for their toggles. */
async function learnTheNextLevel(node) {
    const data = await api(hierarchyPath(node.id, 2));
    for (const fresh of data.children) {
        const shown = byId.get(fresh.id);
        if (shown && shown.children === null) {
            shown.children = fresh.children.map((child) => adopt(child, shown, 0));
            if (shown.row) {
                refreshToggle(shown);
            }
        }
    }
    document.documentElement.dataset.levels = 'known';
}

start().catch((error) => {
    showError(error instanceof ApiError && error.status === 404
        ? new Error(asOf ? 'This account did not exist yet at that time.' : 'There is no such account.') : error);
    markReady();
});
