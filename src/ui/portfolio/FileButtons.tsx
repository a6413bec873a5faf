import { lazy, Suspense, useRef, useState } from 'react';
import { useCommands } from '../common/commands-context';

// The venue import (its dialog, and the importers in the worker) loads on the first press only.
const ImportVenueDialog = lazy(() => import('../venues/ImportVenueDialog'));

/** New, import a file or a venue's export, export a file: portfolios in the JSON file format. */
export function FileButtons() {
  const commands = useCommands();
  const input = useRef<HTMLInputElement>(null);
  const [venueOpen, setVenueOpen] = useState(false);

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
      <button type="button" className="button" onClick={() => setVenueOpen(true)} aria-haspopup="dialog">
        Import from a venue…
      </button>
      {venueOpen ? (
        <Suspense fallback={null}>
          <ImportVenueDialog onClose={() => setVenueOpen(false)} />
        </Suspense>
      ) : null}
      <button type="button" className="button" onClick={exportFile}>
        Export
      </button>
    </>
  );
}
