/// Documents stored gzip-compressed (`page.html.gz`, `notes.md.gz`), as crawls and saved-page
/// archives keep them: `convert` and `batch` read them as the document inside, named by the
/// extension before `.gz`.
public enum CompressedInput {
    /// The most a compressed document may expand to: far beyond any real page, and a bound on
    /// what a small malicious file (a "gzip bomb") can make quire allocate.
    public static let maximumBytes = 1 << 30

    /// Whether the path names a gzip-compressed file by its extension.
    public static func isCompressedName(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz") && innerName(path) != path
    }

    /// The path without its `.gz` extension (`page.html.gz` gives `page.html`).
    public static func innerName(_ path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard fileName.count > 3, fileName.lowercased().hasSuffix(".gz") else { return path }
        return String(path.dropLast(3))
    }

    /// The document inside a `.gz` file's bytes, every member of it joined.
    public static func decompress(_ bytes: [UInt8], file: String) throws(CompressedInputError) -> [UInt8] {
        var source = GzipSource(ArrayByteSource(bytes), name: file)
        var output: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do {
                chunk = try source.nextChunk()
            } catch {
                throw CompressedInputError(file: file, reason: error.description)
            }
            if chunk.isEmpty { return output }
            output += chunk
            guard output.count <= maximumBytes else {
                throw CompressedInputError(file: file, reason: "\(file): expands to more than \(maximumBytes >> 20) MB")
            }
        }
    }
}

/// A `.gz` input that could not be decompressed; `reason` names the file and where it failed.
public struct CompressedInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public var description: String { reason }
}
