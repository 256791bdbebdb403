// The pipeline per headquarters: the report's table and, per currency (never mixed), a bar per headquarters
// stacked by stage. A click on a bar or a name opens that headquarters' breakdown per account.
import {
    api, el, fill, formatAmount, formatCount, formatInstant, fromLocalInput, markReady, moneyLines, pageLink, params,
    query, showError, startPage, timeZone, toLocalInput,
} from './kontor.js';
import { STAGE_COLOURS, chartIn, library, tooltip } from './charts.js';

const STAGES = ['PROSPECTING', 'QUALIFICATION', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION'];
const STAGE_NAMES = ['Prospecting', 'Qualification', 'Needs analysis', 'Proposal', 'Negotiation'];
const FILTERS = ['industry', 'country', 'region', 'ownerId'];
const BAR = 26;
const BARS_IN_VIEW = 15;

const form = document.getElementById('filters');
const charts = [];
const asOfAsked = params().get('asOf');
const headquartersAsked = params().get('hq');

function filters() {
    const values = Object.fromEntries(FILTERS.map((name) => [name, form.elements[name].value]));
    const typed = form.elements.asOf.value;
    // The link's own instant (to the millisecond) while the field still shows it; the field holds seconds.
    values.asOf = asOfAsked && typed === toLocalInput(asOfAsked) ? asOfAsked : fromLocalInput(typed);
    return values;
}

function amountIn(list, currency) {
    return list.find((money) => money.currency === currency)?.amount;
}

function stageCell(figures) {
    return el('td', { class: 'num' }, moneyLines(figures.value),
        figures.count ? el('span', { class: 'own' }, `${formatCount(figures.count)} open`) : null);
}

function headerRow(first) {
    return el('tr', {}, el('th', { scope: 'col' }, first), el('th', { scope: 'col', class: 'num' }, 'Open opp.'),
        STAGE_NAMES.map((name) => el('th', { scope: 'col', class: 'num' }, name)),
        el('th', { scope: 'col', class: 'num' }, 'Total'), el('th', { scope: 'col', class: 'num' }, 'Weighted'));
}

function figureCells(row) {
    return [el('td', { class: 'num' }, formatCount(row.totals.count)), row.stages.map(stageCell),
        el('td', { class: 'num total' }, moneyLines(row.totals.value)), el('td', { class: 'num' }, moneyLines(row.totals.weightedValue))];
}

function renderTable(report) {
    const table = document.getElementById('report');
    fill(table.tHead, headerRow('Headquarters'));
    fill(table.tBodies[0], report.headquarters.map((row) => el('tr', { dataset: { id: row.headquartersId } },
        el('th', { scope: 'row' }, el('button', {
            type: 'button', class: 'link', onclick: () => openBreakdown(row.headquartersId),
        }, row.name)), figureCells(row))));
    fill(table.tFoot, el('tr', {}, el('th', { scope: 'row' }, 'All headquarters'), figureCells(report)));
}

function renderCharts(report, echarts) {
    charts.splice(0).forEach((chart) => chart.dispose());
    const target = document.getElementById('charts');
    fill(target);
    const drawings = [];
    for (const total of report.totals.value) {
        const currency = total.currency;
        const rows = report.headquarters.filter((row) => amountIn(row.totals.value, currency) !== undefined)
            .sort((a, b) => Number(amountIn(b.totals.value, currency)) - Number(amountIn(a.totals.value, currency)));
        const canvas = el('div', { class: 'chart-canvas' });
        const scrolls = rows.length > BARS_IN_VIEW;
        canvas.style.height = `${Math.max(180, Math.min(rows.length, BARS_IN_VIEW) * BAR + 90)}px`;
        target.append(el('figure', { class: 'chart', dataset: { currency } },
            el('figcaption', {}, `${currency}: `, el('span', { class: 'chart-total' }, formatAmount(total.amount)),
                ` open in ${formatCount(rows.length)} headquarters`,
                scrolls ? el('span', { class: 'muted small' }, ` (the ${BARS_IN_VIEW} largest in view; scroll the chart for the rest)`) : null),
            canvas));
        drawings.push(() => draw(echarts, canvas, currency, rows, scrolls));
    }
    // Drawn once every figure is in place, so each canvas gets its final width.
    drawings.forEach((drawing) => drawing());
}

function draw(echarts, canvas, currency, rows, scrolls) {
    const chart = chartIn(echarts, canvas);
    charts.push(chart);
    chart.setOption({
        animation: false,
        aria: { enabled: true, decal: { show: false } },
        color: STAGE_COLOURS,
        legend: { type: 'scroll', top: 0, data: STAGE_NAMES },
        grid: { left: 8, right: scrolls ? 40 : 16, top: 36, bottom: 8, containLabel: true },
        tooltip: {
            trigger: 'axis', axisPointer: { type: 'shadow' },
            formatter: (items) => tooltip(items[0].name, items.filter((item) => item.value)
                .map((item) => `${item.seriesName}: ${formatAmount(amountIn(rows[item.dataIndex].stages[item.seriesIndex].value,
                    currency))} ${currency}`)),
        },
        xAxis: { type: 'value', name: currency, nameLocation: 'end' },
        yAxis: {
            type: 'category', inverse: true, data: rows.map((row) => row.name),
            axisLabel: { width: 160, overflow: 'truncate' },
        },
        dataZoom: scrolls ? [{ type: 'slider', yAxisIndex: 0, right: 4, width: 16, startValue: 0, endValue: BARS_IN_VIEW - 1 },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }] : [],
        series: STAGES.map((stage, index) => ({
            name: STAGE_NAMES[index], type: 'bar', stack: currency, barMaxWidth: 22,
            data: rows.map((row) => Number(amountIn(row.stages[index].value, currency) ?? 0)),
        })),
    });
    chart.on('click', (event) => openBreakdown(rows[event.dataIndex].headquartersId));
}

