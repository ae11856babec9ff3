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

    /// A fixed seed keeps CI deterministic; remove the trait locally to explore new trees (it
    /// passed 16,000 random trees when last changed).
    @Test(.fixedSeed("Zl47CRPzBZafP7fRBSwc6/+ehDoGdxZEkHZ8UiX3wd8="))
    func randomTreesSurviveWriteThenRead() async {
        await propertyCheck(count: 1500, input: RandomTrees.document) { tree in
            let expected = MarkdownWriter.representable(tree)
            let markdown = MarkdownWriter.render(tree)
            let back = try read(markdown)
            let same = back == expected
            #expect(same, "\(firstDifference(back, expected))\nwhole Markdown:\n\(markdown)")
            let stable = MarkdownWriter.render(back) == markdown
            #expect(stable, "writing what was read changed the Markdown:\n\(markdown)")
            #expect(MarkdownWriter.representable(expected) == expected)
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
