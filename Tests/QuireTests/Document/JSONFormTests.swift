import Foundation
import QuireDocument
import Testing

@Suite struct JSONFormTests {
    let document = SampleDocuments.kitchenSink

    @Test func roundTripGivesBackTheIdenticalTree() throws {
        for pretty in [true, false] {
            let bytes = document.json.serialized(pretty: pretty)
            let parsed = try Document(json: JSONValue(parsing: bytes))
            #expect(parsed == document)
        }
    }

    @Test func everyBlockAndInlineKindIsInTheSample() {
        var blockKinds = Set<String>()
        var inlineKinds = Set<String>()
        document.blocks.forEachBlock { if case .string(let type) = $0.json["type"] { blockKinds.insert(type) } }
        document.blocks.forEachInline { if case .string(let type) = $0.json["type"] { inlineKinds.insert(type) } }
        #expect(blockKinds.count == 13)
        #expect(inlineKinds.count == 15)
    }

    @Test func sameTreeGivesSameBytes() {
        let first = document.json.serialized()
        let rebuilt = SampleDocuments.kitchenSink
        #expect(rebuilt.json.serialized() == first)
        #expect(first.last == UInt8(ascii: "\n"))
        #expect(!document.json.serialized(pretty: false).contains(UInt8(ascii: "\n")))
    }

    /// The writer streams the text it serialises; the pieces, whatever their size, are the same
    /// bytes as the value's serialisation and as the whole text.
    @Test(arguments: [1, 7, 100, 1 << 18])
    func streamedPiecesAreTheSameBytes(chunkSize: Int) {
        for pretty in [true, false] {
            var pieces: [[UInt8]] = []
            document.serializeJSON(pretty: pretty, chunkSize: chunkSize) { pieces.append(Array($0)) }
            #expect(pieces.flatMap { $0 } == document.serializedJSON(pretty: pretty))
            #expect(pieces.flatMap { $0 } == document.json.serialized(pretty: pretty))
            if chunkSize < 100 { #expect(pieces.count > 10) }
        }
    }

    @Test func typeComesFirstAndMetadataBeforeBlocks() throws {
        guard case .object(let members) = document.json else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["format", "version", "metadata", "blocks", "resources"])
        guard case .object(let paragraph)? = document.blocks[1].json as JSONValue? else { return }
        #expect(paragraph.first?.key == "type")
    }

    /// The schema is a promise to users' scripts: any change to this file must be deliberate.
    @Test func schemaMatchesTheReviewedGoldenFile() throws {
        try expectGolden(document.json.serialized(), named: "kitchen-sink.json")
    }

    @Test func codableUsesTheSameSchema() throws {
        let encoded = try JSONEncoder().encode(document)
        let decoded = try JSONDecoder().decode(Document.self, from: encoded)
        #expect(decoded == document)
        let viaSchema = try Document(json: JSONValue(parsing: Array(encoded)))
        #expect(viaSchema == document)
        let block = try JSONDecoder().decode(Block.self, from: JSONEncoder().encode(Block.thematicBreak))
        #expect(block == .thematicBreak)
    }

    @Test func schemaErrorsNameThePath() throws {
        let text = #"{"format":"quire-document","version":1,"blocks":[{"type":"paragraph","content":[{"type":"bold"}]}]}"#
        #expect(throws: DocumentJSONError(path: "$.blocks[0].content[0]", reason: "unknown inline type \"bold\"")) {
            try Document(json: JSONValue(parsing: Array(text.utf8)))
        }
    }

    @Test(arguments: [
        (#"{"format":"quire-document","version":3,"blocks":[]}"#, "newer"),
        (#"{"format":"other","version":1,"blocks":[]}"#, "not a quire document"),
        (#"{"format":"quire-document","version":1}"#, "missing \"blocks\""),
        (#"{"format":"quire-document","version":1,"blocks":[{"type":"heading","level":7,"content":[]}]}"#, "level 7"),
        (#"{"format":"quire-document","version":1,"metadata":{"date":"June"},"blocks":[]}"#, "ISO 8601"),
        (#"{"format":"quire-document","version":1,"blocks":[{"type":"table","alignments":["left"],"body":[{"cells":[]}]}]}"#, "columns"),
    ])
    func rejectsTreesItCannotRepresent(text: String, expected: String) {
        do {
            _ = try Document(json: JSONValue(parsing: Array(text.utf8)))
            Issue.record("accepted \(text)")
        } catch {
            #expect(String(describing: error).contains(expected), "\(error)")
        }
    }

    @Test func missingOptionalFieldsTakeTheirDefaults() throws {
        let text = #"{"format":"quire-document","version":1,"blocks":[{"type":"bullet_list","items":[{"content":[]}]}]}"#
        let parsed = try Document(json: JSONValue(parsing: Array(text.utf8)))
        #expect(parsed == Document(blocks: [.bulletList(BulletList(isTight: true, items: [ListItem(content: [])]))]))
    }
}
