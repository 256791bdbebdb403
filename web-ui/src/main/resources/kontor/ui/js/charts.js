// ECharts on a canvas (its SVG renderer writes style attributes, which the Content-Security-Policy refuses),
// described for screen readers by its aria option. Names reach it only as data: labels are painted as text,
// and tooltips are built as DOM nodes, never as HTML.
import { el } from './kontor.js';

/** Stage colours, from the first stage (lightest) to negotiation (darkest). */
export const STAGE_COLOURS = ['#b9d3f2', '#86b3e8', '#4f8fd8', '#2566b8', '#123f7a'];

/**
 * The library, loaded with {@code async} beside the page's own script, so the page asks the API for its data while
 * the browser is still reading the library.
 */
export const library = new Promise((resolve, reject) => {
    const script = document.getElementById('chart-library');
    if (typeof window.echarts?.init === 'function') {
        resolve(window.echarts);
        return;
    }
    script.addEventListener('load', () => resolve(window.echarts));
    script.addEventListener('error', () => reject(new Error('The chart library did not load.')));
});

export function chartIn(echarts, container) {
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    new ResizeObserver(() => chart.resize()).observe(container);
    return chart;
}

/** A tooltip as DOM: a heading and lines of text. */
export function tooltip(title, lines) {
    return el('div', {}, el('strong', {}, title), lines.map((line) => el('div', {}, line)));
}
