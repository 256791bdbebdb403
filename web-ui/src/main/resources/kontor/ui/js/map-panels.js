// What the account map page shows beside the diagram: the findings, the power/interest grid, every relationship
// as a table row (the diagram's text alternative) and the chosen person's seat and relationships. All as text.
import { el, fill, formatInstant } from './kontor.js';
import { fullName, svgElement, words } from './map-diagram.js';

/** The grid as it is drawn: high influence on top, high interest on the right. */
const QUADRANTS = [
    ['KEEP_SATISFIED', 'Keep satisfied', 'high influence, low interest'],
    ['MANAGE_CLOSELY', 'Manage closely', 'high influence, high interest'],
    ['MONITOR', 'Monitor', 'low influence, low interest'],
    ['KEEP_INFORMED', 'Keep informed', 'low influence, high interest'],
];

function signed(value) {
    return value > 0 ? `+${value}` : String(value);
}

/** Names the people a finding concerns; each name chooses that person on the diagram. */
export function renderFindings(list, map, people, choose) {
    fill(list, map.findings.length ? map.findings.map((finding) => el('li', { dataset: { code: finding.code } },
        el('span', { class: 'finding-message' }, finding.message),
        el('code', { class: 'badge' }, finding.code),
        finding.contacts.length ? el('span', { class: 'finding-people' }, finding.contacts.map((id) => people.get(id)
            ? el('button', { type: 'button', class: 'link', onclick: () => choose(people.get(id)) }, fullName(people.get(id)))
            : null)) : null))
        : el('li', { class: 'none' }, 'Nothing is missing from this map.'));
    const review = map.lastReview;
    fill(document.getElementById('last-review'), review
        ? `Last reviewed ${formatInstant(review.reviewedAt)} by ${review.reviewedBy}${review.note ? `: ${review.note}` : ''}`
        : 'Never reviewed.');
}

export function renderGrid(grid, status, map) {
    const seated = map.nodes.filter((node) => node.quadrant);
    if (!map.opportunity) {
        fill(status, 'Choose a deal above to place its buying center on the grid.');
        fill(grid);
        return;
    }
    fill(status, seated.length ? '' : `Nobody has a seat in the buying center of ${map.opportunity.name}.`);
    fill(grid, el('p', { class: 'axis influence' }, 'Influence ↑'),
        QUADRANTS.map(([quadrant, title, meaning]) => {
            const inside = seated.filter((node) => node.quadrant === quadrant);
            return el('section', { class: 'quadrant', dataset: { quadrant }, 'aria-label': `${title}: ${meaning}` },
                el('h3', {}, title, el('span', { class: 'muted small' }, ` ${meaning}`)),
                inside.length ? el('ul', {}, inside.map((node) => el('li', { dataset: { contactId: node.contactId } },
                    el('span', { class: 'name' }, fullName(node)),
                    el('span', { class: 'muted small' }, ` influence ${node.influence}, interest ${node.interest}`))))
                    : el('p', { class: 'muted small' }, 'Nobody'));
        }),
        el('p', { class: 'axis interest' }, 'Interest →'));
}

const RINGS = ['decision makers and signers', 'champions, blockers and anyone with influence 4-5', 'the other seats',
    'people without a seat'];

/** The stakeholder onion: four rings from the decision (1, inside) outwards, and who is on each. */
export function renderOnion(section, map) {
    section.hidden = !map.opportunity;
    if (!map.opportunity) {
        return;
    }
    const onRing = RINGS.map((meaning, index) => map.nodes.filter((node) => node.ring === index + 1));
    const onion = svgElement('svg', { viewBox: '0 0 240 240', class: 'onion', role: 'img',
        'aria-label': `Stakeholder onion: ${onRing.map((people, index) => `ring ${index + 1}, ${people.length}`).join('; ')}` },
    ...[4, 3, 2, 1].map((ring) => svgElement('circle', { cx: 120, cy: 120, r: 30 * ring - 2, class: `onion-ring ring-${ring}` })),
    ...[4, 3, 2, 1].map((ring) => svgElement('text', { x: 120, y: 120 - 30 * ring + 19, 'text-anchor': 'middle', class: `ring-${ring}` },
        `${ring}: ${onRing[ring - 1].length}`)));
    fill(section.querySelector('.onion-box'), onion, el('ol', { class: 'rings' }, onRing.map((people, index) =>
        el('li', { dataset: { ring: index + 1 } }, el('strong', {}, RINGS[index]), ': ',
            people.length ? people.map(fullName).join(', ') : el('span', { class: 'muted' }, 'nobody')))));
}

function nameOf(id, people, accounts) {
    return people.has(id) ? fullName(people.get(id)) : accounts.get(id)?.name ?? id;
}

export function renderRelationships(body, map, people, accounts) {
    fill(body, map.edges.length ? map.edges.map((edge) => el('tr', { dataset: { id: edge.id } },
        el('td', {}, nameOf(edge.from, people, accounts)),
        el('td', {}, words(edge.type)),
        el('td', {}, nameOf(edge.to, people, accounts)),
        el('td', { class: 'num' }, String(edge.strength)),
        el('td', { class: 'num' }, signed(edge.sentiment)),
        el('td', {}, edge.validFrom ?? ''),
        el('td', {}, edge.note ?? '')))
        : el('tr', {}, el('td', { colspan: 7, class: 'muted' }, 'No relationships recorded between these people.')));
}

function fact(term, value) {
    return value === null || value === undefined || value === '' ? null : [el('dt', {}, term), el('dd', {}, value)];
}

export function renderPerson(panel, node, map, people, accounts) {
    const outgoing = map.edges.filter((edge) => edge.from === node.contactId);
    const incoming = map.edges.filter((edge) => edge.to === node.contactId);
    fill(panel, el('h2', {}, fullName(node)),
        el('p', { class: 'muted' }, [node.jobTitle, accounts.get(node.accountId)?.name].filter(Boolean).join(', ')),
        el('dl', { class: 'facts' },
            fact('Roles', node.roles.map(words).join(', ')),
            fact('Influence', node.influence), fact('Interest', node.interest),
            fact('Attitude', node.attitude === null ? null : signed(node.attitude)),
            fact('Coverage', node.coverage ? words(node.coverage) : null), fact('RACI', node.raci),
            fact('Quadrant', node.quadrant ? words(node.quadrant) : null), fact('Ring', node.ring)),
        el('h3', {}, 'Relationships'),
        outgoing.length || incoming.length ? el('ul', {},
            outgoing.map((edge) => el('li', {}, `${words(edge.type)} ${nameOf(edge.to, people, accounts)}`)),
            incoming.map((edge) => el('li', {}, `${nameOf(edge.from, people, accounts)} ${words(edge.type)} them`)))
            : el('p', { class: 'muted' }, 'None recorded.'));
}
