// The efficiency chart's numbers: CSV rows and the screen-reader table.
import type { Report } from '../../engine';
import type { CsvTable } from './csv';
import { efficiencyRows, savingText, survivalText } from './efficiency-data';
import { formatMoney, MISSING } from './format';
import { fractionToPercent } from './numbers';
import type { TextTable } from './text-table';

export function efficiencyCsv(report: Report, baseline?: Report): CsvTable {
  const rows = efficiencyRows(report, baseline) ?? [];
  return {
    header: [
      'regime',
      `required capital (${report.quote})`,
      `cash to add (${report.quote})`,
      'survivable move (%)',
      ...(baseline ? [`required capital before (${report.quote})`, 'survivable move before (%)'] : []),
    ],
    rows: rows.map((r) => [
      r.label,
      r.requiredText,
      r.cashToAddText,
      r.survivableMove === null ? null : fractionToPercent(r.survivableMove),
      ...(baseline ? [r.beforeText, r.beforeSurvivableMove === null ? null : fractionToPercent(r.beforeSurvivableMove)] : []),
    ]),
  };
}

export function efficiencyText(report: Report, baseline?: Report): TextTable {
  const rows = efficiencyRows(report, baseline) ?? [];
  return {
    caption: `Capital needed and cash to add by margin regime, in ${report.quote}. ${savingText(report)}`,
    columns: [
      'Regime',
      ...(baseline ? [`Before (${report.quote})`] : []),
      `Capital needed (${report.quote})`,
      `Cash to add (${report.quote})`,
      'Adverse move survived',
    ],
    rows: rows.map((r) => [
      r.label,
      ...(baseline ? [r.beforeText === null ? MISSING : formatMoney(r.beforeText)] : []),
      formatMoney(r.requiredText),
      formatMoney(r.cashToAddText),
      survivalText(r.survivableMove, r.survivableMoveReason),
    ]),
  };
}
