// A conversion allocates tens of megabytes in small pieces (cmark's nodes, the tree, the
// output, a book's pictures), and on these virtual machines each 4 KB page first touched costs
// a page fault of about 2 µs: memory malloc has used once is worth keeping for its next use.
//
// Transparent huge pages over the reserve (`madvise`) were tried and removed: one fault per
// 2 MB, but on this virtual machine each costs 1-3 ms, with a wide spread from run to run
// (docs/performance.md, "Pictures served").

#include "CHeap.h"

#include <malloc.h>
#include <stdlib.h>

void quire_heap_kept_for_reuse(size_t bytes) {
    // Requests below twice the reserve come from the heap rather than from mappings of their
    // own, and freed memory is not returned: a freed picture's pages serve the next one.
    if (!mallopt(M_MMAP_THRESHOLD, (int)(2 * bytes)) || !mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes))) return;
    // Grows the heap once instead of step by step; untouched, the reserve costs nothing.
    free(malloc(bytes));
}

void quire_heap_shared_by_threads(void) {
    // Failure leaves malloc as it was: threads get arenas of their own.
    (void)mallopt(M_ARENA_MAX, 1);
}
