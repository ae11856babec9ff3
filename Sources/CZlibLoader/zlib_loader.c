// zlib through dlopen, as the other libraries: only `quire stream` on gzip input and
// compressed HTTP bodies in WARC records need it, so other conversions never load it.
// The declarations come from zlib's own header, so the compiler checks every signature.

#include "CZlibLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static struct {
    int (*inflate_init)(z_streamp, int, const char *, int);
    int (*inflate)(z_streamp, int);
    int (*inflate_reset)(z_streamp);
    int (*inflate_end)(z_streamp);
} zlib;
static const char *load_failure;
static pthread_once_t zlib_once = PTHREAD_ONCE_INIT;

struct quire_inflater {
    z_stream stream;
};

static void *find(void *library, const char *name) {
    void *function = dlsym(library, name);
    if (!function) load_failure = "the zlib found (libz.so.1) lacks functions quire needs";
    return function;
}

static void load_zlib(void) {
    void *library = dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        load_failure = "compressed input needs zlib, which could not be loaded (libz.so.1; Debian package zlib1g)";
        return;
    }
    *(void **)&zlib.inflate_init = find(library, "inflateInit2_");
    *(void **)&zlib.inflate = find(library, "inflate");
    *(void **)&zlib.inflate_reset = find(library, "inflateReset");
    *(void **)&zlib.inflate_end = find(library, "inflateEnd");
}

quire_inflater *quire_inflater_new(int window_bits, const char **failure) {
    pthread_once(&zlib_once, load_zlib);
    *failure = load_failure;
    if (load_failure) return NULL;
    quire_inflater *inflater = calloc(1, sizeof *inflater);
    if (!inflater) {
        *failure = "out of memory";
        return NULL;
    }
    if (zlib.inflate_init(&inflater->stream, window_bits, ZLIB_VERSION, (int)sizeof(z_stream)) != Z_OK) {
        free(inflater);
        *failure = "zlib could not start a stream";
        return NULL;
    }
    return inflater;
}

quire_inflate_status quire_inflate(
    quire_inflater *inflater, const uint8_t *input, size_t input_length, size_t *consumed, uint8_t *output,
    size_t output_capacity, size_t *produced) {
    z_stream *stream = &inflater->stream;
    // zlib counts in uInt; larger buffers are simply used in part, and the caller calls again.
    uInt in = input_length > UINT32_MAX ? UINT32_MAX : (uInt)input_length;
    uInt out = output_capacity > UINT32_MAX ? UINT32_MAX : (uInt)output_capacity;
    stream->next_in = (Bytef *)input;
    stream->avail_in = input ? in : 0;
    stream->next_out = output;
    stream->avail_out = out;
    int result = zlib.inflate(stream, Z_NO_FLUSH);
    *consumed = (input ? in : 0) - stream->avail_in;
    *produced = out - stream->avail_out;
    switch (result) {
    case Z_STREAM_END: return QUIRE_INFLATE_END;
    case Z_OK: return QUIRE_INFLATE_MORE;
    // No progress possible: more input (or more room) is needed.
    case Z_BUF_ERROR: return QUIRE_INFLATE_MORE;
    default: return QUIRE_INFLATE_CORRUPT;
    }
}

void quire_inflater_reset(quire_inflater *inflater) {
    zlib.inflate_reset(&inflater->stream);
}

void quire_inflater_free(quire_inflater *inflater) {
    if (!inflater) return;
    zlib.inflate_end(&inflater->stream);
    free(inflater);
}
