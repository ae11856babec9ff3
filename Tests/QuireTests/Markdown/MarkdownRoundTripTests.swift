import Foundation
import PropertyBased
import Quire
import QuireDocument
import Testing

/// The Markdown invariant: reading what the writer wrote gives back the tree, apart from the
/// normalisations `MarkdownWriter.representable` makes (docs/markdown.md).
@Suite struct MarkdownRoundTripTests {
    func read(_ markdown: String) throws -> Document {
        var warnings: [ConversionWarning] = []
        return try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "test.md"), warnings: &warnings)
    }

    /// Deterministic so CI never flakes: the seed is fixed unless `QUIRE_PROPERTY_SEED` gives
    /// another number, which is how to explore new trees locally (16,000 passed when last changed).
    @Test func randomTreesSurviveWriteThenRead() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["QUIRE_PROPERTY_SEED"] ?? "") ?? 20_261_125
        var generator = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 7, 11))
        for _ in 0..<1500 {
            let tree = RandomTrees.document.run(using: &generator)
            let expected = MarkdownWriter.representable(tree)
            let markdown = MarkdownWriter.render(tree)
            let back = try read(markdown)
            guard back == expected, MarkdownWriter.render(back) == markdown,
                MarkdownWriter.representable(expected) == expected
            else {
                Issue.record("\(firstDifference(back, expected))\nwhole Markdown:\n\(markdown)")
                return
            }
        }
    }

    /// Where the trees first differ, as a JSON path with both values, and the Markdown written
    /// for the top-level block that holds the difference.
    func firstDifference(_ back: Document, _ expected: Document) -> String {
        if back.metadata != expected.metadata {
            return "metadata:\n\(text(back.metadata.json))\nexpected:\n\(text(expected.metadata.json))"
        }
        let index = zip(back.blocks, expected.blocks).enumerated().first { $1.0 != $1.1 }?.offset ?? min(back.blocks.count, expected.blocks.count)
        guard index < back.blocks.count, index < expected.blocks.count else { return "block counts differ" }
        let (path, got, wanted) = deepestDifference(back.blocks[index].json, expected.blocks[index].json, path: "blocks[\(index)]")
        let markdown = MarkdownWriter.render(Document(blocks: [expected.blocks[index]]))
        return "at \(path):\n  read back: \(text(got))\n  expected:  \(text(wanted))\nwritten as:\n\(markdown)"
    }

    func deepestDifference(_ a: JSONValue, _ b: JSONValue, path: String) -> (String, JSONValue, JSONValue) {
        switch (a, b) {
        case (.array(let left), .array(let right)) where left.count == right.count:
            if let index = zip(left, right).enumerated().first(where: { $1.0 != $1.1 })?.offset {
                return deepestDifference(left[index], right[index], path: "\(path)[\(index)]")
            }
        case (.object(let left), .object(let right)) where left.map(\.key) == right.map(\.key):
            if let index = zip(left, right).enumerated().first(where: { $1.0.value != $1.1.value })?.offset {
                let (childPath, got, wanted) = deepestDifference(left[index].value, right[index].value, path: "\(path).\(left[index].key)")
                // Report whole nodes: a bare string or array says too little.
                if case .object = got { return (childPath, got, wanted) }
                return (path, a, b)
            }
        default: break
        }
        return (path, a, b)
    }

    func text(_ value: JSONValue) -> String { String(decoding: value.serialized(pretty: false), as: UTF8.self) }
}
