import { useApp } from '../../state/app-store';

/** What the loaded book is for (an example says what it teaches), shown as text, not a tooltip. */
export function BookDescription() {
  const description = useApp((s) => s.draft.description?.trim() ?? '');
  if (description === '') return null;
  return (
    <p className="book-description" data-testid="book-description">
      {description}
    </p>
  );
}
