/// An HTTP/1.x response as a WARC `response` record stores it: status line, headers and the
/// body as it came over the wire (possibly chunked, possibly gzip- or deflate-compressed).
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header fields in order, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body as stored, before any transfer or content coding is undone.
    public var body: [UInt8]

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    /// Parses the response; `nil` when the bytes do not start with an HTTP status line.
    public init?(parsing bytes: [UInt8]) {
        guard let headerEnd = Self.endOfHeaders(bytes) else { return nil }
        let lines = bytes[..<headerEnd.start].split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/") else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]), (100...999).contains(status) else { return nil }
        self.status = status
        headers = []
        for line in lines.dropFirst() where !line.isEmpty {
            // An obsolete folded line continues the previous field.
            if line.first == " " || line.first == "\t", let last = headers.indices.last {
                headers[last].value += " " + line.trimmingSpaces
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]).trimmingSpaces, String(line[line.index(after: colon)...]).trimmingSpaces))
        }
        body = Array(bytes[headerEnd.bodyStart...])
    }

    /// The last value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.last { $0.name.lowercased() == lowered }?.value
    }

    /// Where the blank line after the headers starts, and where the body starts after it
    /// (CRLF CRLF, or bare LF LF as some servers and archivers write).
    private static func endOfHeaders(_ bytes: [UInt8]) -> (start: Int, bodyStart: Int)? {
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            let next = newline + 1
            if next < bytes.count, bytes[next] == 0x0A { return (newline, next + 1) }
            if next + 1 < bytes.count, bytes[next] == 0x0D, bytes[next + 1] == 0x0A { return (newline, next + 2) }
            if next == bytes.count { return (newline, next) }
            index = next
        }
        return nil
    }

    /// The media type of `Content-Type`, lower-cased, and its charset parameter.
    public var contentType: (mediaType: String?, charset: String?) {
        guard let value = header("Content-Type") else { return (nil, nil) }
        let parts = value.split(separator: ";").map { $0.trimmingSpaces }
        let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }.map { parameter in
            String(parameter.dropFirst("charset=".count).filter { $0 != "\"" && $0 != "'" })
        }
        let mediaType = parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        return (mediaType, charset)
    }

    /// The body with its transfer coding (chunked) and content coding (gzip, deflate) undone,
    /// with what was odd about it as warnings.
    public func decodedBody(limit: Int) throws(HTTPBodyError) -> (bytes: [UInt8], warnings: [String]) {
        var bytes = body
        var warnings: [String] = []
        if header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            switch Self.dechunked(body) {
            case .complete(let joined): bytes = joined
            case .truncated(let joined):
                bytes = joined
                warnings.append("the chunked body ends early; converted what arrived")
            case .notChunked:
                // Archivers that undo the chunking often keep the header.
                warnings.append("Transfer-Encoding says chunked but the body is not; read as it is")
            }
        }
        let coding = (header("Content-Encoding") ?? "identity").lowercased()
        switch coding {
        case "identity", "", "none":
            return (bytes, warnings)
        case "gzip", "x-gzip", "deflate":
            let isGzip = coding != "deflate"
            // A body already decompressed by the archiver, with the header left in place.
            if isGzip, !bytes.starts(with: [0x1F, 0x8B]) {
                warnings.append("Content-Encoding says \(coding) but the body is not compressed; read as it is")
                return (bytes, warnings)
            }
            let attempts: [Inflater.Wrapping] = isGzip ? [.gzip] : [.zlib, .raw]
            for wrapping in attempts {
                let outcome: Inflater.Outcome
                do {
                    outcome = try Inflater.decompress(bytes, wrapping, limit: limit)
                } catch {
                    throw .decompressorUnavailable(reason: error.reason)
                }
                switch outcome {
                case .complete(let inflated): return (inflated, warnings)
                case .truncated(let inflated) where !inflated.isEmpty:
                    return (inflated, warnings + ["the \(coding) body ends early; converted what arrived"])
                case .tooLarge: throw .tooLarge(limit: limit)
                case .truncated, .corrupt: continue
                }
            }
            throw .corrupt(coding: coding)
        default:
            throw .unsupportedCoding(coding)
        }
    }

    enum Dechunked: Equatable {
        case complete([UInt8]), truncated([UInt8]), notChunked
    }

    /// The chunks of a chunked body joined (RFC 9112 §7.1); trailers are dropped.
    static func dechunked(_ body: [UInt8]) -> Dechunked {
        var output: [UInt8] = []
        var index = 0
        var chunks = 0
        while index < body.count {
            guard let newline = body[index...].firstIndex(of: 0x0A) else { break }
            let sizeText = String(decoding: body[index..<newline], as: UTF8.self)
                .split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                return chunks == 0 ? .notChunked : .truncated(output)
            }
            if size == 0 { return .complete(output) }
            let start = newline + 1
            let end = start + size
            guard end <= body.count else {
                output += body[start...]
                return .truncated(output)
            }
            output += body[start..<end]
            chunks += 1
            index = end
            // The CRLF after the chunk's data.
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        return chunks == 0 ? .notChunked : .truncated(output)
    }
}

/// Why a response's body could not be decoded.
public enum HTTPBodyError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt(coding: String)
    case unsupportedCoding(String)
    case tooLarge(limit: Int)
    case decompressorUnavailable(reason: String)

    public var description: String {
        switch self {
        case .corrupt(let coding): return "the body is not valid \(coding) data"
        case .unsupportedCoding(let coding): return "the body is compressed with \(coding), which quire cannot decode"
        case .tooLarge(let limit): return "the decompressed body is larger than \(limit) bytes (--max-bytes)"
        case .decompressorUnavailable(let reason): return reason
        }
    }
}
