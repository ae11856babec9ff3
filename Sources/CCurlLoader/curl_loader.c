// libcurl through dlopen: linking it (or FoundationNetworking, which links it) made every quire
// process load about forty shared libraries at start, a third of a small conversion's time.
// The few constants used are libcurl's stable ABI values (curl/curl.h), written out so that
// building quire needs no curl headers.

#include "CCurlLoader.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_WRITEFUNCTION = 20011,
    OPT_USERAGENT = 10018, OPT_LOW_SPEED_LIMIT = 19, OPT_LOW_SPEED_TIME = 20, OPT_HEADERDATA = 10029,
    OPT_FOLLOWLOCATION = 52, OPT_MAXREDIRS = 68, OPT_HEADERFUNCTION = 20079, OPT_NOSIGNAL = 99,
    OPT_ACCEPT_ENCODING = 10102, OPT_MAXFILESIZE_LARGE = 30117, OPT_TIMEOUT_MS = 155,
    OPT_CONNECTTIMEOUT_MS = 156, OPT_PROTOCOLS_STR = 10318, OPT_REDIR_PROTOCOLS_STR = 10319,
    OPT_OPENSOCKETFUNCTION = 20163, OPT_OPENSOCKETDATA = 10164,
};
enum {
    INFO_EFFECTIVE_URL = 0x100001, INFO_RESPONSE_CODE = 0x200002, INFO_CONTENT_TYPE = 0x100012,
    INFO_CONTENT_LENGTH_DOWNLOAD_T = 0x60000F,
};
enum {
    E_OK = 0, E_COULDNT_CONNECT = 7, E_WRITE_ERROR = 23, E_OPERATION_TIMEDOUT = 28, E_TOO_MANY_REDIRECTS = 47,
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
    void *library = dlopen("libcurl.so.4", RTLD_LAZY | RTLD_LOCAL);
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
    CURL *handle;
    quire_fetch_result *result;
    quire_fetch_sink sink;
    void *sink_context;
    size_t max_bytes;
    int too_large;
    int allow_private_addresses;
    const char *exempt_address;
    /// The first address refused, with its kind, for the error message.
    char refused[96];
} transfer;

/// libcurl's `struct curl_sockaddr`: the address a socket is opened for (curl/curl.h).
typedef struct {
    int family;
    int socktype;
    int protocol;
    unsigned int addrlen;
    struct sockaddr addr;
} curl_socket_address;

static const char *refused_ipv4_kind(const unsigned char *a) {
    if (a[0] == 127) return "loopback";
    if (a[0] == 0) return "unspecified";
    if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xF0) == 16) || (a[0] == 192 && a[1] == 168)) return "private";
    if (a[0] == 169 && a[1] == 254) return "link-local";
    if (a[0] == 100 && (a[1] & 0xC0) == 64) return "shared (CGNAT)";
    if ((a[0] & 0xF0) == 224) return "multicast";
    if ((a[0] & 0xF0) == 240) return "reserved";
    if (a[0] == 192 && a[1] == 0 && a[2] == 0) return "reserved";
    if (a[0] == 198 && (a[1] & 0xFE) == 18) return "reserved";
    return NULL;
}

const char *quire_refused_address_kind(int family, const unsigned char *bytes) {
    if (family == AF_INET) return refused_ipv4_kind(bytes);
    if (family != AF_INET6) return "non-IP";
    static const unsigned char zeros[16] = {0};
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    static const unsigned char nat64[12] = {0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0};
    if (memcmp(bytes, zeros, 15) == 0) return bytes[15] == 1 ? "loopback" : bytes[15] == 0 ? "unspecified" : "reserved";
    // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d)
    // addresses reach the IPv4 address they carry.
    if (memcmp(bytes, mapped, 12) == 0 || memcmp(bytes, zeros, 12) == 0 || memcmp(bytes, nat64, 12) == 0)
        return refused_ipv4_kind(bytes + 12);
    // 6to4 (2002:a.b.c.d::/48) leads to the IPv4 address in its second and third groups.
    if (bytes[0] == 0x20 && bytes[1] == 0x02 && refused_ipv4_kind(bytes + 2)) return refused_ipv4_kind(bytes + 2);
    if ((bytes[0] & 0xFE) == 0xFC) return "private";
    if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80) return "link-local";
    if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0xC0) return "private";
    if (bytes[0] == 0xFF) return "multicast";
    return NULL;
}

