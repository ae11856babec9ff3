#ifndef QUIRE_HEAP_H
#define QUIRE_HEAP_H

#include <stddef.h>

/// Lays out the start of the process's heap on transparent huge pages: reserves `bytes` of it
/// (no memory is used until touched), asks the kernel for 2 MB pages there, and has malloc keep
/// serving allocations from it. Call once, first thing in `main`.
void quire_heap_on_huge_pages(size_t bytes);

#endif
