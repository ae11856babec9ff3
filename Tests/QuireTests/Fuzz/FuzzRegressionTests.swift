import Foundation
import Quire
import QuireDocument
import QuireFuzz
import Testing

/// Inputs the fuzz targets (scripts/fuzz, docs/security-fuzzing.md) once failed on, kept in
/// `fixtures/fuzz-regressions/TARGET/` and run again through the same target code. A failure
/// ends the test process, as it ended the fuzzer: the message names the broken invariant.
@Suite struct FuzzRegressionTests {
    static let folder = fixturesDirectory.appendingPathComponent("fuzz-regressions")

    static func inputs(of target: String) -> [String] {
        let directory = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    static func bytes(_ path: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: path) ?? Data())
    }

    @Test func everyFolderNamesAFuzzTarget() throws {
        let known: Set<String> = ["FuzzHTMLReader", "FuzzMarkdownReader", "FuzzTextReader", "FuzzJSONReader", "FuzzWriters"]
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.contains(".") }
        #expect(Set(folders).isSubset(of: known), "a folder in fixtures/fuzz-regressions names no fuzz target")
    }

    @Test func readerInputsRunCleanly() {
        let readers: [(String, ReaderFormat)] = [
            ("FuzzHTMLReader", .html), ("FuzzMarkdownReader", .markdown), ("FuzzTextReader", .text),
            ("FuzzJSONReader", .json),
        ]
        for (target, reader) in readers {
            for path in Self.inputs(of: target) {
                FuzzTargets.readAndWrite(reader, Self.bytes(path))
            }
        }
    }

    @Test func writerInputsRunCleanly() {
        for path in Self.inputs(of: "FuzzWriters") {
            FuzzTargets.writeTree(Self.bytes(path))
        }
    }

    // What each saved input found, as a plain test.

    /// `FuzzWriters/yaml-key-with-line-separator`: YAML 1.1 reads U+2028 and U+2029 as line
    /// breaks, so written raw inside a quoted key they cut it in two and the front matter failed
    /// to parse.
    @Test func frontMatterEscapesUnicodeLineSeparators() throws {
        let document = Document(
            metadata: Metadata(title: "a\u{2028}b", extra: ["\u{2028}key": .string("x\u{2029}y")]), blocks: [])
        let markdown = MarkdownWriter.render(document)
        #expect(markdown == "---\ntitle: \"a\\u2028b\"\n\"\\u2028key\": \"x\\u2029y\"\n---\n")
        var warnings: [ConversionWarning] = []
        let back = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "t.md"), warnings: &warnings)
        #expect(back.metadata == document.metadata)
    }
}
