// Whether the user's own portfolio is placed in the crowd. A book margined by lending rules in an
// exchange scenario (or the reverse) would be liquidated by rules it does not live under, so the
// box starts unticked then; the user may still tick it.

export type ScenarioRuleKind = 'exchange' | 'lending';

/** The scenario's rule kind, or null when the document does not say (the engine will). */
export function scenarioRuleKind(scenario: unknown): ScenarioRuleKind | null {
  if (typeof scenario !== 'object' || scenario === null) return null;
  const rules = (scenario as Record<string, unknown>).rules;
  if (typeof rules !== 'object' || rules === null) return null;
  const kind = (rules as Record<string, unknown>).kind;
  return kind === 'exchange' || kind === 'lending' ? kind : null;
}

/** Lending against lending, anything else (exchange, portfolio margin) against exchange. */
export function sameRuleKind(scenario: ScenarioRuleKind | null, book: string | null): boolean {
  if (scenario === null || book === null) return true;
  return (scenario === 'lending') === (book === 'lending');
}

/** The box's state: the user's own choice if made, else on exactly when the rule kinds agree. */
export function placesPortfolio(choice: boolean | null, scenario: ScenarioRuleKind | null, book: string | null): boolean {
  return choice ?? sameRuleKind(scenario, book);
}
