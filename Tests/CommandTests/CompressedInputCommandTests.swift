import Foundation
import Testing

/// Documents saved gzip-compressed (`page.html.gz`, `notes.md.gz`) are read as the document
/// inside, by `convert` and by `batch`; a batch that finds nothing to convert says so.
@Suite struct CompressedInputCommandTests {
    func gzip(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
        let process = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-n", "-f", file.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func convertReadsACompressedPageByTheExtensionBeforeGz() throws {
        let scratch = try ScratchDirectory()
        let page = scratch.url.appendingPathComponent("page.html")
        try gzip("<html><head><title>Packed</title></head><body><p>Words inside the gzip file.</p></body></html>", to: page)
        let run = try QuireProcess.run(["convert", page.path + ".gz", "-t", "text", "--keep-boilerplate"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Words inside the gzip file."))
        #expect(run.standardOutput.contains("Packed"))

        let notes = scratch.url.appendingPathComponent("notes.md")
        try gzip("# Notes\n\nSome *Markdown*.\n", to: notes)
        let markdown = try QuireProcess.run(["convert", notes.path + ".gz", "-t", "json", "--compact"])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains(#""type":"heading""#) && markdown.standardOutput.contains(#""type":"emphasis""#))

        let broken = scratch.url.appendingPathComponent("broken.html.gz")
        var bytes = Array(try Data(contentsOf: page.appendingPathExtension("gz")))
        bytes.removeLast(12)
        try Data(bytes).write(to: broken)
        let cut = try QuireProcess.run(["convert", broken.path, "-t", "text"])
        #expect(cut.status == 1)
        #expect(cut.standardError.contains("broken.html.gz") && cut.standardError.contains("gzip"))
    }

    @Test func batchConvertsCompressedFilesNamedWithoutGz() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try gzip("<p>First page.</p>", to: folder.appendingPathComponent("a.html"))
        try gzip("# B\n\nSecond.\n", to: folder.appendingPathComponent("b.md"))
        let run = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "-q"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("out").path).sorted()
        #expect(outputs == [".quire-manifest", "a.txt", "b.txt"])
        let text = try String(contentsOf: scratch.url.appendingPathComponent("out/b.txt"), encoding: .utf8)
        #expect(text.contains("Second."))
    }

    @Test func aBatchThatFindsNothingToConvertFailsWithAReason() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/photo.jpeg", "not a document")
        _ = try scratch.write("in/archive.tar.xz", "not a document")
        let run = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("quire: in: no documents to convert (quire reads "), "\(run.standardError)")
    }
}
