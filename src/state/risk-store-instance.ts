import { useStore } from 'zustand';
import { appStore } from './app-store';
import { createRiskStore, type RiskState } from './risk-store';
import { createRiskClient } from '../worker/risk-client';

// The risk panel's store, made when the panel's code first loads. The risk worker itself starts
// only with the first run.
const riskStore = createRiskStore({ app: appStore, client: createRiskClient() });

/** Read the risk store with a narrow selector. */
export function useRisk<T>(selector: (state: RiskState) => T): T {
  return useStore(riskStore, selector);
}
