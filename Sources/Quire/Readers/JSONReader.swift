import QuireDocument

/// Reads the tree back from its JSON form (`docs/json-format.md`).
public enum JSONReader {
    public static func read(_ input: ReaderInput) throws(JSONReaderError) -> Document {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: input.bytes)
        } catch {
            throw .syntax(file: input.name, error)
        }
        do {
            return try Document(json: value)
        } catch {
            throw .notATree(file: input.name, error)
        }
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
    ) { input, _, _ in try JSONReader.read(input) }
}
