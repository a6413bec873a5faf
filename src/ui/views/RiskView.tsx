// Risk: VaR / ES, stress, portfolio margin and the two-asset health heatmap, with its own worker.
import RiskPanel from '../risk/RiskPanel';

export default function RiskView() {
  return <RiskPanel />;
}