/// Every connection libcurl makes, for the first request and every redirect, opens its socket
/// here, with the address it is about to connect to: the address checked is the address used,
/// so a name that resolves differently on a second lookup (DNS rebinding) cannot slip through.
static int open_checked_socket(void *context, int purpose, curl_socket_address *address) {
    (void)purpose;
    transfer *state = context;
    if (!state->allow_private_addresses) {
        const unsigned char *bytes = NULL;
        if (address->family == AF_INET && address->addrlen >= sizeof(struct sockaddr_in))
            bytes = (const unsigned char *)&((struct sockaddr_in *)&address->addr)->sin_addr;
        if (address->family == AF_INET6 && address->addrlen >= sizeof(struct sockaddr_in6))
            bytes = (const unsigned char *)&((struct sockaddr_in6 *)&address->addr)->sin6_addr;
        const char *kind = bytes ? quire_refused_address_kind(address->family, bytes) : "non-IP";
        char text[INET6_ADDRSTRLEN] = "?";
        if (bytes) inet_ntop(address->family, bytes, text, sizeof text);
        if (kind && !(state->exempt_address && strcmp(text, state->exempt_address) == 0)) {
            if (!state->refused[0]) {
                int vowel = strchr("aeiou", kind[0]) != NULL;
                snprintf(state->refused, sizeof state->refused, "%s is a%s %s address", text, vowel ? "n" : "", kind);
            }
            return -1;  // CURL_SOCKET_BAD: libcurl tries the next address or fails to connect
        }
    }
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

static size_t receive_body(char *data, size_t size, size_t count, void *context) {
    transfer *state = context;
    quire_fetch_result *result = state->result;
    size_t length = size * count;
    if (result->body_length + length > state->max_bytes) {
        state->too_large = 1;
        return 0;  // makes libcurl stop with a write error
    }
    size_t expected = 0;
    long long declared = -1;
    if (result->body_length == 0 && curl.easy_getinfo(state->handle, INFO_CONTENT_LENGTH_DOWNLOAD_T, &declared) == E_OK
        && declared > 0 && (unsigned long long)declared <= state->max_bytes)
        expected = (size_t)declared;
    if (state->sink(state->sink_context, data, length, expected) != length) return 0;
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
                 long total_seconds, size_t max_bytes, int allow_private_addresses, const char *exempt_address,
                 quire_fetch_sink sink, void *sink_context, quire_fetch_result *result) {
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
    transfer state = {.handle = handle, .result = result, .sink = sink, .sink_context = sink_context, .max_bytes = max_bytes,
                      .allow_private_addresses = allow_private_addresses, .exempt_address = exempt_address};
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
    curl.easy_setopt(handle, OPT_OPENSOCKETFUNCTION, open_checked_socket);
    curl.easy_setopt(handle, OPT_OPENSOCKETDATA, &state);

    int code = curl.easy_perform(handle);
    if (code == E_OK) {
        char *text = NULL;
        result->completed = 1;
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &result->status);
        if (curl.easy_getinfo(handle, INFO_CONTENT_TYPE, &text) == E_OK && text) result->content_type = strdup(text);
        text = NULL;
        if (curl.easy_getinfo(handle, INFO_EFFECTIVE_URL, &text) == E_OK && text) result->final_url = strdup(text);
    } else if (code == E_COULDNT_CONNECT && state.refused[0]) {
        // The hop that was refused: the URL itself, or where a redirect led.
        char *hop = NULL;
        if (curl.easy_getinfo(handle, INFO_EFFECTIVE_URL, &hop) != E_OK || !hop || strcmp(hop, url) == 0) hop = NULL;
        result->refused_address = 1;
        snprintf(result->error, sizeof result->error, "refused%s%s: %s (--allow-private-addresses allows it)",
                 hop ? " the redirect to " : "", hop ? hop : "", state.refused);
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
    free(result->content_type);
    free(result->final_url);
    memset(result, 0, sizeof *result);
}
