// Chart.js with only the parts the dashboard draws (bars, category, linear and log axes, tooltips, a legend), so the
// bundle carries no other chart types. Loaded on demand by BarChart: other admin pages never pay
// for it. Chart.js draws on a canvas and needs neither eval nor injected style sheets, so it runs
// under the hub's Content-Security-Policy as is.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LogarithmicScale,
  Tooltip,
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend)

export { Chart }
