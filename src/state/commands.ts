import type { EngineHandle } from '../worker/engine-handle';
import { blankPortfolio } from './defaults';
import { openDocument, parseJsonText } from './documents';
import { loadExample, type FetchJson } from './examples';
import { draftFromJson, draftToJson } from './json-form';
import type { ExampleEntry } from './results-slice';
import { requestHealthGrid, type HealthGridOutcome } from './risk-health-grid';
import { decodeShareHash, shareUrl } from './share-link';
import type { AppStore } from './store';

// What the toolbar does with whole portfolios: open an example, start afresh, import and export
// files, make and open share links. Each replacement is one undoable step; a failure leaves the
// portfolio as it was and tells the user why.

export interface Commands {
  loadExample(entry: ExampleEntry): Promise<void>;
  newPortfolio(): void;
  importFile(fileName: string, text: string): Promise<boolean>;
  /** Open the portfolio in a `#p=…` hash; true if one was opened. */
  openShareHash(hash: string): Promise<boolean>;
  /** The current portfolio as a file. */
  exportFile(): { fileName: string; text: string };
  /** A link that opens the current portfolio. */
  shareLink(currentHref: string): string;
  /** The pool's health factor over two assets' moves, for the risk panel's heatmap. */
  healthGrid(first: string, second: string, moves: number[]): Promise<HealthGridOutcome>;
}

export interface CommandDeps {
  store: AppStore;
  engine: EngineHandle;
  fetchJson: FetchJson;
  now?: () => number;
}

/** A file name from a portfolio name: "BTC basis trade" → "btc-basis-trade.json". */
export function fileNameFor(name: string): string {
  const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${stem || 'portfolio'}.json`;
}

export function createCommands({ store, engine, fetchJson, now = Date.now }: CommandDeps): Commands {
  const notice = store.getState().pushNotice;
  return {
    async loadExample(entry) {
      try {
        const document = await loadExample(fetchJson, entry);
        const previous = store.getState().draft.name;
        store.getState().replacePortfolio(draftFromJson(document));
        store.getState().resetMoves();
        store.getState().dropPreview();
        store.getState().setTopUpRequest(null);
        notice({ tone: 'info', title: `Opened the example “${entry.name}”. Undo brings back “${previous}”.` });
      } catch (error) {
        notice({ tone: 'error', title: `The example “${entry.name}” could not be loaded`, details: [error instanceof Error ? error.message : String(error)] });
      }
    },
    newPortfolio() {
      const previous = store.getState().draft.name;
      store.getState().replacePortfolio(blankPortfolio(new Date(now())));
      store.getState().resetMoves();
      store.getState().dropPreview();
      store.getState().setTopUpRequest(null);
      notice({ tone: 'info', title: `Started a new portfolio. Undo brings back “${previous}”.` });
    },
    async importFile(fileName, text) {
      const parsed = parseJsonText(text);
      const opened = parsed.ok ? await openDocument(engine, parsed.value) : { ok: false as const, problems: [parsed.problem] };
      if (!opened.ok) {
        notice({ tone: 'error', title: `“${fileName}” was not imported; your portfolio is unchanged`, details: opened.problems });
        return false;
      }
      store.getState().replacePortfolio(opened.draft);
      store.getState().resetMoves();
      notice({ tone: 'info', title: `Imported “${opened.draft.name}” from ${fileName}. Undo brings back the previous portfolio.` });
      return true;
    },
    async openShareHash(hash) {
      const decoded = decodeShareHash(hash);
      if (decoded.kind === 'none') return false;
      const opened = decoded.kind === 'ok' ? await openDocument(engine, decoded.portfolio) : { ok: false as const, problems: [decoded.message] };
      if (!opened.ok) {
        notice({ tone: 'error', title: 'This share link could not be opened; your saved portfolio is unchanged', details: opened.problems });
        return false;
      }
      store.getState().replacePortfolio(opened.draft);
      store.getState().resetMoves();
      notice({ tone: 'info', title: `Opened the shared portfolio “${opened.draft.name}”. Undo brings back the one you had.` });
      return true;
    },
    exportFile() {
      const draft = store.getState().draft;
      return { fileName: fileNameFor(draft.name), text: `${JSON.stringify(draftToJson(draft), null, 2)}\n` };
    },
    shareLink: (currentHref) => shareUrl(currentHref, draftToJson(store.getState().draft)),
    healthGrid: (first, second, moves) => requestHealthGrid(store, engine, first, second, moves),
  };
}
