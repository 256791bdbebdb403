// The account map of an account's whole hierarchy: the people and their relationships as a diagram, the
// findings, the power/interest grid of one deal's buying center, as it stands now or as it was recorded at any
// instant. The page's address holds what it shows (id, opportunityId, asOf), so every view can be linked to.
import {
    ApiError, api, el, fill, formatCount, formatInstant, fromLocalInput, markReady, pageLink, params, showError, startPage,
    timeZone, toLocalInput,
} from './kontor.js';
import { drawDiagram, highlight } from './map-diagram.js';
import { renderFindings, renderGrid, renderOnion, renderPerson, renderRelationships } from './map-panels.js';

const accountId = params().get('id');
const opportunityId = params().get('opportunityId');
const asOf = params().get('asOf');
const diagram = document.getElementById('diagram');
const person = document.getElementById('person');

function mapPath() {
    const search = new URLSearchParams();
    if (opportunityId) {
        search.set('opportunityId', opportunityId);
    }
    if (asOf) {
        search.set('asOf', asOf);
    }
    return `/api/accounts/${encodeURIComponent(accountId)}/map?${search}`;
}

function setUpForm() {
    fill(document.getElementById('zone'), `(${timeZone()})`);
    const input = document.getElementById('as-of');
    const deal = document.getElementById('opportunity');
    if (asOf) {
        input.value = toLocalInput(asOf);
        const banner = document.getElementById('as-of-banner');
        fill(banner, `As it was recorded at ${formatInstant(asOf)} (${timeZone()}). `,
            el('a', { href: pageLink('map', { id: accountId, opportunityId }) }, 'Show it now'));
        banner.hidden = false;
    }
    const show = (at) => location.assign(pageLink('map', { id: accountId, opportunityId: deal.value, asOf: at }));
    document.getElementById('map-form').addEventListener('submit', (event) => {
        event.preventDefault();
        show(fromLocalInput(input.value));
    });
    deal.addEventListener('change', () => show(asOf));
    document.getElementById('now').addEventListener('click', () => show(null));
}

/** The deals of the account the page was opened for (any account of the hierarchy draws the same map). */
async function offerDeals(map) {
    const select = document.getElementById('opportunity');
    const deals = await api(`/api/accounts/${encodeURIComponent(accountId)}/opportunities?size=500`)
        .then((page) => page.content).catch(() => []);
    const choices = deals.map((deal) => ({ id: deal.id, label: `${deal.name} (${deal.status.toLowerCase()})` }));
    if (map.opportunity && !choices.some((choice) => choice.id === map.opportunity.id)) {
        choices.unshift({ id: map.opportunity.id, label: `${map.opportunity.name} (${map.opportunity.status.toLowerCase()})` });
    }
    select.append(...choices.map((choice) => el('option', { value: choice.id, selected: choice.id === opportunityId }, choice.label)));
}

function describe(map, columns) {
    const own = map.accounts.find((account) => account.id === accountId);
    const hq = map.accounts.find((account) => account.id === map.headquartersId);
    fill(document.getElementById('title'), `Account map: ${hq?.name ?? own?.name ?? ''}`);
    document.title = `${hq?.name ?? ''} · Account map · Kontor`;
    fill(document.getElementById('subtitle'), hq && own && hq.id !== own.id ? `Opened from ${own.name}. ` : '',
        map.opportunity ? `Buying center of ${map.opportunity.name}.` : 'No deal chosen.',
        ' ', el('a', { href: pageLink('hierarchy', { id: map.headquartersId, asOf }) }, 'Hierarchy'));
    const accounts = map.accounts.filter((account) => account.inHierarchy).length;
    const counted = (count, one, many) => `${formatCount(count)} ${count === 1 ? one : many}`;
    fill(document.getElementById('map-status'), `${counted(map.nodes.length, 'person', 'people')} in ${formatCount(columns)} of `
        + `${counted(accounts, 'account', 'accounts')} (accounts without people are left out), `
        + `${counted(map.edges.length, 'relationship', 'relationships')}.`);
}

async function start() {
    if (!accountId) {
        showError(new Error('Which account? Open a map from the accounts or the hierarchy page.'));
        return;
    }
    setUpForm();
    const [, map] = await Promise.all([startPage('map'), api(mapPath())]);
    const people = new Map(map.nodes.map((node) => [node.contactId, node]));
    const accounts = new Map(map.accounts.map((account) => [account.id, account]));
    const choose = (node) => {
        highlight(diagram, node.contactId);
        renderPerson(person, node, map, people, accounts);
        diagram.querySelector(`[data-contact-id="${CSS.escape(node.contactId)}"]`)?.focus();
    };
    const columns = drawDiagram(diagram, map, choose);
    describe(map, columns);
    renderFindings(document.getElementById('findings'), map, people, choose);
    renderGrid(document.getElementById('grid'), document.getElementById('grid-status'), map);
    renderOnion(document.getElementById('onion'), map);
    renderRelationships(document.querySelector('#relationships tbody'), map, people, accounts);
    fill(person, el('p', { class: 'muted' }, map.nodes.length ? 'Choose a person to see their seat and relationships.'
        : 'No people, no relationships.'));
    await offerDeals(map);
    markReady();
}

start().catch((error) => {
    showError(error instanceof ApiError && error.status === 404
        ? new Error(asOf ? 'This account did not exist yet at that time.' : 'There is no such account or deal.') : error);
    markReady();
});
