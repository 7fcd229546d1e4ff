// Tree-shaken import, as ECharts' "Import ECharts" handbook page recommends; canvas renderer (the default).
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);
export { init } from 'echarts/core';
