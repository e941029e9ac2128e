// The smallest Highcharts that draws a solid gauge: Highcharts, highcharts-more and the solid-gauge module.
import Highcharts from 'highcharts';
import 'highcharts/highcharts-more';
import 'highcharts/modules/solid-gauge';

export default Highcharts;
