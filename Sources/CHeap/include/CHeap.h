#ifndef QUIRE_HEAP_H
#define QUIRE_HEAP_H

#include <stddef.h>

/// Lays out the start of the process's heap on transparent huge pages: reserves `bytes` of it
/// (no memory is used until touched), asks the kernel for 2 MB pages there, and has malloc keep
/// serving allocations from it. Call once, first thing in `main`.
void quire_heap_on_huge_pages(size_t bytes);

/// Has every thread allocate from the main heap, the one on huge pages, instead of giving each
/// new thread an arena of its own on 4 KB pages. For a process whose other threads only
/// download (`convert`'s picture fetches): the pictures they receive are most of what they
/// allocate, and each 4 KB page of them cost a page fault. Call before those threads start.
void quire_heap_shared_by_threads(void);

#endif
