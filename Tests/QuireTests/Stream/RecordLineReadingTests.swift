import QuireDocument
import Testing

@testable import Quire

/// The quick readers of a JSON line's record (`JSONLineScanner`, `Base64.decodePage`) give what
/// the general ones (`JSONValue(parsing:)`, `Base64.decode`) give, or hand the line back to them.
@Suite struct RecordLineReadingTests {
    /// The scanner's members, or nil when it hands the line to the general parser.
    func scanned(_ line: [UInt8]) -> [(key: String, value: JSONValue)]? {
        line.withUnsafeBufferPointer(JSONLineScanner.members(of:))
    }

    func generalMembers(_ line: [UInt8]) -> [(key: String, value: JSONValue)]? {
        guard case .object(let members)? = try? JSONValue(parsing: line) else { return nil }
        return members
    }

    /// Lines shaped like records, each read by the scanner itself (never handed back).
    static let records: [String] = [
        #"{"id":"a","url":"https://example.com/a","html":"<p>Hi</p>","crawl":{"n":1}}"#,
        ##"{"id":2,"markdown":"# M","metadata":{"title":"T","authors":["X","Y"]},"deep":[[1,[2,{"x":[]}]],-3.5e+2]}"##,
        #"  { "id" : "spaced" ,\#t"text" : "plain" , "format":"text", "n": null, "t": true, "f": false }  "#,
        #"{"id":"esc","html":"<a href=\"x\">line\none\ttab \\ back \/ slash \u00e9 \u20ac \ud83d\ude00 \b\f\r</a>"}"#,
        "{\"id\":\"utf8\",\"text\":\"été, 日本語, 😀 — long enough to cross eight-byte words\"}",
        #"{"id":"quote-at-word-end","text":"1234567\"89abcdef\\"}"#,
        #"{"id":"escaped-key\u0041","k\"ey":"v","":""}"#,
        #"{}"#,
        #"{"id":"a","id":"b","html":"duplicate keys kept in order"}"#,
        #"{"id":"x","meta":{"s":"a \"quoted\" } ] , string"},"after":1}"#,
    ]

    @Test func recordLinesGiveTheGeneralParsersMembers() throws {
        for line in Self.records {
            let bytes = Array(line.utf8)
            let general = try #require(generalMembers(bytes), "\(line)")
            let quick = try #require(scanned(bytes), "the scanner handed back \(line)")
            #expect(quick.map(\.key) == general.map(\.key), "\(line)")
            #expect(quick.map(\.value) == general.map(\.value), "\(line)")
        }
    }

    /// Lines the general parser rejects, or that the scanner leaves to it; never different members.
    static let unusual: [String] = [
        "not json", "[1,2]", #""a string""#, "{", #"{"a":}"#, #"{"a" 1}"#, #"{"a":1,}"#, #"{"a":1}x"#, #"{"a":"unterminated}"#,
        #"{"a":"bad \x escape"}"#, #"{"a":"\ud83d alone"}"#, #"{"a":"\udc00 low"}"#, #"{"a":"\u12"}"#, "{\"a\":\"tab\there\"}",
        #"{"a":01}"#, #"{"a":1 2}"#, #"{"a":[1,}"#, #"{"a":tru}"#, #"{"a":{"b":"c"}"#, "\u{FEFF}{\"a\":1}", "{\"a\":\u{FEFF}1}",
        #"{"a":1"b":2}"#, #"{"a":[1]]}"#, #"{"a":"x"  "b"}"#,
        "{\"a\":" + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
    ]

    @Test func unusualLinesAreHandedBackOrReadAlike() {
        var lines = Self.unusual.map { Array($0.utf8) }
        lines.append([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D])  // invalid UTF-8 in a string
        lines.append([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])  // ... and in a key
        for line in lines {
            let general = generalMembers(line)
            guard let quick = scanned(line) else { continue }
            let label = String(decoding: line, as: UTF8.self)
            #expect(general != nil, "the scanner took a line the general parser rejects: \(label)")
            #expect(quick.map(\.key) == general?.map(\.key), "\(label)")
            #expect(quick.map(\.value) == general?.map(\.value), "\(label)")
        }
        #expect(scanned(Array(#"{"a":"\u12"}"#.utf8)) == nil)
        #expect(scanned(Array("{\"a\":\"tab\there\"}".utf8)) == nil)
        #expect(scanned([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]) == nil)
    }

    /// Every line of the record tests with one byte changed, at every position: whatever the
    /// scanner takes, it reads as the general parser does.
    @Test func mutatedLinesNeverReadDifferently() {
        var taken = 0
        for line in Self.records.prefix(6) {
            let bytes = Array(line.utf8)
            for position in bytes.indices {
                for replacement: UInt8 in [0x22, 0x5C, 0x7D, 0x2C, 0x0A, 0x20, 0x61, 0x80] {
                    var mutated = bytes
                    mutated[position] = replacement
                    guard let quick = scanned(mutated) else { continue }
                    taken += 1
                    let general = generalMembers(mutated)
                    let label = String(decoding: mutated, as: UTF8.self)
                    #expect(quick.map(\.key) == general?.map(\.key), "\(label)")
                    #expect(quick.map(\.value) == general?.map(\.value), "\(label)")
                }
            }
        }
        #expect(taken > 100)
    }

