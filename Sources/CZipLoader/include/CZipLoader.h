#ifndef QUIRE_ZIP_LOADER_H
#define QUIRE_ZIP_LOADER_H

#include <zip.h>

/// The libzip functions the EPUB writer uses, found in libzip.so.4 on first use.
typedef struct {
    void (*_Nonnull error_init)(zip_error_t *_Nonnull);
    void (*_Nonnull error_fini)(zip_error_t *_Nonnull);
    const char *(*_Nonnull error_strerror)(zip_error_t *_Nonnull);
    const char *(*_Nonnull archive_strerror)(zip_t *_Nonnull);
    zip_source_t *_Nullable (*_Nonnull source_function_create)(
        zip_source_callback _Nonnull, void *_Nullable, zip_error_t *_Nullable);
    zip_source_t *_Nullable (*_Nonnull source_function)(zip_t *_Nonnull, zip_source_callback _Nonnull, void *_Nullable);
    void (*_Nonnull source_free)(zip_source_t *_Nullable);
    zip_t *_Nullable (*_Nonnull open_from_source)(zip_source_t *_Nonnull, int, zip_error_t *_Nullable);
    zip_int64_t (*_Nonnull file_add)(zip_t *_Nonnull, const char *_Nonnull, zip_source_t *_Nonnull, zip_flags_t);
    int (*_Nonnull set_file_compression)(zip_t *_Nonnull, zip_uint64_t, zip_int32_t, zip_uint32_t);
    int (*_Nonnull file_set_dostime)(zip_t *_Nonnull, zip_uint64_t, zip_uint16_t, zip_uint16_t, zip_flags_t);
    int (*_Nonnull close)(zip_t *_Nonnull);
    void (*_Nonnull discard)(zip_t *_Nonnull);
} quire_libzip;

/// libzip's functions, or NULL with `*failure` saying why libzip could not be loaded. Loading
/// happens once, on the first call; later calls return the same table.
const quire_libzip *_Nullable quire_libzip_load(const char *_Nullable *_Nonnull failure);

#endif
