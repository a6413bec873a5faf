export { parsePortfolio, parsePortfolioText } from './parse';
export { serialisePortfolio } from './serialise';
export type { Portfolio, PortfolioInput, Position, OptionPosition, FuturePosition, PerpetualPosition, Asset, AssetOverride, RuleSetName, MarginMode } from './schema';
export { RULE_SET_NAMES } from './schema';
