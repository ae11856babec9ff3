#ifndef QUIRE_CURL_LOADER_H
#define QUIRE_CURL_LOADER_H

#include <stddef.h>

/// What one HTTP(S) transfer gave: the final response, or why there is none.
typedef struct {
    /// 1 when a response arrived (whatever its status); 0 with `error` set otherwise.
    int completed;
    long status;
    /// The reason phrase of the final status line ("Not Found"), possibly empty.
    char *reason;
    char *body;
    size_t body_length;
    /// The final response's Content-Type header, or NULL.
    char *content_type;
    /// Where the last redirect led.
    char *final_url;
    char error[256];
} quire_fetch_result;

/// Fetches `url`, following up to `max_redirects` redirects (HTTP and HTTPS only). Gives up
/// after `idle_seconds` without data or `total_seconds` in all, and when the body would exceed
/// `max_bytes`. libcurl is loaded on first use, so a quire process that never fetches never
/// pays for loading it and its forty dependencies.
void quire_fetch(const char *url, const char *user_agent, long max_redirects, long idle_seconds,
                 long total_seconds, size_t max_bytes, quire_fetch_result *result);

/// Frees what `quire_fetch` allocated in `result`.
void quire_fetch_result_free(quire_fetch_result *result);

#endif
