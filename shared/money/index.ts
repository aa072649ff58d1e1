// Money as integer pence: parsing, formatting, rounding, interest and apportionment.
export { parseMoney, type ParseMoneyResult } from './parse-money';
export { formatPence, formatPenceShort, formatPenceForInput } from './format-money';
export { divideRoundHalfUp, toSafePence } from './rounding';
export { simpleInterest, percentToBasisPoints, formatBasisPoints, type BasisPointsResult } from './interest';
export { sumPence } from './sum-pence';
export { apportionByLargestRemainder, type PercentShare } from './apportion';