async function openBreakdown(headquartersId) {
    const values = filters();
    history.replaceState(null, '', pageLink('pipeline', { ...values, hq: headquartersId }));
    const section = document.getElementById('breakdown');
    try {
        const tree = await api(`/api/reports/pipeline/${encodeURIComponent(headquartersId)}${query(values)}`);
        const table = document.getElementById('breakdown-table');
        fill(document.getElementById('breakdown-heading'), `${tree.name}: pipeline per account`);
        fill(document.getElementById('breakdown-links'),
            el('a', { href: pageLink('hierarchy', { id: tree.headquartersId, asOf: values.asOf }) }, `The hierarchy of ${tree.name}`));
        fill(table.tHead, headerRow('Account'));
        const top = Math.min(...tree.accounts.map((row) => row.depth));
        fill(table.tBodies[0], tree.accounts.map((row) => {
            const name = el('span', { class: 'tree-name' }, el('a', { href: pageLink('hierarchy', { id: row.accountId, asOf: values.asOf }) }, row.name));
            name.style.setProperty('--level', row.depth - top);
            return el('tr', { dataset: { id: row.accountId } }, el('th', { scope: 'row' }, name), figureCells(row));
        }), el('tr', {}, el('th', { scope: 'row' }, 'The whole tree'), figureCells(tree)));
        section.hidden = false;
        document.getElementById('breakdown-heading').focus();
        showError(null);
    } catch (error) {
        showError(error);
    }
}

async function show() {
    const values = filters();
    history.replaceState(null, '', pageLink('pipeline', values));
    const report = await api(`/api/reports/pipeline${query(values)}`);
    showError(null);
    fill(document.getElementById('summary'), `${formatCount(report.headquarters.length)} headquarters with open opportunities, `
        + `${formatCount(report.totals.count)} open opportunities`, values.asOf ? ` as they stood at ${formatInstant(values.asOf)}` : '', '.');
    renderTable(report);
    renderCharts(report, await library);
}

form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.getElementById('breakdown').hidden = true;
    show().catch((error) => showError(error));
});

fill(document.getElementById('zone'), `(${timeZone()})`);
for (const name of FILTERS) {
    form.elements[name].value = params().get(name) ?? '';
}
if (asOfAsked) {
    form.elements.asOf.value = toLocalInput(asOfAsked);
}
try {
    await Promise.all([startPage('pipeline'), show()]);
    if (headquartersAsked) {
        await openBreakdown(headquartersAsked);
    }
} catch (error) {
    showError(error);
}
markReady();
