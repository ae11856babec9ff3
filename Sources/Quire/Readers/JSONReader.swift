import QuireDocument

/// Reads the tree back from its JSON form (`docs/json-format.md`).
public enum JSONReader {
    public static func read(_ input: ReaderInput) throws(JSONReaderError) -> Document {
        var warnings: [ConversionWarning] = []
        return try read(input, warnings: &warnings)
    }

    /// Reads `input`, flattening a tree nested deeper than `Document.maximumDepth` (which only
    /// a hand-made file can be) into the deepest container allowed, with a warning.
    public static func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(JSONReaderError) -> Document {
        var bytes = input.bytes
        // JSON is UTF-8, but a Windows editor may have saved it as UTF-16.
        if let (form, start) = TextDecoding.wideForm(of: bytes) {
            bytes = Array(TextDecoding.decode(bytes[start...], as: form).utf8)
        }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            throw .syntax(file: input.name, error)
        }
        let document: Document
        do {
            document = try Document(json: value)
        } catch {
            throw .notATree(file: input.name, error)
        }
        var flattened = false
        let limited = document.limitingDepth(flattened: &flattened)
        if flattened {
            warnings.append(
                ConversionWarning(
                    file: input.name,
                    message: "nesting deeper than \(Document.maximumDepth) levels was flattened (no text was lost)"))
        }
        return limited
    }
}

public enum JSONReaderError: Error, Sendable, CustomStringConvertible {
    case syntax(file: String, JSONSyntaxError)
    case notATree(file: String, DocumentJSONError)

    public var description: String {
        switch self {
        case .syntax(let file, let error): return "\(file): invalid JSON at \(error)"
        case .notATree(let file, let error): return "\(file): not a quire document: \(error)"
        }
    }
}

extension ReaderFormat {
    public static let json = ReaderFormat(
        name: "json", extensions: ["json"], summary: "quire's document tree as JSON"
    ) { input, _, warnings in try JSONReader.read(input, warnings: &warnings) }
}
