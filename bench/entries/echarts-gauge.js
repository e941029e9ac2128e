// The smallest ECharts that draws a gauge: the core, the gauge series and the SVG renderer.
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, SVGRenderer]);
export { init };
