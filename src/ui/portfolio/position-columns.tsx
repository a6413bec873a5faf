import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures } from '@tanstack/react-table';
import { ActionsCell, AssetCell, ExpiryCell, IdCell, MarginCell, QuantityCell, TermsCell, TypeCell } from './PositionCells';
import { sortKey, type PositionRow } from './position-row';
import { DeltaCell, LiquidationCell, MarginFiguresCell, NotionalCell, PnlCell } from './ResultCells';

// The positions table, declared once outside any component: sorting is the only feature it uses.

export const positionFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof positionFeatures, PositionRow>();

/** Numeric columns: ordered by value, unreadable values last whichever the direction. */
const numeric = { sortFn: 'basic', sortUndefined: 'last' } as const;

export const positionColumns = helper.columns([
  helper.accessor((r) => r.position.id, { id: 'id', header: 'Position', sortFn: 'alphanumeric', cell: (c) => <IdCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => r.position.type, { id: 'type', header: 'Type', sortFn: 'alphanumeric', cell: (c) => <TypeCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => r.position.asset, { id: 'asset', header: 'Asset', sortFn: 'alphanumeric', cell: (c) => <AssetCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => sortKey(r.position.quantity), { id: 'quantity', header: 'Quantity', ...numeric, cell: (c) => <QuantityCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.display({ id: 'terms', header: 'Entry / option terms', cell: (c) => <TermsCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => r.position.expiry ?? '', { id: 'expiry', header: 'Expiry', sortFn: 'alphanumeric', cell: (c) => <ExpiryCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => r.position.margin?.mode ?? 'cross', { id: 'margin', header: 'Margin mode', sortFn: 'alphanumeric', cell: (c) => <MarginCell index={c.row.original.index} position={c.row.original.position} /> }),
  helper.accessor((r) => sortKey(r.result?.notional), { id: 'notional', header: 'Notional', ...numeric, cell: (c) => <NotionalCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.result?.unrealizedPnl), { id: 'pnl', header: 'PnL', ...numeric, cell: (c) => <PnlCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.result?.maintenanceMargin), { id: 'marginFigures', header: 'Maint. / initial margin', ...numeric, cell: (c) => <MarginFiguresCell result={c.row.original.result} /> }),
  helper.accessor((r) => sortKey(r.result?.liquidationPrice), { id: 'liquidation', header: 'Liquidation price', ...numeric, cell: (c) => <LiquidationCell result={c.row.original.result} accountLiquidation={c.row.original.accountLiquidation} /> }),
  helper.accessor((r) => sortKey(r.result?.delta), { id: 'delta', header: 'Delta', ...numeric, cell: (c) => <DeltaCell result={c.row.original.result} /> }),
  helper.display({ id: 'actions', header: () => <span className="visually-hidden">Actions</span>, cell: (c) => <ActionsCell index={c.row.original.index} position={c.row.original.position} /> }),
]);
