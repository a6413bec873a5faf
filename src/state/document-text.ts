import type { DraftPortfolio, DraftPosition } from './draft';
import { draftToJson, sharedPositionJson } from './json-form';

// The draft as JSON text, made once per draft and, inside it, once per position. Drafts are never
// changed in place (an edit makes a new draft that shares every position it did not touch), so a
// keystroke in a 2,000-position book writes one position's text again, not the whole book's: what
// the saved entry, the undo history and the engine worker are sent. The text is exactly
// JSON.stringify(draftToJson(draft)) (a property test holds it to that).

const positionTexts = new WeakMap<DraftPosition, string>();
const documentTexts = new WeakMap<DraftPortfolio, string>();

/** Its text has no `}]` before its own end: every value is an empty string. */
const STAND_IN: DraftPosition = { id: '', type: 'perpetual', asset: '', quantity: '' };

function positionText(position: DraftPosition): string {
  let text = positionTexts.get(position);
  if (text === undefined) {
    text = JSON.stringify(sharedPositionJson(position));
    positionTexts.set(position, text);
  }
  return text;
}

/** JSON.stringify(draftToJson(draft)), from cached pieces. */
export function documentText(draft: DraftPortfolio): string {
  let text = documentTexts.get(draft);
  if (text !== undefined) return text;
  if (draft.positions.length === 0) {
    text = JSON.stringify(draftToJson(draft));
  } else {
    // The rest of the document with one blank stand-in position (draftToJson keeps its key order),
    // then the positions' own texts in its place. Inside a JSON string a quote is escaped, and no
    // key before the positions holds a list, so the first bare `"positions":[{` is the document's.
    const rest = JSON.stringify(draftToJson({ ...draft, positions: [STAND_IN] }));
    const at = rest.indexOf('"positions":[{');
    const end = rest.indexOf('}]', at) + 2;
    text = `${rest.slice(0, at)}"positions":[${draft.positions.map(positionText).join(',')}]${rest.slice(end)}`;
  }
  documentTexts.set(draft, text);
  return text;
}
