import { createContext } from 'react';

/** Which row's details are open, for the disclosure button in each instrument cell. */
export interface DetailsState {
  open: string | null;
  toggle: (rowId: string) => void;
  /** The id of the details row, for aria-controls. */
  detailsId: string;
}

export const DetailsContext = createContext<DetailsState>({ open: null, toggle: () => undefined, detailsId: '' });
