import { formatPath } from '../shared/path';

// The JSON paths the engine puts on its errors (positions[2].strike, assets.BTC.price,
// balances["1INCH"]), built by the engine's own formatter (src/shared/path.ts) so a cell can find
// its message.

export type PathKey = string | number;

export const assetPath = (symbol: string, field: string) => formatPath(['assets', symbol, field]);
export const balancePath = (symbol: string) => formatPath(['balances', symbol]);
export const overridePath = (symbol: string, field: string) => formatPath(['overrides', symbol, field]);
export const positionPath = (index: number, ...rest: PathKey[]) => formatPath(['positions', index, ...rest]);
