import Foundation
@testable import Quire
import QuireDocument

/// Running the boilerplate transforms in tests, as the pipeline runs them.
enum Boilerplate {
    struct Result {
        var document: Document
        var warnings: [ConversionWarning]
        var stripped: [StrippedBlock]
        /// The document's text as a reader sees it.
        var text: String { document.blocks.readableText }
        var paragraphs: [String] { text.split(separator: "\n").map(String.init) }
    }

    /// Reads `bytes` with `format` and cleans the tree as `policy` says.
    static func run(
        _ bytes: [UInt8], format: ReaderFormat, name: String = "test", policy: BoilerplateOptions.Policy = .automatic,
        rules: BoilerplateRules = .builtIn
    ) throws -> Result {
        let pipeline = Pipeline(
            reader: format, writer: .json, boilerplate: BoilerplateOptions(policy: policy, rules: rules))
        var warnings: [ConversionWarning] = []
        var stripped: [StrippedBlock] = []
        let input = ReaderInput(bytes: bytes, name: name)
        let document = try pipeline.read([input], warnings: &warnings, stripped: &stripped)
        return Result(document: document, warnings: warnings, stripped: stripped)
    }

    static func html(_ page: String, policy: BoilerplateOptions.Policy = .automatic) throws -> Result {
        try run(Array(page.utf8), format: .html, policy: policy)
    }

    static func markdown(_ text: String, policy: BoilerplateOptions.Policy = .strip, rules: BoilerplateRules = .builtIn)
        throws -> Result
    {
        try run(Array(text.utf8), format: .markdown, policy: policy, rules: rules)
    }

    /// A file under `fixtures/`, read with the reader its extension names.
    static func fixture(_ path: String, policy: BoilerplateOptions.Policy = .automatic) throws -> Result {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent(path)))
        let format = path.hasSuffix(".html") ? ReaderFormat.html : .markdown
        return try run(bytes, format: format, name: path, policy: policy)
    }

    /// The paragraphs of a Markdown fixture's body (after the front matter), as plain lines with
    /// the Markdown emphasis and links a reader does not see taken out.
    static func markdownParagraphs(_ path: String) throws -> [String] {
        let text = String(decoding: try Data(contentsOf: fixturesDirectory.appendingPathComponent(path)), as: UTF8.self)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        return body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("|") && !$0.hasPrefix("-") && !$0.hasPrefix(">") }
    }
}
