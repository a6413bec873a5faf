import { createContext, useContext } from 'react';
import type { Commands } from '../../state/commands';

export const CommandsContext = createContext<Commands | null>(null);

/** The toolbar's commands (examples, files, links), provided once by main.tsx. */
export function useCommands(): Commands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands outside <CommandsContext.Provider>');
  return commands;
}
