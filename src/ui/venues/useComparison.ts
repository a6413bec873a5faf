import { useEffect, useState } from 'react';
import { useApp } from '../../state/app-store';
import type { DraftPortfolio } from '../../state/draft';
import { draftToJson } from '../../state/json-form';
import { requestComparison, type CompareOutcome } from '../../state/venue-compare';
import { venueEngine } from '../../state/venue-engine';
import { useSettledValue } from '../common/useSettledValue';

interface Answer {
  draft: DraftPortfolio;
  key: string;
  outcome: CompareOutcome;
}

/**
 * The book compared under `names` (every rule set when undefined), asked again once an edit has
 * rested: typing in a cell should not send the whole book through every rule set at each key.
 * `pending` while the answer shown is for an older book or choice.
 */
export function useComparison(names: readonly string[] | undefined): { outcome: CompareOutcome | null; pending: boolean } {
  const draft = useSettledValue(useApp((s) => s.draft), 300);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = names === undefined ? '*' : names.join(',');
  useEffect(() => {
    let current = true;
    const chosen = key === '*' ? undefined : key === '' ? [] : key.split(',');
    void requestComparison(venueEngine(), draftToJson(draft), chosen).then((outcome) => {
      // A newer request answers for itself (the engine's channel drops this one's answer too).
      if (current && outcome.status !== 'stale') setAnswer({ draft, key, outcome });
    });
    return () => {
      current = false;
    };
  }, [draft, key]);
  return { outcome: answer?.outcome ?? null, pending: answer === null || answer.draft !== draft || answer.key !== key };
}
