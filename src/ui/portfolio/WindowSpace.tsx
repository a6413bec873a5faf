/** The space of a windowed table's rows out of the window (useRowWindow). */
export function WindowSpace({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="window-space" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
