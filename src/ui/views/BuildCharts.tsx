import { ChartsArea } from '../panels/ReportCharts';

// Build's charts are drawn with the first report, in the same commit as the headline. They used to
// be a chunk fetched once the page was idle after that report (when they carried Recharts, 125 KB;
// they are plain SVG now, ~10 KB gzipped): they then replaced their shorter placeholder a moment
// after the page looked ready, and everything below them moved 160-180 px down (a click on "Compare
// under every venue" in that moment missed it, and failed a CI run). A lazy chunk fetched beside
// Build's code still came 150 ms after the report: React reveals a suspended boundary's content
// no sooner than 300 ms after its fallback. The placeholder holds their place until a report is in.

// The three charts' cards, empty, in the charts' own grid: side by side at 1440 px, stacked on a phone.
const CHARTS = ['Health against price move', 'Liquidation prices', 'Margin under each regime'] as const;

function Placeholder() {
  return (
    <div className="charts" data-testid="charts-placeholder" aria-busy="true">
      {CHARTS.map((name) => (
        <div key={name} className="charts-placeholder">
          <p className="muted">Waiting for the first report: {name.toLowerCase()}…</p>
        </div>
      ))}
    </div>
  );
}

export function BuildCharts() {
  return <ChartsArea placeholder={<Placeholder />} />;
}
