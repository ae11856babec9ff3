// A conversion allocates tens of megabytes in small pieces (cmark's nodes, the tree, the
// output, a book's pictures), and on these virtual machines each 4 KB page first touched costs
// a page fault of about 2 µs: memory malloc has used once is worth keeping for its next use.
//
// Transparent huge pages map 2 MB per fault. They pay for a large document or a long batch
// (6% less CPU for a 3.5 MB Markdown document), but on these virtual machines each such fault
// costs 1-3 ms with a wide spread, so a short conversion lost more than it saved (15% more CPU
// on average over the served web pages of docs/performance.md). They are asked for only where
// they pay.

#include "CHeap.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

static uintptr_t reserve_start, reserve_end;

void quire_heap_kept_for_reuse(size_t bytes) {
    // Requests below twice the reserve come from the heap rather than from mappings of their
    // own, and freed memory is not returned: a freed picture's pages serve the next one.
    if (!mallopt(M_MMAP_THRESHOLD, (int)(2 * bytes)) || !mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes))) return;
    // Grows the heap once instead of step by step; untouched, the reserve costs nothing.
    void *reserve = malloc(bytes);
    if (!reserve) return;
    reserve_start = (uintptr_t)reserve;
    reserve_end = (uintptr_t)reserve + bytes;
    free(reserve);
}

void quire_heap_on_huge_pages(void) {
    const uintptr_t huge_page = 2u << 20;
    uintptr_t start = (reserve_start + huge_page - 1) & ~(huge_page - 1);
    uintptr_t end = reserve_end & ~(huge_page - 1);
    // Without transparent huge pages in the kernel this fails, and nothing changes.
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
}

void quire_heap_shared_by_threads(void) {
    // Failure leaves malloc as it was: threads get arenas of their own.
    (void)mallopt(M_ARENA_MAX, 1);
}
