import Foundation
import Testing

@testable import Quire

/// `.gz` inputs of `convert` and `batch`: names, every member read, damage reported.
@Suite struct CompressedInputTests {
    @Test func theNameBeforeGzChoosesTheReaderAndTheOutputName() {
        #expect(CompressedInput.isCompressedName("dir/page.HTML.gz") && !CompressedInput.isCompressedName("page.html"))
        #expect(!CompressedInput.isCompressedName(".gz") && CompressedInput.innerName("a/.gz") == "a/.gz")
        #expect(CompressedInput.innerName("a/b/page.html.gz") == "a/b/page.html")
        #expect(Formats.reader(forPath: "notes.md.gz")?.name == "markdown")
        #expect(BatchPlan.replacingExtension(of: CompressedInput.innerName("site/page.html.gz"), with: "txt") == "site/page.txt")
    }

    @Test func everyMemberIsReadAndACutFileFailsNamingIt() throws {
        let first = try StreamTestData.gzip(Array("<p>one</p>".utf8))
        let second = try StreamTestData.gzip(Array("<p>two</p>".utf8))
        #expect(try CompressedInput.decompress(first + second, file: "p.html.gz") == Array("<p>one</p><p>two</p>".utf8))
        #expect(throws: CompressedInputError.self) { try CompressedInput.decompress(Array(first.dropLast(6)), file: "p.html.gz") }
        do {
            _ = try CompressedInput.decompress(first + [0x00, 0x01, 0x02], file: "p.html.gz")
            Issue.record("trailing garbage was accepted")
        } catch {
            #expect(error.description.contains("p.html.gz") && error.description.contains("gzip"))
        }
    }
}
