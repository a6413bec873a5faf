// Build: the book (name, rule set, assets, balances, positions), what-if, a previewed trade, a
// collateral top-up, the headline charts, and the book under each venue's rules. Loaded when
// first opened, like every view.
import { Results } from '../common/Results';
import { Section } from '../common/Section';
import { HeadlineArea } from '../panels/HeadlineArea';
import { PreviewTradePanel } from '../panels/PreviewTradePanel';
import { TopUpPanel } from '../panels/TopUpPanel';
import { WhatIfPanel } from '../panels/WhatIfPanel';
import { AssetsTable } from '../portfolio/AssetsTable';
import { BalancesTable } from '../portfolio/BalancesTable';
import { PortfolioName } from '../portfolio/PortfolioName';
import { PositionsTable } from '../portfolio/PositionsTable';
import { RuleSetPicker } from '../portfolio/RuleSetPicker';
import { CompareVenuesSection } from '../venues/CompareVenuesSection';
import { BookDescription } from './BookDescription';
import { BuildCharts } from './BuildCharts';

export default function BuildView() {
  return (
    <>
      <Results label="account figures">
        <HeadlineArea />
      </Results>
      <div className="layout">
        <div className="layout__main">
          <Section title="Portfolio" testId="portfolio">
            <PortfolioName />
            <BookDescription />
            <RuleSetPicker />
          </Section>
          <AssetsTable />
          <BalancesTable />
          <PositionsTable />
        </div>
        <aside className="layout__side" aria-label="What-if, trade preview and top-up">
          <WhatIfPanel />
          <PreviewTradePanel />
          <TopUpPanel />
        </aside>
      </div>
      <Results label="charts">
        <BuildCharts />
      </Results>
      <CompareVenuesSection />
    </>
  );
}
