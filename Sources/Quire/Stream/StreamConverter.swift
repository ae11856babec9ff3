import Dispatch
import QuireDocument

/// Converts one stream record into its output line, through the same `Pipeline` as `convert`.
/// Every outcome is a line: a record that cannot be converted gets a failed line saying why.
public struct StreamConverter: Sendable {
    public var pipeline: Pipeline
    /// The largest record content converted (`--max-bytes`).
    public var maximumBytes: Int
    /// Whether lines list the removed blocks with their reasons (`--include-stripped`).
    public var includesStripped: Bool
    /// `--encoding`: the character set of every record's bytes, whatever they declare.
    public var overridingCharset: String?

    public init(pipeline: Pipeline, maximumBytes: Int, includesStripped: Bool = false, overridingCharset: String? = nil) {
        self.pipeline = pipeline
        self.maximumBytes = maximumBytes
        self.includesStripped = includesStripped
        self.overridingCharset = overridingCharset
    }

    /// The record's line, and whether it was converted.
    public func line(for record: StreamRecord) -> (line: [UInt8], isConverted: Bool) {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Int { Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }
        var warnings: [ConversionWarning] = []
        func failed(_ message: String) -> (line: [UInt8], isConverted: Bool) {
            (StreamLine.failed(record.identity, error: message, warnings: record.warnings + warnings.map(\.message), milliseconds: elapsed()), false)
        }
        guard record.byteCount <= maximumBytes else {
            return failed("\(record.byteCount) bytes, more than --max-bytes (\(maximumBytes))")
        }
        var pipeline = self.pipeline
        let input: ReaderInput
        do {
            (pipeline.reader, input) = try readerAndInput(for: record)
        } catch {
            return failed(error.description)
        }
        do {
            var stripped: [StrippedBlock] = []
            var document = try pipeline.combine([pipeline.readDocument(input, warnings: &warnings, stripped: &stripped)])
            if document.metadata.sourceURL == nil, let url = record.identity.url { document.metadata.sourceURL = url }
            for (key, value) in record.metadata { try document.metadata.set(key, to: value) }
            let content: StreamLine.Content
            if pipeline.writer.name == WriterFormat.json.name {
                content = .document(document)
            } else {
                let bytes = try pipeline.writer.write(document, pipeline.options)
                content = pipeline.writer.isBinary ? .binary(bytes) : .text(String(decoding: bytes, as: UTF8.self))
            }
            let line = StreamLine.converted(
                record.identity, metadata: document.metadata, words: document.wordCount, stripped: stripped,
                warnings: record.warnings + warnings.map(\.message), milliseconds: elapsed(), content: content,
                includesStripped: includesStripped)
            return (line, true)
        } catch {
            return failed(String(describing: error))
        }
    }

    /// The reader the record asks for (its `format`, else the text key's, else `-f`'s, else
    /// nil to choose from the content type or the bytes) and the reader's input.
    private func readerAndInput(for record: StreamRecord) throws(StreamRecordError) -> (ReaderFormat?, ReaderInput) {
        let name = record.identity.url ?? record.identity.id ?? record.identity.line.map { "line \($0)" } ?? "record"
        let baseURL = record.identity.url.flatMap { URLFetcher.isURL($0) ? $0 : nil }
        var formatName = record.format
        var input: ReaderInput
        switch record.content {
        case .text(let text, let format):
            formatName = formatName ?? format
            input = ReaderInput(bytes: Array(text.utf8), name: name, baseURL: baseURL, charset: "UTF-8")
        case .bytes(let bytes):
            let parts = record.contentType?.split(separator: ";").map { $0.trimmingSpaces } ?? []
            let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }.map { parameter in
                String(parameter.dropFirst("charset=".count).filter { $0 != "\"" && $0 != "'" })
            }
            input = ReaderInput(
                bytes: bytes, name: name, baseURL: baseURL, charset: charset,
                mediaType: parts.first.flatMap { $0.isEmpty ? nil : $0.lowercased() })
            input.overridingCharset = overridingCharset
        }
        guard let formatName else { return (pipeline.reader, input) }
        guard let format = Formats.reader(named: formatName) else {
            let known = Formats.readers.map(\.name).joined(separator: ", ")
            throw .unknownFormat(formatName, known: known)
        }
        return (format, input)
    }
}

/// Why a record could not be handed to a reader.
public enum StreamRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFormat(String, known: String)

    public var description: String {
        switch self {
        case .unknownFormat(let name, let known): return "unknown format \"\(name)\" (readers: \(known))"
        }
    }
}
