// "Import from a venue": paste or drop what the venue's API returned, see what was understood, then
// load it as one undoable edit. Loaded when the toolbar button is first pressed.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { appStore } from '../../state/app-store';
import { loadVenueImport, readVenueExport, type VenueImportOutcome } from '../../state/venue-import';
import { venueEngine } from '../../state/venue-engine';
import { ImportPreview } from './ImportPreview';
import { ProblemList } from './ProblemList';
import './venues.css';

export default function ImportVenueDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<VenueImportOutcome | null>(null);
  const textId = useId();
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const read = async (exportText: string) => {
    setReading(true);
    setOutcome(await readVenueExport(venueEngine(), exportText, new Date()));
    setReading(false);
  };

  const edit = (next: string) => {
    setText(next);
    // What was read belongs to the old text: show nothing rather than a preview of something else.
    setOutcome(null);
  };

  const drop = async (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    const content = await file.text();
    setText(content);
    await read(content);
  };

  return (
    <dialog ref={dialog} className="venues-import" aria-labelledby={titleId} onClose={onClose} data-testid="venue-import-dialog">
      <header className="venues-import__header">
        <h2 id={titleId}>Import from a venue</h2>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <p className="muted">
        Paste what the venue’s API returned, or drop its file below; nothing is fetched. Hyperliquid: the <code>clearinghouseState</code> answer. Binance USDⓈ-M:{' '}
        <code>{'{ "positionRisk", "account" | "balance", "leverageBracket" }'}</code>. Bybit v5: <code>{'{ "positions", "wallet", "riskLimit"? }'}</code>.
      </p>
      <label htmlFor={textId} className="venues-import__label">
        Export (JSON)
      </label>
      <textarea
        id={textId}
        className="venues-import__text"
        value={text}
        spellCheck={false}
        rows={8}
        onChange={(e) => edit(e.target.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => void drop(e)}
        placeholder="Paste the export here, or drop a .json file"
      />
      <div className="venues-import__actions">
        <button type="button" className="button" onClick={() => void read(text)} disabled={reading}>
          {reading ? 'Reading…' : 'Read the export'}
        </button>
      </div>
      {outcome && !outcome.ok ? (
        <ProblemList lead="This export was not read; your portfolio is unchanged." problems={outcome.problems} testId="venue-import-problems" />
      ) : null}
      {outcome?.ok ? (
        <>
          <ImportPreview preview={outcome.preview} />
          <div className="venues-import__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                loadVenueImport(appStore, outcome.preview);
                dialog.current?.close();
              }}
            >
              Load this account
            </button>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
