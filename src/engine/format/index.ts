export { parsePortfolio, parsePortfolioText, defaultCorrelation } from './parse';
export { serialisePortfolio } from './serialise';
export { formatPath } from './path';
export { buildCorrelationMatrix, cholesky, lookupCorrelation } from './correlation';
export type { Portfolio, PortfolioInput, Position, OptionPosition, FuturePosition, PerpetualPosition, Asset, AssetOverride, RuleSetName, MarginMode } from './schema';
export { RULE_SET_NAMES } from './schema';
