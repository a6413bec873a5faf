// Cascades: a crowd, a market and a shock, run in the cascade worker and played back.
import CascadePanel from '../cascade/CascadePanel';

export default function CascadesView() {
  return <CascadePanel />;
}
