// The smallest Chart.js that draws a gauge: a half doughnut. Only its controller and element are registered.
import { ArcElement, Chart, DoughnutController } from 'chart.js';

Chart.register(DoughnutController, ArcElement);
export { Chart };
