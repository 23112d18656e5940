import { createRequire } from 'node:module';
import type { ChartSpec } from '../core/reply.ts';

const WIDTH = 800;
const HEIGHT = 360;
const FONT = 'DejaVu Sans';
// DejaVu Sans draws every Vietnamese letter; it ships as a package, so no system font is needed.
const fontFile = () => createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** The ECharts option of a chart spec: stacked bars per kind and year, milestones as labelled lines. Pure. */
export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const text = { fontFamily: FONT };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: { text: spec.title, left: 'center', textStyle: { ...text, fontSize: 15 } },
    // The server measures text without the font: generous gaps keep legend items apart.
    legend: { bottom: 0, itemGap: 28, textStyle: { ...text, fontSize: 11 } },
    grid: { left: 40, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'category', data: spec.years.map(String), axisLabel: text },
    yAxis: { type: 'value', minInterval: 1, axisLabel: text },
    series: spec.series.map((s, i) => ({
      name: s.kind,
      type: 'bar',
      stack: 'events',
      data: s.counts,
      ...(i === 0 && spec.marks.length
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#888' },
              label: { formatter: '{b}', fontFamily: FONT, fontSize: 10 },
              data: spec.marks.map((m) => ({ name: m.label, xAxis: String(m.year) })),
            },
          }
        : {}),
    })),
  };
}

/**
 * The chart as a PNG, rendered without a browser: ECharts draws SVG on the server, resvg turns it into pixels.
 * Both load on first use, so commands that never show a chart do not pay for them.
 */
export async function renderChartPng(spec: ChartSpec): Promise<Buffer> {
  const [echarts, { Resvg }] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(chartOption(spec));
    const svg = chart.renderToSVGString();
    return new Resvg(svg, {
      fitTo: { mode: 'width', value: WIDTH },
      background: 'white',
      font: { fontFiles: [fontFile()], loadSystemFonts: false, defaultFontFamily: FONT },
    })
      .render()
      .asPng();
  } finally {
    chart.dispose();
  }
}
