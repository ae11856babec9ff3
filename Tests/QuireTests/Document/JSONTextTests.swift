import Testing
import QuireDocument

/// `JSONText` scans strings for bytes to escape eight at a time; these put each kind of such
/// byte at every position of a word, next to non-ASCII text, and read the output back.
@Suite struct JSONTextTests {
    static let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}"]

    func roundTrip(_ text: String) throws -> String? {
        var sink = JSONText(pretty: false)
        sink.string(text)
        let bytes = sink.finish()
        guard case .string(let read) = try JSONValue(parsing: bytes) else { return nil }
        return read
    }

    @Test(arguments: specials)
    func everyEscapedByteAtEveryPositionReadsBack(special: Character) throws {
        for length in 0..<20 {
            for position in 0...length {
                var text = String(repeating: "a", count: length)
                text.insert(special, at: text.index(text.startIndex, offsetBy: position))
                #expect(try roundTrip(text) == text, "\(length) \(position)")
            }
        }
    }

    @Test func textAroundTheEscapesIsKeptWhole() throws {
        let texts = [
            "", "plain text longer than one word of eight bytes", "é€🌊 \"quoted\" ü\\path\\",
            "ends with a quote\"", "\"starts with one", String(repeating: "\u{7F}\u{80}", count: 9), "~!#$%&'()*+,-./",
        ]
        for text in texts {
            #expect(try roundTrip(text) == text)
        }
    }

    @Test func onlyWhatJSONRequiresIsEscaped() {
        var sink = JSONText(pretty: false)
        sink.string("a\"b\\c\u{01}d/é\u{7F}")
        #expect(String(decoding: sink.finish(), as: UTF8.self) == #""a\"b\\c\u0001d/é\#u{7F}""#)
    }

    /// Deep nesting is indented no further than `deepestIndentation` levels: two spaces a level
    /// made the pretty text of a deep tree hundreds of times its size.
    @Test func indentationStopsGrowingPastItsDeepestLevel() throws {
        let levels = 1_000
        var sink = JSONText(pretty: true)
        for _ in 0..<levels { sink.beginArray() }
        sink.string("deepest")
        for _ in 0..<levels { sink.endArray() }
        let bytes = sink.finish()
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let widest = lines.map { $0.prefix { $0 == " " }.count }.max()
        #expect(widest == JSONText.deepestIndentation * 2)
        #expect(lines[5] == "          [")
        #expect(bytes.count < levels * 2 * (JSONText.deepestIndentation * 2 + 3))
        var value = try JSONValue(parsing: bytes)
        for _ in 0..<levels {
            guard case .array(let values) = value, let only = values.first else { Issue.record("not nested"); return }
            value = only
        }
        #expect(value == .string("deepest"))
    }
}
