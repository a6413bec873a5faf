import { formatPath } from '../shared/path';

// The JSON paths the engine puts on its errors and warnings (positions[2].strike, assets.BTC.price,
// balances["1INCH"]), built by the engine's own formatter (src/shared/path.ts) so a cell can find
// its message, and what the screen calls the same place ("Position btc-perp, strike").

export type PathKey = string | number;

export const assetPath = (symbol: string, field: string) => formatPath(['assets', symbol, field]);
export const balancePath = (symbol: string) => formatPath(['balances', symbol]);
export const overridePath = (symbol: string, field: string) => formatPath(['overrides', symbol, field]);
export const positionPath = (index: number, ...rest: PathKey[]) => formatPath(['positions', index, ...rest]);

const TOKEN = /^(?:\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The keys of a path formatPath wrote; null for text that is not such a path. */
export function parsePath(path: string): PathKey[] | null {
  if (path === '(file)') return [];
  const keys: PathKey[] = [];
  let rest = path;
  while (rest !== '') {
    const m = TOKEN.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
    rest = rest.slice(m[0].length);
  }
  return keys;
}

// Field names as the screen labels them. A Map: the keys come from engine paths, which carry user
// text (an asset called "constructor" must not find Object.prototype's).
const FIELD_LABELS = new Map<string, string>([
  ['id', 'id'],
  ['type', 'type'],
  ['asset', 'asset'],
  ['quantity', 'size'],
  ['entryPrice', 'entry price'],
  ['expiry', 'expiry'],
  ['right', 'call or put'],
  ['strike', 'strike'],
  ['premium', 'premium'],
  ['volatility', 'volatility'],
  ['margin', 'margin'],
  ['mode', 'margin mode'],
  ['collateral', 'isolated collateral'],
  ['price', 'price'],
  ['stable', 'stable'],
  ['initialRate', 'initial rate'],
  ['haircut', 'haircut'],
  ['liquidationThreshold', 'liquidation threshold'],
  ['maxLtv', 'max LTV'],
  ['liquidationBonus', 'liquidation bonus'],
  ['priceRange', 'price range'],
  ['maintenance', 'maintenance brackets'],
  ['upTo', 'up to'],
  ['rate', 'rate'],
  ['amount', 'amount'],
]);

const TOP_LEVEL = new Map<string, string>([
  ['format', 'File format'],
  ['version', 'File version'],
  ['name', 'Portfolio name'],
  ['description', 'Description'],
  ['asOf', 'Valuation time'],
  ['quote', 'Quote currency'],
  ['rules', 'Rule set'],
  ['rate', 'Interest rate'],
  ['portfolioMargin', 'Portfolio margin'],
  ['regime', 'Market regime'],
  ['assets', 'Assets'],
  ['balances', 'Balances'],
  ['positions', 'Positions'],
  ['correlations', 'Correlations'],
  ['overrides', 'Rule overrides'],
]);

/** "entryPrice" → "entry price": a field the table above does not name, in words. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function fieldName(key: PathKey, position?: number): string {
  if (typeof key === 'number') return position === undefined ? `item ${key + 1}` : `bracket ${key + 1}`;
  return FIELD_LABELS.get(key) ?? words(key);
}

/** Whatever the book calls its positions, by index (the id the user sees in the table). */
interface NamedPositions {
  positions: readonly { id: string }[];
}

function positionName(index: number, book?: NamedPositions): string {
  const id = book?.positions[index]?.id;
  return id !== undefined && id.trim() !== '' ? `Position ${id}` : `Position ${index + 1}`;
}

/**
 * The place a path points at, named as the screen shows it: positions[0].quantity → "Position
 * btc-perp, size"; assets.BTC.price → "Asset BTC, price"; balances.USDC → "Balance USDC".
 */
export function screenName(path: string, book?: NamedPositions): string {
  const keys = parsePath(path);
  if (keys === null) return path;
  if (keys.length === 0) return 'The file';
  const [head, second, ...rest] = keys;
  const tail = (from: readonly PathKey[], index?: number) => from.map((k) => fieldName(k, index)).join(', ');
  const joined = (first: string, from: readonly PathKey[], index?: number) => (from.length > 0 ? `${first}, ${tail(from, index)}` : first);
  if (head === 'positions' && typeof second === 'number') return joined(positionName(second, book), rest);
  if (head === 'assets' && typeof second === 'string') return joined(`Asset ${second}`, rest);
  if (head === 'balances' && typeof second === 'string') return joined(`Balance ${second}`, rest);
  if (head === 'overrides' && typeof second === 'string') return joined(`Asset ${second}`, rest, 0);
  if (head === 'correlations' && typeof second === 'string') return joined(`Correlation ${second}`, rest);
  const top = typeof head === 'string' ? (TOP_LEVEL.get(head) ?? words(head)) : fieldName(head!);
  return second === undefined ? top : joined(top, [second, ...rest]);
}

/** A message with any position path inside it named as the screen names it ("… the id of position btc-perp"). */
export function screenMessage(message: string, book?: NamedPositions): string {
  return message.replace(/positions\[(\d+)\]((?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*)/g, (_, index: string, rest: string) => {
    const name = screenName(`positions[${index}]${rest}`, book);
    return name.charAt(0).toLowerCase() + name.slice(1);
  });
}

/** An engine error or warning as a line for people: "Position btc-perp, size: must be a decimal string". */
export function describeProblem(problem: { path: string; message: string }, book?: NamedPositions): string {
  const message = screenMessage(problem.message, book);
  return problem.path ? `${screenName(problem.path, book)}: ${message}` : message;
}
