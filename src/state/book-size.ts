// A small book's work after an edit fits in a frame or two, and is done at once: the book goes to
// the worker at the end of the edit's task, and its figures are drawn in the render the report
// arrives in. A larger book's work is split so that no task passes the 50 ms long-task goal: the book
// goes in a task of its own (writing out and cloning 2,000 positions made a keystroke's task pass
// 50 ms), and the table and charts wait for React's deferred render (drawn with the report's own,
// a 2,000-position import took one task of 57–60 ms).

/** The most positions a book may have and still be small. */
const SMALL_BOOK_POSITIONS = 200;

export function isSmallBook(book: { positions: readonly unknown[] }): boolean {
  return book.positions.length <= SMALL_BOOK_POSITIONS;
}
