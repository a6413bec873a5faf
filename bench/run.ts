// Every benchmark, one after the other.
await import('./evaluate.bench');
console.log('');
await import('./montecarlo.bench');
console.log('');
await import('./cascade.bench');
export {};
