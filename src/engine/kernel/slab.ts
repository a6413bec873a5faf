// The kernel's buffers, cut from shared slabs. V8 keeps a typed array of up to 64 bytes (8 doubles)
// on its heap; a larger one gets a backing store of its own, which takes ~0.6 µs to make: ten
// times a view on a buffer that exists. An evaluation makes a few hundred (rows, scratch copies of
// a pool, tables, gathered positions), so they are views on 128 KB slabs: a 50-asset book's pool
// (52 rows of 14 fields) is past an eighth of a 32 KB one, and every scan's copy of it got a
// backing store of its own. A view keeps its slab alive; no part of a slab is handed out twice, so
// every buffer starts at zero. Buffers that leave the engine (posted to the page, whose clone
// would copy the whole slab) are not cut from here.

const SLAB = 16384;
let slab = new Float64Array(SLAB);
let used = 0;

/** A zeroed Float64Array of n doubles. */
export function doubles(n: number): Float64Array {
  // Up to 8 doubles V8 allocates on its heap, quicker than a view; past an eighth of a slab, a
  // buffer of its own wastes no slab.
  if (n <= 8 || n > SLAB / 8) return new Float64Array(n);
  if (used + n > SLAB) {
    slab = new Float64Array(SLAB);
    used = 0;
  }
  const out = slab.subarray(used, used + n);
  used += n;
  return out;
}

/** A copy of `source` in a new buffer. */
export function copyOf(source: ArrayLike<number>): Float64Array {
  const out = doubles(source.length);
  out.set(source);
  return out;
}
