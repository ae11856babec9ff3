// libzip through dlopen: linking it made every quire process load libzip and OpenSSL's libcrypto
// at start, about 1.5 ms of CPU (a fifth of a small conversion), though only EPUB output uses it.
// The declarations still come from libzip's own header, so the compiler checks every signature.

#include "CZipLoader.h"

#include <dlfcn.h>
#include <pthread.h>

static quire_libzip libzip;
static const char *load_failure;
static pthread_once_t libzip_once = PTHREAD_ONCE_INIT;

static void *find(void *library, const char *name) {
    void *function = dlsym(library, name);
    if (!function) load_failure = "the libzip found (libzip.so.4) lacks functions quire needs";
    return function;
}

static void load_libzip(void) {
    void *library = dlopen("libzip.so.4", RTLD_LAZY | RTLD_LOCAL);
    if (!library) {
        load_failure = "EPUB output needs libzip, which could not be loaded (libzip.so.4; Debian package libzip4)";
        return;
    }
    *(void **)&libzip.error_init = find(library, "zip_error_init");
    *(void **)&libzip.error_fini = find(library, "zip_error_fini");
    *(void **)&libzip.error_strerror = find(library, "zip_error_strerror");
    *(void **)&libzip.archive_strerror = find(library, "zip_strerror");
    *(void **)&libzip.source_function_create = find(library, "zip_source_function_create");
    *(void **)&libzip.source_function = find(library, "zip_source_function");
    *(void **)&libzip.source_free = find(library, "zip_source_free");
    *(void **)&libzip.open_from_source = find(library, "zip_open_from_source");
    *(void **)&libzip.file_add = find(library, "zip_file_add");
    *(void **)&libzip.set_file_compression = find(library, "zip_set_file_compression");
    *(void **)&libzip.file_set_dostime = find(library, "zip_file_set_dostime");
    *(void **)&libzip.close = find(library, "zip_close");
    *(void **)&libzip.discard = find(library, "zip_discard");
}

const quire_libzip *quire_libzip_load(const char **failure) {
    pthread_once(&libzip_once, load_libzip);
    *failure = load_failure;
    return load_failure ? NULL : &libzip;
}
