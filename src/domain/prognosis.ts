// The three-year prognosis (issue 6): a recognised BudgetTable + Assumptions → a new sheet with live formulas.
export {
  defaultAssumptions,
  findEquity,
  basePeriodIndex,
  rateClassOf,
  isPersonnelLabel,
  ratePerYear,
  PROGNOSIS_YEARS,
  type Assumptions,
  type EquitySource,
  type RateClass,
  type RowAssumption,
} from "./prognosis/assumptions";
export { buildPrognosisSheet, AMOUNT_FORMAT, RATE_FORMAT, type PrognosisOptions } from "./prognosis/sheet";
export { sheetRef } from "./prognosis/formulas";
export { choosePrognosisTable, prognosisCandidates, prognosisTable } from "./prognosis/choose";
export {
  evaluatedPrognosis,
  prognosisEquityStart,
  withCachedValues,
  type PrognosisOutcome,
  type PrognosisYear,
} from "./prognosis/outcome";
