#ifndef QUIRE_UCHARDET_LOADER_H
#define QUIRE_UCHARDET_LOADER_H

#include <stddef.h>

/// Guesses the character set of `length` bytes with uchardet, loaded from libuchardet.so.0 on
/// the first call. Returns 1 with the charset's name (as uchardet spells it, such as
/// "SHIFT_JIS" or "WINDOWS-1251") in `name`, 0 when uchardet has no answer, and -1 when uchardet
/// cannot be loaded.
int quire_detect_charset(const void *_Nonnull bytes, size_t length, char *_Nonnull name, size_t capacity);

#endif
