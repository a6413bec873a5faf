/**
 * A list that may run to hundreds (a stress scenario on a 50-asset book moves 50 assets and can
 * liquidate 40 positions): the first `shown` items in the row, the rest behind "and N more", one
 * click away, so the table stays a table and nothing is lost.
 */
/** Whether a list of `count` items folds after `shown`: one more than `shown` reads better whole than as "and 1 more". */
export const listFolds = (count: number, shown: number): boolean => count > shown + 1;

export function ShortList({ items, shown, noun, context }: { items: readonly string[]; shown: number; noun: string; context?: string }) {
  if (!listFolds(items.length, shown)) return <>{items.join(', ')}</>;
  const rest = items.slice(shown);
  return (
    <>
      {items.slice(0, shown).join(', ')},{' '}
      <details className="short-list">
        <summary>
          and {rest.length} more {noun}
          {/* Every row's summary reads alike: a screen reader's list of controls needs the row's name. */}
          {context ? <span className="visually-hidden"> {context}</span> : null}
        </summary>
        {rest.join(', ')}
      </details>
    </>
  );
}
