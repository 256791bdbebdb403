// The account map's diagram: people as cards grouped by account (HTML, so names in any script wrap and stay
// text, and every card is a button the keyboard reaches), relationships as lines drawn behind them in SVG once
// the cards are laid out, and again whenever the diagram changes size. Reporting lines are solid, dotted lines
// dashed, every other relationship coloured by its sentiment (influence, advice and blocking bold, acquaintances
// thin). Only presentation attributes and classes are set on the SVG: the Content-Security-Policy refuses style
// attributes.
import { el, fill } from './kontor.js';

const SVG = 'http://www.w3.org/2000/svg';
const KINDS = {
    REPORTS_TO: 'reporting', DOTTED_LINE: 'dotted-line', INFLUENCES: 'influence', ADVISES: 'influence',
    BLOCKS: 'influence', WORKED_WITH: 'acquaintance', PERSONAL: 'acquaintance', FORMER_EMPLOYEE_OF: 'acquaintance',
};
const SENTIMENTS = [-2, -1, 0, 1, 2];

export function fullName(node) {
    return [node.firstName, node.lastName].filter(Boolean).join(' ');
}

/** REPORTS_TO as "reports to". */
export function words(code) {
    return code.toLowerCase().replaceAll('_', ' ');
}

export function sentimentClass(value) {
    return `sentiment-${value < 0 ? 'm' : value > 0 ? 'p' : ''}${Math.abs(value)}`;
}

function kindOf(edge) {
    return KINDS[edge.type] ?? 'acquaintance';
}

/** The hierarchy's accounts in tree order (parents before their children), from the map's parent ids. */
function inTreeOrder(map) {
    const inHierarchy = map.accounts.filter((account) => account.inHierarchy);
    const children = new Map();
    for (const account of inHierarchy) {
        const siblings = children.get(account.parentId) ?? [];
        siblings.push(account);
        children.set(account.parentId, siblings);
    }
    const ordered = [];
    const visit = (account) => {
        ordered.push(account);
        (children.get(account.id) ?? []).forEach(visit);
    };
    inHierarchy.filter((account) => account.id === map.headquartersId).forEach(visit);
    return ordered;
}

function card(node, onSelect) {
    return el('li', {}, el('button', {
        type: 'button', class: `person attitude-${node.attitude == null ? 'none' : sentimentClass(node.attitude)}`,
        'aria-pressed': 'false', dataset: { contactId: node.contactId, ring: node.ring },
        onclick: () => onSelect(node),
    },
    el('span', { class: 'person-name' }, fullName(node)),
    node.jobTitle ? el('span', { class: 'person-title' }, node.jobTitle) : null,
    el('span', { class: 'person-seat' },
        node.roles.map((role) => el('span', { class: 'badge role' }, words(role))),
        el('span', { class: 'badge' }, `ring ${node.ring}`))));
}

function column(account, cards, extraClass) {
    return el('section', { class: `map-account ${extraClass ?? ''}`, dataset: { accountId: account.id } },
        el('h3', {}, account.name, account.status === 'CLOSED' ? el('span', { class: 'badge closed' }, 'closed') : null),
        el('ul', {}, cards));
}

/**
 * Draws the map into the container; {@code onSelect(node)} is called when a person is chosen. Answers how many
 * accounts of the hierarchy have people on the map (only those get a column).
 */
export function drawDiagram(container, map, onSelect) {
    const people = new Map();
    for (const node of map.nodes) {
        const list = people.get(node.accountId) ?? [];
        list.push(node);
        people.set(node.accountId, list);
    }
    const columns = inTreeOrder(map).filter((account) => people.has(account.id))
        .map((account) => column(account, people.get(account.id).map((node) => card(node, onSelect))));
    if (!columns.length) {
        fill(container, el('p', { class: 'muted empty' }, 'Nobody is recorded at this hierarchy yet.'));
        return 0;
    }
    const employers = map.accounts.filter((account) => !account.inHierarchy);
    if (employers.length) {
        columns.push(el('section', { class: 'map-account elsewhere' }, el('h3', {}, 'Former employers'),
            el('ul', {}, employers.map((account) => el('li', {},
                el('span', { class: 'person employer', dataset: { accountId: account.id } }, account.name))))));
    }
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'map-lines');
    svg.setAttribute('aria-hidden', 'true');
    fill(container, svg, columns);
    const redraw = () => drawLines(container, svg, map);
    redraw();
    new ResizeObserver(redraw).observe(container);
    return columns.length - (employers.length ? 1 : 0);
}

