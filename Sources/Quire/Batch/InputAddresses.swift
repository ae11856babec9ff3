import QuireDocument

/// `batch --base-url` and `--manifest`: the web address each local input was saved from, which
/// its relative links resolve against and which becomes its `source_url`, as `convert
/// --base-url` gives one page's.
public struct InputAddresses: Sendable {
    private let baseURL: String?
    /// Manifest addresses by the input's absolute path (its folder resolved through links).
    private let listed: [String: String]

    /// `baseURL`: each input's relative path is resolved against it, as a link on a page at that
    /// address would be (`https://example.org/docs/` and `guide/index.html` give
    /// `https://example.org/docs/guide/index.html`). `manifest`: JSON lines
    /// `{"path": ..., "url": ...}`, paths relative to the working folder; a listed input's
    /// address wins over the base URL's.
    public init(baseURL: String?, manifest: (text: String, name: String)? = nil) throws(InputAddressesError) {
        self.baseURL = baseURL
        var listed: [String: String] = [:]
        if let manifest {
            var lineNumber = 0
            for line in manifest.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                lineNumber += 1
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                let fault = InputAddressesError(file: manifest.name, line: lineNumber, reason: "")
                guard let value = try? JSONValue(parsing: Array(line.utf8)) else {
                    throw fault.because("not JSON; each line is {\"path\": ..., \"url\": ...}")
                }
                guard case .string(let path)? = value["path"], !path.isEmpty, case .string(let url)? = value["url"] else {
                    throw fault.because("expects an object with the strings \"path\" and \"url\"")
                }
                guard URLResolver.scheme(of: url) != nil else { throw fault.because("not an absolute URL: \(url)") }
                listed[Self.absolutePath(path)] = url
            }
        }
        self.listed = listed
    }

    /// No addresses: each input as it is.
    public static let none = InputAddresses()

    private init() {
        baseURL = nil
        listed = [:]
    }

    /// `input` loaded, with its address as the base URL when it is a local file that has one.
    public func load(_ input: InputWalker.Input, with loader: InputLoader) throws -> ReaderInput {
        var loaded = try loader.load(input.path)
        if !URLFetcher.isURL(input.path), let url = url(for: input) { loaded.baseURL = url }
        return loaded
    }

    /// The address of a local input, or `nil` when neither the manifest nor a base URL gives one.
    public func url(for input: InputWalker.Input) -> String? {
        if !listed.isEmpty, let url = listed[Self.absolutePath(input.path)] { return url }
        guard let baseURL else { return nil }
        return URLResolver(base: baseURL).resolve(Self.percentEncoded(CompressedInput.innerName(input.relativePath)))
    }

    /// The path with its folder resolved, so `./a.html`, `a.html` and `/work/a.html` are one key.
    private static func absolutePath(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let resolved = FileAccess.resolved(folder)
        return (resolved.hasSuffix("/") ? resolved : resolved + "/") + name
    }

    /// A relative path as a URL path: every byte outside RFC 3986's unreserved characters, its
    /// sub-delimiters, `:`, `@` and `/` written `%XX` (a space, `#`, `?`, `%`, non-ASCII letters).
    static func percentEncoded(_ path: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if kept.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A manifest line that gives no address.
public struct InputAddressesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    func because(_ reason: String) -> InputAddressesError {
        InputAddressesError(file: file, line: line, reason: reason)
    }

    public var description: String { "\(file):\(line): \(reason)" }
}
