import Foundation
import Testing

/// The repository's `fixtures/` folder, found from this file's path.
let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures")

/// Compares output with a reviewed file in `fixtures/expected/`.
///
/// With `QUIRE_RECORD_GOLDEN=1` the file is (re)written and the test still fails, so nobody can
/// record a golden file without reading it before the next run.
func expectGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = fixturesDirectory.appendingPathComponent("expected").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["QUIRE_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        Issue.record("recorded \(url.path): review it, then run the tests again", sourceLocation: sourceLocation)
        return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing golden file \(url.path) (record it with QUIRE_RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
        return
    }
    #expect(
        Array(expected) == bytes, "output differs from \(name); diff it against a fresh recording",
        sourceLocation: sourceLocation)
}
