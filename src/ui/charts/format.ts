// The charts format through the page's one formatting module, so a figure in a tooltip reads the
// same as in a table. Kept as a path so chart modules need not know where that module lives.
export {
  MISSING,
  formatChange,
  formatDate,
  formatExact,
  formatHealthFactor,
  formatHealthFactorExact,
  formatMoney,
  formatMoneyIn,
  formatMoneyTick,
  formatMove,
  formatMoveTick,
  formatPercent,
  formatPrice,
  formatQuantity,
} from '../common/format';
