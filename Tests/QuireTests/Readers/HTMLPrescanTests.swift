import Foundation
@testable import Quire
import Testing

/// HTML's encoding prescan against html5lib's 82 cases (`../shared/conformance/html5lib/
/// encoding-prescan.json`), run as a browser's sniffing runs it: a byte-order mark, then the
/// prescan, then Windows-1252. Skipped when the suite is absent, except in CI.
@Suite struct HTMLPrescanTests {
    static let file = fixturesDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/conformance/html5lib/encoding-prescan.json")
    static let isAvailable = FileManager.default.fileExists(atPath: file.path)
    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil

    /// A browser runs the page's script, which writes the `<meta>` from two halves; a prescan
    /// cannot.
    static let needsScript: Set<String> = ["tests1.dat#55"]

    struct Case: Decodable {
        var id: String
        var data: String
        var encoding: String
    }

    static func sniff(_ bytes: [UInt8]) -> String {
        if let (charset, _) = HTMLCharset.byteOrderMark(bytes) { return charset }
        return HTMLPrescan.scan(bytes[...]).encoding ?? "windows-1252"
    }

    @Test(.enabled(if: isAvailable || isCI, "../shared/conformance/html5lib is not here"))
    func html5libEncodingCases() throws {
        try #require(Self.isAvailable, "\(Self.file.path) is missing")
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: Self.file))
        #expect(cases.count == 82)
        var passed = 0
        for testCase in cases {
            // The data is byte-transparent: each code point is one byte.
            let bytes = testCase.data.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            let found = Self.sniff(bytes)
            if found.lowercased() == testCase.encoding.lowercased() {
                passed += 1
            } else {
                #expect(Self.needsScript.contains(testCase.id), "\(testCase.id): \(found), expected \(testCase.encoding)")
            }
        }
        #expect(passed == 82 - Self.needsScript.count)
    }

    @Test func reportsALabelNoEncodingHas() {
        let result = HTMLPrescan.scan(Array("<meta charset=klingon><meta charset=utf-8>".utf8)[...])
        #expect(result == HTMLPrescan.Result(encoding: "UTF-8"))
        let unknown = HTMLPrescan.scan(Array("<meta charset=klingon><p>".utf8)[...])
        #expect(unknown == HTMLPrescan.Result(encoding: nil, unknownLabel: "klingon"))
    }
}
