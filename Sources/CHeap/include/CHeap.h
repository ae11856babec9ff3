#ifndef QUIRE_HEAP_H
#define QUIRE_HEAP_H

#include <stddef.h>

/// Has malloc keep the memory it frees and serve requests below twice `bytes` from the heap,
/// which it grows by `bytes` at once (untouched, so nothing is used yet): every page first
/// touched costs a page fault, so pages once used are reused. Call once, first thing in `main`.
void quire_heap_kept_for_reuse(size_t bytes);

/// Asks the kernel for 2 MB pages over the reserve of `quire_heap_kept_for_reuse`, for the
/// memory not yet touched: far fewer page faults, each costlier. For a long batch or a large
/// document only (see heap.c).
void quire_heap_on_huge_pages(void);

/// Has every thread allocate from the main heap instead of giving each new thread an arena of
/// its own. For a process whose other threads only download (`convert`'s picture fetches): the
/// pictures they receive are most of what they allocate, and freed, their pages serve the
/// writer. Call before those threads start.
void quire_heap_shared_by_threads(void);

#endif
