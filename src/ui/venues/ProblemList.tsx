/** Why the venues view cannot go on (the book's or the export's problems), announced as an alert. */
export function ProblemList({ lead, problems, testId }: { lead: string; problems: readonly string[]; testId?: string }) {
  return (
    <div className="venues-problems" role="alert" data-testid={testId}>
      <p>{lead}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
