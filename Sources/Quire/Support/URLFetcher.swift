import CCurlLoader
import Glibc

/// Fetches a document over HTTP(S) for `convert` and `batch`: redirects followed up to a limit,
/// timeouts, a size cap, and the facts a reader needs (final URL, charset, media type).
///
/// The transfer is libcurl's, loaded when the first URL is fetched (`CCurlLoader`), not
/// URLSession's: FoundationNetworking links libcurl into every process, and loading it and its
/// dependencies doubled the start-up time of every conversion, URL or not.
public struct URLFetcher: Sendable {
    public struct Options: Sendable, Equatable {
        public var maximumRedirects = 10
        /// Seconds without any data before giving up (connecting included).
        public var idleTimeout: Double = 15
        /// Seconds for the whole transfer.
        public var totalTimeout: Double = 60
        public var maximumBytes = 50 * 1024 * 1024
        public var userAgent = "quire/\(quireVersion)"
        /// Whether connections may reach loopback, private, link-local and other non-public
        /// addresses (`--allow-private-addresses`). Refused by default, so that a page, a
        /// redirect or a list of URLs someone else wrote cannot make quire probe the user's
        /// own network or a cloud machine's metadata service.
        public var allowsPrivateAddresses = false

        public init() {}
    }

    public struct Response: Sendable, Equatable {
        public var bytes: [UInt8]
        /// Where the last redirect led: the base for relative links and the document's source.
        public var finalURL: String
        /// The media type of `Content-Type`, lower-cased, without parameters.
        public var mediaType: String?
        /// The `charset` parameter of `Content-Type`.
        public var charset: String?
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// True for the inputs this fetcher handles.
    public static func isURL(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Blocks the calling thread until the transfer ends.
    public func fetch(_ address: String) throws(FetchError) -> Response {
        guard Self.hasHost(address), !address.contains(where: { $0.isWhitespace }) else {
            throw FetchError(url: address, reason: "not a valid URL")
        }
        var result = quire_fetch_result()
        let body = Body()
        withExtendedLifetime(body) {
            quire_fetch(
                address, options.userAgent, options.maximumRedirects, Self.seconds(options.idleTimeout),
                Self.seconds(options.totalTimeout), options.maximumBytes, options.allowsPrivateAddresses ? 1 : 0,
                Self.addressTreatedAsPublicInTests, Body.take, Unmanaged.passUnretained(body).toOpaque(), &result)
        }
        defer { quire_fetch_result_free(&result) }
        guard result.completed != 0 else {
            let reason = withUnsafeBytes(of: result.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw FetchError(url: address, reason: reason)
        }
        guard (200..<300).contains(result.status) else {
            let phrase = result.reason.map { String(cString: $0) } ?? ""
            throw FetchError(url: address, reason: "HTTP \(result.status)" + (phrase.isEmpty ? "" : " \(phrase)"))
        }
        let contentType = result.content_type.map { String(cString: $0) } ?? ""
        let parts = contentType.split(separator: ";").map { String($0).trimmingSpaces }
        let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }.map { parameter in
            String(parameter.dropFirst("charset=".count).filter { $0 != "\"" && $0 != "'" })
        }
        return Response(
            bytes: body.bytes, finalURL: result.final_url.map { String(cString: $0) } ?? address,
            mediaType: parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }, charset: charset)
    }

    /// A response body as it arrives: straight into the array the response gives (a book's
    /// pictures are most of the memory it touches, and each copy of them costs its page faults).
    private final class Body {
        var bytes: [UInt8] = []

        static let take: quire_fetch_sink = { context, data, length, expectedLength in
            let body = Unmanaged<Body>.fromOpaque(context!).takeUnretainedValue()
            if body.bytes.isEmpty, expectedLength > 0 { body.bytes.reserveCapacity(expectedLength) }
            body.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length))
            return length
        }
    }

    /// Debug builds only: `QUIRE_TEST_PUBLIC_ADDRESS` names one address (`127.0.0.1`) treated
    /// as public, so command tests can serve a "public" article from their loopback server and
    /// check that its redirects and images to other loopback addresses are refused. Release
    /// builds ignore the variable.
    private static var addressTreatedAsPublicInTests: String? {
        #if DEBUG
            return getenv("QUIRE_TEST_PUBLIC_ADDRESS").map { String(cString: $0) }
        #else
            return nil
        #endif
    }

    /// Why a connection to `address` (an IPv4 or IPv6 address in text form) is refused unless
    /// private addresses are allowed ("loopback", "private", "link-local"...), or `nil` for a
    /// public address. The same check guards every socket a fetch opens.
    public static func refusedAddressKind(_ address: String) -> String? {
        var bytes = [UInt8](repeating: 0, count: 16)
        for family in [AF_INET, AF_INET6] where inet_pton(family, address, &bytes) == 1 {
            return quire_refused_address_kind(family, bytes).map { String(cString: $0) }
        }
        return "non-IP"
    }

    /// `http://` or `https://` followed by a host.
    private static func hasHost(_ address: String) -> Bool {
        guard isURL(address), let separator = address.firstRange(of: "://") else { return false }
        return address[separator.upperBound...].first.map { !"/?#".contains($0) } ?? false
    }

    private static func seconds(_ value: Double) -> Int {
        max(1, Int(value.rounded(.up)))
    }
}

public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    public var url: String
    public var reason: String

    public var description: String { "\(url): \(reason)" }
}
