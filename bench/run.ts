// Every benchmark, one after the other.
await import('./evaluate.bench');
