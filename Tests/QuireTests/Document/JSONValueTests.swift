import QuireDocument
import Testing

@Suite struct JSONValueTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONValue(parsing: Array(text.utf8)) }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2.5e3, true, false, null, "x\u00e9\ud83c\udf0a\n\"/"], "b": {}} "#)
        #expect(
            value
                == .object([
                    ("a", .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .string("xé🌊\n\"/")])),
                    ("b", .object([])),
                ]))
    }

    @Test func keepsKeyOrderAndEscapesOnWrite() {
        let value = JSONValue.object([("z", .string("a\"b\\c\u{7}")), ("a", .array([]))])
        #expect(String(decoding: value.serialized(pretty: false), as: UTF8.self) == #"{"z":"a\"b\\c\u0007","a":[]}"#)
    }

    @Test(arguments: [
        ("", 1, 1, "unexpected end"), ("{\n  \"a\": tru\n}", 2, 8, "invalid literal"), ("[1,]", 1, 4, "unexpected character"),
        ("[01]", 1, 2, "leading zeros"), ("{\"a\" 1}", 1, 6, "expected ':'"), ("\"\\x\"", 1, 2, "invalid escape"),
        ("[1] 2", 1, 5, "after the JSON value"), ("\"\\ud800\"", 1, 8, "unpaired surrogate"), ("\"a\nb\"", 1, 3, "control character"),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int, reason: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func refusesNestingDeeperThanTheLimitWithoutCrashing() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
        let allowed = JSONValue.maximumNesting
        _ = try parse(String(repeating: "[", count: allowed) + String(repeating: "]", count: allowed))
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONValue(parsing: [0xEF, 0xBB, 0xBF] + Array("true".utf8)) == .bool(true))
    }
}
