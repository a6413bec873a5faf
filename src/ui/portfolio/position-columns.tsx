import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures } from '@tanstack/react-table';
import { EntryCell, FlagsCell, InstrumentCell, SideCell, SizeCell } from './PositionCells';
import { sortKey, type PositionRow } from './position-row';
import { DistanceCell, LiquidationCell, MarginFiguresCell, MarkCell, NotionalCell, PnlCell } from './ResultCells';

// The positions table, declared once outside any component: sorting is the only feature it uses.
// The columns a trader scans, in a venue's order; the rest of a position opens in its details row.

export const positionFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof positionFeatures, PositionRow>();

/** Numeric columns: ordered by value, unreadable values last whichever the direction. */
const numeric = { sortFn: 'basic', sortUndefined: 'last' } as const;

const SIDE_ORDER = { long: 1, short: -1 } as const;

/** Column ids that hold figures (right-aligned headers). */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['quantity', 'entry', 'mark', 'notional', 'pnl', 'margin', 'liquidation', 'distance']);

export const positionColumns = helper.columns([
  helper.accessor((r) => r.position.id, { id: 'instrument', header: 'Instrument', sortFn: 'alphanumeric', cell: (c) => <InstrumentCell rowId={c.row.id} position={c.row.original.position} /> }),
  helper.accessor((r) => (r.side ? SIDE_ORDER[r.side] : undefined), { id: 'side', header: 'Side', ...numeric, cell: (c) => <SideCell side={c.row.original.side} /> }),
  helper.accessor((r) => sortKey(r.position.quantity), { id: 'quantity', header: 'Size', ...numeric, cell: (c) => <SizeCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => sortKey(r.position.type === 'option' ? r.position.premium : r.position.entryPrice), { id: 'entry', header: 'Entry', ...numeric, cell: (c) => <EntryCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => sortKey(r.mark), { id: 'mark', header: 'Mark', ...numeric, cell: (c) => <MarkCell mark={c.row.original.mark} option={c.row.original.position.type === 'option'} /> }),
  helper.accessor((r) => sortKey(r.result?.notional), { id: 'notional', header: 'Notional', ...numeric, cell: (c) => <NotionalCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.result?.unrealizedPnl), { id: 'pnl', header: 'PnL', ...numeric, cell: (c) => <PnlCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.result?.initialMargin), { id: 'margin', header: 'Init. / maint. margin', ...numeric, cell: (c) => <MarginFiguresCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.liquidation?.price), { id: 'liquidation', header: 'Liq. price', ...numeric, cell: (c) => <LiquidationCell result={c.row.original.result} liquidation={c.row.original.liquidation} /> }),
  helper.accessor((r) => (r.liquidation?.distance === null || r.liquidation === null ? undefined : Math.abs(r.liquidation.distance)), {
    id: 'distance',
    header: 'Distance',
    ...numeric,
    cell: (c) => <DistanceCell liquidation={c.row.original.liquidation} />,
  }),
  helper.accessor((r) => r.flags.length * 100 + r.warnings.length, { id: 'flags', header: 'Flags', ...numeric, cell: (c) => <FlagsCell flags={c.row.original.flags} warnings={c.row.original.warnings} /> }),
]);
