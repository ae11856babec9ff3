import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a document over HTTP(S) for `convert` and `batch`: redirects followed up to a limit,
/// timeouts, a size cap, and the facts a reader needs (final URL, charset, media type).
public struct URLFetcher: Sendable {
    public struct Options: Sendable, Equatable {
        public var maximumRedirects = 10
        /// Seconds without any data before giving up (connecting included).
        public var idleTimeout: Double = 15
        /// Seconds for the whole transfer.
        public var totalTimeout: Double = 60
        public var maximumBytes = 50 * 1024 * 1024
        public var userAgent = "quire/\(quireVersion)"

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
        guard let url = URL(string: address), url.host != nil else {
            throw FetchError(url: address, reason: "not a valid URL")
        }
        var request = URLRequest(url: url)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.idleTimeout
        configuration.timeoutIntervalForResource = options.totalTimeout
        let transfer = Transfer(address: address, options: options)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: request).resume()
        transfer.finished.wait()
        session.finishTasksAndInvalidate()
        return try transfer.result()
    }
}

/// One fetch's delegate: counts redirects, caps the size, and collects the body.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let finished = DispatchSemaphore(value: 0)
    private let address: String
    private let options: URLFetcher.Options
    private let lock = NSLock()
    private var redirects = 0
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: FetchError?

    init(address: String, options: URLFetcher.Options) {
        self.address = address
        self.options = options
    }

    func result() throws(FetchError) -> URLFetcher.Response {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        guard let response else { throw FetchError(url: address, reason: "no response") }
        guard (200..<300).contains(response.statusCode) else {
            let reason = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            throw FetchError(url: address, reason: "HTTP \(response.statusCode) \(reason)")
        }
        let contentType = response.value(forHTTPHeaderField: "Content-Type") ?? ""
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }.map {
            String($0.dropFirst("charset=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return URLFetcher.Response(
            bytes: body, finalURL: response.url?.absoluteString ?? address,
            mediaType: parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }, charset: charset)
    }

    private func fail(_ reason: String, task: URLSessionTask) {
        lock.lock()
        if failure == nil { failure = FetchError(url: address, reason: reason) }
        lock.unlock()
        task.cancel()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        let tooMany = redirects > options.maximumRedirects
        lock.unlock()
        if tooMany {
            // Refusing the redirect ends the task with the 3xx response; cancelling as well
            // would make FoundationNetworking call back twice and trap.
            lock.lock()
            if failure == nil { failure = FetchError(url: address, reason: "more than \(options.maximumRedirects) redirects") }
            lock.unlock()
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        lock.unlock()
        if response.expectedContentLength > Int64(options.maximumBytes) {
            fail("larger than \(options.maximumBytes) bytes", task: dataTask)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(contentsOf: data)
        let tooLarge = body.count > options.maximumBytes
        lock.unlock()
        if tooLarge { fail("larger than \(options.maximumBytes) bytes", task: dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            lock.lock()
            if failure == nil {
                let code = (error as? URLError)?.code
                let reason = code == .timedOut ? "timed out" : error.localizedDescription
                failure = FetchError(url: address, reason: reason)
            }
            lock.unlock()
        }
        finished.signal()
    }
}

public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    public var url: String
    public var reason: String

    public var description: String { "\(url): \(reason)" }
}
