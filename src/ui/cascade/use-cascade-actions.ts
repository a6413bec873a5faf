import { useShallow } from 'zustand/react/shallow';
import type { CascadeState } from '../../state/cascade-store';
import { useCascade } from '../../state/cascade-store-instance';

type ActionName = { [K in keyof CascadeState]: CascadeState[K] extends (...args: never[]) => unknown ? K : never }[keyof CascadeState];

/**
 * The cascade store's actions a component calls, read in one subscription: actions never change,
 * so useShallow keeps the same object and the component never re-renders for them.
 */
export function useCascadeActions<K extends ActionName>(...names: K[]): Pick<CascadeState, K> {
  return useCascade(useShallow((s) => Object.fromEntries(names.map((name) => [name, s[name]])) as Pick<CascadeState, K>));
}
