// A conversion allocates tens of megabytes in small pieces (cmark's nodes, the tree, the
// output), and with 4 KB pages the kernel's page faults for first touching that memory were a
// quarter of a 350 KB Markdown conversion. Debian's kernels give 2 MB pages only where asked
// (madvise mode); with them, one fault maps what took 512. Measured: 13-16% less CPU on 350 KB
// and 3.5 MB documents, nothing on an empty one (untouched reserve costs nothing), peak memory
// within 1 MB (docs/performance.md).

#include "CHeap.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

void quire_heap_on_huge_pages(size_t bytes) {
    const uintptr_t huge_page = 2u << 20;
    // Requests below twice the reserve come from the heap rather than from mappings of their
    // own, and freed memory is not returned: so malloc keeps using the advised region.
    if (!mallopt(M_MMAP_THRESHOLD, (int)(2 * bytes)) || !mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes))) return;
    void *reserve = malloc(bytes);
    if (!reserve) return;
    uintptr_t start = ((uintptr_t)reserve + huge_page - 1) & ~(huge_page - 1);
    uintptr_t end = ((uintptr_t)reserve + bytes) & ~(huge_page - 1);
    // Without transparent huge pages in the kernel this fails, and nothing changes.
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
    free(reserve);
}

void quire_heap_shared_by_threads(void) {
    // Failure leaves malloc as it was: threads get arenas of their own.
    (void)mallopt(M_ARENA_MAX, 1);
}