/** An SVG element with attributes (never a style attribute) and children. */
export function svgElement(name, attributes, ...children) {
    const element = document.createElementNS(SVG, name);
    for (const [attribute, value] of Object.entries(attributes)) {
        element.setAttribute(attribute, String(value));
    }
    element.append(...children);
    return element;
}

function markers() {
    const names = ['reporting', 'dotted-line', ...SENTIMENTS.map(sentimentClass)];
    return svgElement('defs', {}, ...names.map((name) => svgElement('marker', {
        id: `arrow-${name}`, class: `arrow ${name}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, orient: 'auto-start-reverse',
    }, svgElement('path', { d: 'M0,0 L10,5 L0,10 z' }))));
}

/** Where a card is, relative to the diagram (both move together when the diagram's box scrolls). */
function placeOf(origin, element) {
    const box = element.getBoundingClientRect();
    return { left: box.left - origin.left, right: box.right - origin.left, middle: (box.top + box.bottom) / 2 - origin.top };
}

/** A curve from card to card; {@code lane} spreads the curves of several relationships between one pair. */
function pathBetween(from, to, lane) {
    if (Math.abs(from.left - to.left) < 1) {
        const bulge = from.right + 24 + 16 * lane + Math.min(40, Math.abs(to.middle - from.middle) / 4);
        return `M${from.right},${from.middle} C${bulge},${from.middle} ${bulge},${to.middle} ${to.right},${to.middle}`;
    }
    const [start, end] = from.left < to.left ? [from.right, to.left] : [from.left, to.right];
    const middle = (start + end) / 2 + 12 * lane;
    return `M${start},${from.middle} C${middle},${from.middle} ${middle},${to.middle} ${end},${to.middle}`;
}

function drawLines(container, svg, map) {
    const origin = container.getBoundingClientRect();
    const names = new Map(map.nodes.map((node) => [node.contactId, fullName(node)]));
    map.accounts.forEach((account) => names.set(account.id, account.name));
    const cards = new Map();
    container.querySelectorAll('[data-contact-id]').forEach((element) => cards.set(element.dataset.contactId, element));
    container.querySelectorAll('.employer').forEach((element) => cards.set(element.dataset.accountId, element));
    svg.setAttribute('width', container.scrollWidth);
    svg.setAttribute('height', container.scrollHeight);
    const lanes = new Map();
    const lines = map.edges.filter((edge) => cards.has(edge.from) && cards.has(edge.to)).map((edge) => {
        const pair = [edge.from, edge.to].sort().join();
        const lane = lanes.get(pair) ?? 0;
        lanes.set(pair, lane + 1);
        const kind = kindOf(edge);
        const colour = kind === 'reporting' || kind === 'dotted-line' ? kind : sentimentClass(edge.sentiment);
        return svgElement('path', {
            d: pathBetween(placeOf(origin, cards.get(edge.from)), placeOf(origin, cards.get(edge.to)), lane),
            class: `edge ${kind} ${sentimentClass(edge.sentiment)}`, 'marker-end': `url(#arrow-${colour})`,
            'data-id': edge.id, 'data-from': edge.from, 'data-to': edge.to, 'data-type': edge.type,
        }, svgElement('title', {}, `${names.get(edge.from)} ${words(edge.type)} ${names.get(edge.to)}`));
    });
    svg.replaceChildren(markers(), ...lines);
    highlight(container, container.dataset.selected);
}

/** Marks a person's card chosen and their relationships' lines active (the others fade). */
export function highlight(container, contactId) {
    if (!contactId) {
        return;
    }
    container.dataset.selected = contactId;
    container.classList.add('focused');
    container.querySelectorAll('[data-contact-id]').forEach((element) =>
        element.setAttribute('aria-pressed', String(element.dataset.contactId === contactId)));
    container.querySelectorAll('path.edge').forEach((line) => line.classList.toggle('active',
        line.dataset.from === contactId || line.dataset.to === contactId));
}
