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
    /// Bytes of the final response's body, all given to the sink.
    size_t body_length;
    /// The final response's Content-Type header, or NULL.
    char *content_type;
    /// Where the last redirect led.
    char *final_url;
    char error[256];
    /// 1 when the transfer stopped because a connection would have reached an address refused
    /// by `quire_refused_address_kind`; `error` then names the address and its kind.
    int refused_address;
} quire_fetch_result;

/// What kind of address a page must not make quire reach ("loopback", "private", "link-local",
/// "unspecified", "shared (CGNAT)", "multicast", "reserved"), or NULL for an ordinary public
/// address. `family` is AF_INET (4 bytes) or AF_INET6 (16 bytes, IPv4-mapped and NAT64 forms
/// judged by their IPv4 address).
const char *quire_refused_address_kind(int family, const unsigned char *bytes);

/// Takes the next `length` bytes of a response body; returns `length` to go on, anything else
/// to stop the transfer. `expected_length` is the body's declared length with its first
/// piece (0 when undeclared or later), so the caller can make room for the whole body at once.
typedef size_t (*quire_fetch_sink)(void *context, const char *data, size_t length, size_t expected_length);

/// Fetches `url`, following up to `max_redirects` redirects (HTTP and HTTPS only). Gives up
/// after `idle_seconds` without data or `total_seconds` in all, and when the body would exceed
/// `max_bytes`. Unless `allow_private_addresses`, every socket libcurl opens (each address it
/// tries, for the first request and for every redirect) is checked with
/// `quire_refused_address_kind` on the address it is about to connect to, and refused before
/// the connection is made; `exempt_address` (NULL for none) names one address, in the text form
/// `inet_ntop` gives, that is treated as public (tests use it for their loopback server).
/// libcurl is loaded on first use, so a quire process that never
/// fetches never pays for loading it and its forty dependencies. The body goes to `sink`, as
/// it arrives, so it is copied once, into memory of the caller's.
void quire_fetch(const char *url, const char *user_agent, long max_redirects, long idle_seconds,
                 long total_seconds, size_t max_bytes, int allow_private_addresses, const char *exempt_address,
                 quire_fetch_sink sink, void *sink_context, quire_fetch_result *result);

/// Frees what `quire_fetch` allocated in `result`.
void quire_fetch_result_free(quire_fetch_result *result);

#endif
