import Foundation
import Testing

/// The repository's `fixtures/expected/` folder, found from this file's path.
let commandGoldenDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/expected")

/// Compares what a command printed with a reviewed file in `fixtures/expected/`, as the library
/// tests' `expectGolden` does: `QUIRE_RECORD_GOLDEN=1` rewrites the file and fails, so a person
/// reads it before the next run passes.
func expectCommandGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = commandGoldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["QUIRE_RECORD_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: url)
        Issue.record("recorded \(url.path): review it, then run the tests again", sourceLocation: sourceLocation)
        return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing golden file \(url.path) (record it with QUIRE_RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
        return
    }
    #expect(String(decoding: expected, as: UTF8.self) == text, "output differs from \(name)", sourceLocation: sourceLocation)
}