    @Test func longStringsWithEscapesEverywhereRoundTrip() throws {
        var text = ""
        for index in 0..<3000 { text += index % 97 == 0 ? "\"\\\n\u{1}é" : String(UnicodeScalar(UInt8(32 + index % 90))) }
        let line = JSONValue.object([("id", .string("long")), ("html", .string(text))]).serialized(pretty: false)
        let quick = try #require(scanned(line))
        #expect(quick.first { $0.key == "html" }?.value == .string(text))
    }

    @Test func pageBase64DecodesAsTheGeneralDecoder() {
        var texts = ["", "AA==", "AAA=", "AAAA", "/+9z", "aGVsbG8=", "aGVsbG8h", "aGVsbA==", "w6k8L3A+"]
        // Padding and stray characters in every place, and lengths that are not whole groups.
        texts += ["A===", "====", "AA=A", "A=AA", "=AAA", "AA==AAAA", "AAA", "AAAAA", "AA AA", "AAA\n", "AAAé", "AAA-", "AAA_"]
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ $0 >> 3) }
        for length in [1, 2, 3, 4, 5, 299, 1000] { texts.append(Base64.encode(Array(bytes.prefix(length)))) }
        for text in texts {
            #expect(Base64.decodePage(text) == Base64.decode(text), "\(text)")
        }
        #expect(Base64.decodePage(Base64.encode(bytes)) == bytes)
        #expect(Base64.decodePage("AA=A") == nil && Base64.decodePage("AAA") == nil)
    }

    /// Every length up to five groups of eight characters (the pair loop, the group after it,
    /// the last group), and one stray character at every place of a longer text.
    @Test func pageBase64DecodesEveryLengthAndPlaceAsTheGeneralDecoder() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        for length in 0...60 {
            let text = Base64.encode(Array(bytes.prefix(length)))
            #expect(Base64.decodePage(text) == Array(bytes.prefix(length)), "\(length) bytes")
        }
        let text = Array(Base64.encode(Array(bytes.prefix(37))).utf8)
        for place in text.indices {
            for stray in ["=", "!", "\\", "\"", " ", "\u{7F}", "é"] {
                var changed = text
                changed.replaceSubrange(place...place, with: Array(stray.utf8))
                let changedText = String(decoding: changed, as: UTF8.self)
                #expect(Base64.decodePage(changedText) == Base64.decode(changedText), "\(changedText)")
            }
        }
    }

    func recordScan(_ line: String) -> (members: [(key: String, value: JSONValue)], decodedBase64: [UInt8]?)? {
        Array(line.utf8).withUnsafeBufferPointer { JSONLineScanner.record(of: $0, base64Key: "body_base64") }
    }

    /// A record's `body_base64` decoded where it stands gives the bytes its string gives; one
    /// with escapes, or not base64, or not a string, stays a member for the general path, and
    /// a line with the key twice goes to the general parser.
    @Test func recordBase64IsDecodedInTheLineOrLeftToItsString() throws {
        let body = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let encoded = Base64.encode(body)
        #expect(encoded.contains("/"))
        let plain = try #require(recordScan(#"{"id":"a","body_base64":"\#(encoded)","k":[1]}"#))
        #expect(plain.decodedBase64 == body)
        #expect(plain.members.map(\.key) == ["id", "k"])
        let escaped = #"{"id":"a","body_base64":"\#(encoded.split(separator: "/", omittingEmptySubsequences: false).joined(separator: #"\/"#))"}"#
        let unescaped = try #require(recordScan(escaped))
        #expect(unescaped.decodedBase64 == nil)
        #expect(unescaped.members.map(\.value) == generalMembers(Array(escaped.utf8))?.map(\.value))
        for line in [#"{"body_base64":"not base64!"}"#, #"{"body_base64":12}"#, #"{"body_base64":"QUJ\u0044"}"#] {
            let scanned = try #require(recordScan(line), "\(line)")
            #expect(scanned.decodedBase64 == nil, "\(line)")
            #expect(scanned.members.map(\.value) == generalMembers(Array(line.utf8))?.map(\.value), "\(line)")
        }
        #expect(recordScan(#"{"body_base64":"QUJD","body_base64":"REVG"}"#) == nil)

        // Through the reader: the same record, decoded in the line or from its string.
        let identity = StreamRecordIdentity(line: 1, file: nil)
        for line in [#"{"id":"a","body_base64":"\#(encoded)"}"#, escaped] {
            guard case .record(let record) = NDJSONRecordReader.item(fromLine: ArraySlice(line.utf8), identity: identity) else {
                Issue.record("no record from \(line)")
                continue
            }
            #expect(record.content == .bytes(body))
        }
        guard case .failure(_, let message) = NDJSONRecordReader.item(
            fromLine: ArraySlice(#"{"body_base64":"QUJD!"}"#.utf8), identity: identity)
        else {
            Issue.record("bad base64 made a record")
            return
        }
        #expect(message.contains("is not base64"))
    }
}
