// Highcharts' ES module build (highcharts/esm), the core only (no accessibility or boost module).
import Highcharts from 'highcharts/esm/highcharts.js';
export default Highcharts;
