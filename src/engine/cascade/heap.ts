// A binary max-heap of (key, account) in typed arrays that grow by doubling: the accounts that
// left the sorted list (partly liquidated, or found healthy after a delay) wait here.

export interface Heap {
  keys: Float64Array;
  ids: Int32Array;
  size: number;
}

export function newHeap(capacity = 16): Heap {
  return { keys: new Float64Array(capacity), ids: new Int32Array(capacity), size: 0 };
}

export function copyHeap(h: Heap): Heap {
  return { keys: h.keys.slice(), ids: h.ids.slice(), size: h.size };
}

/** The largest key; −Infinity when empty. */
export function heapTop(h: Heap): number {
  return h.size > 0 ? h.keys[0]! : -Infinity;
}

export function heapPush(h: Heap, key: number, id: number): void {
  if (h.size === h.keys.length) {
    const keys = new Float64Array(h.keys.length * 2), ids = new Int32Array(h.ids.length * 2);
    keys.set(h.keys); ids.set(h.ids);
    h.keys = keys; h.ids = ids;
  }
  let i = h.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (h.keys[parent]! >= key) break;
    h.keys[i] = h.keys[parent]!; h.ids[i] = h.ids[parent]!;
    i = parent;
  }
  h.keys[i] = key; h.ids[i] = id;
}

/** Removes the top and returns its account. Call only when size > 0. */
export function heapPop(h: Heap): number {
  const top = h.ids[0]!;
  const size = --h.size;
  if (size === 0) return top;
  const key = h.keys[size]!, id = h.ids[size]!;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && h.keys[right]! > h.keys[left]! ? right : left;
    if (h.keys[child]! <= key) break;
    h.keys[i] = h.keys[child]!; h.ids[i] = h.ids[child]!;
    i = child;
  }
  h.keys[i] = key; h.ids[i] = id;
  return top;
}
