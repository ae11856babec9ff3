// libcurl through dlopen: linking it (or FoundationNetworking, which links it) made every quire
// process load about forty shared libraries at start, a third of a small conversion's time.
// The few constants used are libcurl's stable ABI values (curl/curl.h), written out so that
// building quire needs no curl headers.

#include "CCurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_WRITEFUNCTION = 20011,
    OPT_USERAGENT = 10018, OPT_LOW_SPEED_LIMIT = 19, OPT_LOW_SPEED_TIME = 20, OPT_HEADERDATA = 10029,
    OPT_FOLLOWLOCATION = 52, OPT_MAXREDIRS = 68, OPT_HEADERFUNCTION = 20079, OPT_NOSIGNAL = 99,
    OPT_ACCEPT_ENCODING = 10102, OPT_MAXFILESIZE_LARGE = 30117, OPT_TIMEOUT_MS = 155,
    OPT_CONNECTTIMEOUT_MS = 156, OPT_PROTOCOLS_STR = 10318, OPT_REDIR_PROTOCOLS_STR = 10319,
};
enum { INFO_EFFECTIVE_URL = 0x100001, INFO_RESPONSE_CODE = 0x200002, INFO_CONTENT_TYPE = 0x100012 };
enum {
    E_OK = 0, E_WRITE_ERROR = 23, E_OPERATION_TIMEDOUT = 28, E_TOO_MANY_REDIRECTS = 47,
    E_FILESIZE_EXCEEDED = 63,
};
enum { GLOBAL_DEFAULT = 3, ERROR_SIZE = 256 };

typedef void CURL;
static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    const char *load_error;
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        curl.load_error = "URLs need libcurl, which could not be loaded (libcurl.so.4; Debian package libcurl4)";
        return;
    }
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo
        || !curl.easy_cleanup || !curl.easy_strerror) {
        curl.load_error = "the libcurl found lacks functions quire needs";
        return;
    }
    // Not thread-safe in old libcurls, hence inside the once.
    curl.global_init(GLOBAL_DEFAULT);
}

typedef struct {
    quire_fetch_result *result;
    size_t capacity;
    size_t max_bytes;
    int too_large;
} transfer;

static size_t receive_body(char *data, size_t size, size_t count, void *context) {
    transfer *state = context;
    quire_fetch_result *result = state->result;
    size_t length = size * count;
    if (result->body_length + length > state->max_bytes) {
        state->too_large = 1;
        return 0;  // makes libcurl stop with a write error
    }
    if (result->body_length + length > state->capacity) {
        size_t capacity = state->capacity ? state->capacity : 65536;
        while (capacity < result->body_length + length) capacity *= 2;
        char *grown = realloc(result->body, capacity);
        if (!grown) return 0;
        result->body = grown;
        state->capacity = capacity;
    }
    memcpy(result->body + result->body_length, data, length);
    result->body_length += length;
    return length;
}

/// Keeps the reason phrase of the latest status line: after redirects, the final response's.
static size_t receive_header(char *data, size_t size, size_t count, void *context) {
    transfer *state = context;
    size_t length = size * count;
    if (length > 5 && strncasecmp(data, "HTTP/", 5) == 0) {
        const char *end = data + length;
        const char *cursor = memchr(data, ' ', length);  // after the version
        if (cursor) cursor = memchr(cursor + 1, ' ', (size_t)(end - cursor - 1));  // after the code
        size_t reason_length = 0;
        if (cursor) {
            cursor++;
            while (cursor + reason_length < end && cursor[reason_length] != '\r' && cursor[reason_length] != '\n')
                reason_length++;
        }
        free(state->result->reason);
        state->result->reason = strndup(cursor ? cursor : "", reason_length);
    }
    return length;
}

void quire_fetch(const char *url, const char *user_agent, long max_redirects, long idle_seconds,
                 long total_seconds, size_t max_bytes, quire_fetch_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&curl_once, load_curl);
    if (curl.load_error) {
        snprintf(result->error, sizeof result->error, "%s", curl.load_error);
        return;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        snprintf(result->error, sizeof result->error, "libcurl could not start a transfer");
        return;
    }
    transfer state = {.result = result, .max_bytes = max_bytes};
    char error_buffer[ERROR_SIZE] = "";
    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_USERAGENT, user_agent);
    curl.easy_setopt(handle, OPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, OPT_REDIR_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, OPT_MAXREDIRS, max_redirects);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, idle_seconds * 1000L);
    curl.easy_setopt(handle, OPT_LOW_SPEED_LIMIT, 1L);
    curl.easy_setopt(handle, OPT_LOW_SPEED_TIME, idle_seconds);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, total_seconds * 1000L);
    curl.easy_setopt(handle, OPT_MAXFILESIZE_LARGE, (long long)max_bytes);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, receive_body);
    curl.easy_setopt(handle, OPT_WRITEDATA, &state);
    curl.easy_setopt(handle, OPT_HEADERFUNCTION, receive_header);
    curl.easy_setopt(handle, OPT_HEADERDATA, &state);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, error_buffer);

    int code = curl.easy_perform(handle);
    if (code == E_OK) {
        char *text = NULL;
        result->completed = 1;
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &result->status);
        if (curl.easy_getinfo(handle, INFO_CONTENT_TYPE, &text) == E_OK && text) result->content_type = strdup(text);
        text = NULL;
        if (curl.easy_getinfo(handle, INFO_EFFECTIVE_URL, &text) == E_OK && text) result->final_url = strdup(text);
    } else if (state.too_large || code == E_FILESIZE_EXCEEDED) {
        snprintf(result->error, sizeof result->error, "larger than %zu bytes", max_bytes);
    } else if (code == E_TOO_MANY_REDIRECTS) {
        snprintf(result->error, sizeof result->error, "more than %ld redirects", max_redirects);
    } else if (code == E_OPERATION_TIMEDOUT) {
        snprintf(result->error, sizeof result->error, "timed out");
    } else {
        snprintf(result->error, sizeof result->error, "%s", error_buffer[0] ? error_buffer : curl.easy_strerror(code));
    }
    curl.easy_cleanup(handle);
}

void quire_fetch_result_free(quire_fetch_result *result) {
    free(result->reason);
    free(result->body);
    free(result->content_type);
    free(result->final_url);
    memset(result, 0, sizeof *result);
}
