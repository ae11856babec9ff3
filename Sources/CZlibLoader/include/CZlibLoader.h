#ifndef QUIRE_ZLIB_LOADER_H
#define QUIRE_ZLIB_LOADER_H

#include <stddef.h>
#include <stdint.h>

/// One zlib inflate stream (gzip, zlib or raw deflate), opaque to Swift.
typedef struct quire_inflater quire_inflater;

/// What one call to `quire_inflate` came to.
typedef enum {
    /// More input is needed, or the output buffer is full: call again.
    QUIRE_INFLATE_MORE = 0,
    /// The compressed stream (one gzip member) ended; `consumed` says where.
    QUIRE_INFLATE_END = 1,
    /// The input is not valid compressed data; the stream cannot go on.
    QUIRE_INFLATE_CORRUPT = -1,
} quire_inflate_status;

/// A new stream for `window_bits` as zlib's `inflateInit2` takes them (31: gzip, 15: zlib,
/// -15: raw deflate), or NULL with `*failure` saying why (zlib missing, no memory).
quire_inflater *_Nullable quire_inflater_new(int window_bits, const char *_Nullable *_Nonnull failure);

/// Inflates from `input` into `output`, setting how many bytes of each were used.
quire_inflate_status quire_inflate(
    quire_inflater *_Nonnull inflater, const uint8_t *_Nullable input, size_t input_length, size_t *_Nonnull consumed,
    uint8_t *_Nonnull output, size_t output_capacity, size_t *_Nonnull produced);

/// Starts a new stream with the same window bits (the next gzip member).
void quire_inflater_reset(quire_inflater *_Nonnull inflater);

void quire_inflater_free(quire_inflater *_Nullable inflater);

#endif
