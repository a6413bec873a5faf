import { useRef } from 'react';
import { useCommands } from '../common/commands-context';

/** New, import a file, export a file: portfolios in the JSON file format. */
export function FileButtons() {
  const commands = useCommands();
  const input = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const { fileName, text } = commands.exportFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => commands.newPortfolio()}>
        New
      </button>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Import a portfolio file"
        data-testid="import-file"
        tabIndex={-1}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await commands.importFile(file.name, await file.text());
        }}
      />
      <button type="button" className="button" onClick={exportFile}>
        Export
      </button>
    </>
  );
}
