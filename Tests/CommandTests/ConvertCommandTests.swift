import Foundation
import Testing

/// `quire convert` as a user runs it: exit codes, messages, and what is left on disk.
@Suite struct ConvertCommandTests {
    let tree = #"{"format":"quire-document","version":2,"metadata":{"title":"Mill"},"blocks":[{"type":"paragraph","content":[{"type":"text","text":"Flour."}]}]}"#

    @Test func convertsAFileToStandardOutput() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.json", tree)
        let run = try QuireProcess.run(["convert", input.path, "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput == tree + "\n" || run.standardOutput == tree)
        #expect(run.standardError.isEmpty)
    }

    @Test func readsStandardInputAndDetectsTheFormat() throws {
        let run = try QuireProcess.run(["convert", "-", "-t", "json"], input: Data(tree.utf8))
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("{\n  \"format\": \"quire-document\""))
        let implicit = try QuireProcess.run(["-t", "json", "--compact"], input: Data(tree.utf8))
        #expect(implicit.status == 0)
        #expect(implicit.standardOutput.contains("\"title\":\"Mill\""))
    }

    @Test func writesTheOutputFileAndOverridesMetadata() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.json", tree)
        let output = scratch.url.appendingPathComponent("copy.json")
        let run = try QuireProcess.run([
            "convert", input.path, "-o", output.path, "--metadata", "title=New = title", "-M", "author=A;B",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("\"title\": \"New = title\""))
        #expect(written.contains("\"authors\": [\n      \"A\",\n      \"B\"\n    ]"))
        #expect(scratch.fileNames == ["copy.json", "mill.json"])
    }

    @Test func missingInputFailsWithOneLineAndNoOutputFile() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.url.appendingPathComponent("out.json")
        let run = try QuireProcess.run(["convert", "absent.json", "-o", output.path], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError == "quire: absent.json: no such file or directory\n")
        #expect(scratch.fileNames.isEmpty)
    }

    /// A saved page is often compressed: named `page.html.gz` it is read as the page inside
    /// (CompressedInputCommandTests); named as if it were not, it would read as garbage.
    @Test func compressedOrBinaryInputIsAClearErrorAndLeavesNothing() throws {
        let scratch = try ScratchDirectory()
        let page = Data(tree.utf8)
        let gzip = scratch.url.appendingPathComponent("page.html")
        let compressor = Process()
        compressor.executableURL = URL(fileURLWithPath: "/bin/gzip")
        compressor.arguments = ["-c"]
        let pipe = Pipe()
        let input = Pipe()
        compressor.standardInput = input
        compressor.standardOutput = pipe
        try compressor.run()
        input.fileHandleForWriting.write(page)
        try input.fileHandleForWriting.close()
        let compressed = pipe.fileHandleForReading.readDataToEndOfFile()
        compressor.waitUntilExit()
        try compressed.write(to: gzip)
        let output = scratch.url.appendingPathComponent("out.txt")
        let run = try QuireProcess.run(["convert", gzip.path, "-o", output.path])
        #expect(run.status == 1)
        #expect(run.standardError == "quire: \(gzip.path): not a document quire reads (it is gzip-compressed data; gunzip it first)\n")
        #expect(scratch.fileNames == ["page.html"])

        let image = scratch.url.appendingPathComponent("photo.md")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: image)
        let named = try QuireProcess.run(["convert", image.path, "-t", "text"])
        #expect(named.status == 1)
        #expect(named.standardError.hasSuffix("not a document quire reads (it is a PNG image)\n"))
        #expect(named.standardOutput.isEmpty)
    }

    @Test func invalidInputNamesTheFileAndPositionAndLeavesNothing() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("broken.json", "{\n  \"format\": \"quire-document\",\n  \"version\": 1,\n  \"blocks\": [}\n")
        let run = try QuireProcess.run(["convert", input.path, "-o", scratch.url.appendingPathComponent("o.json").path])
        #expect(run.status == 1)
        #expect(run.standardError == "quire: \(input.path): invalid JSON at line 4, column 14: unexpected character '}'\n")
        #expect(scratch.fileNames == ["broken.json"])
    }

    @Test func aDirectoryIsNotAnInput() throws {
        let scratch = try ScratchDirectory()
        let run = try QuireProcess.run(["convert", scratch.url.path, "-f", "json", "-t", "json"])
        #expect(run.status == 1)
        #expect(run.standardError == "quire: \(scratch.url.path): is a directory\n")
    }

    @Test func unknownFormatsAreUsageErrorsThatListTheKnownOnes() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.json", tree)
        let output = try QuireProcess.run(["convert", input.path, "-t", "docx"])
        #expect(output.status == 2)
        #expect(output.standardError.hasPrefix("quire: -t: unknown output format 'docx'; quire writes json"))
        let reader = try QuireProcess.run(["convert", input.path, "-f", "rtf", "-t", "json"])
        #expect(reader.status == 2)
        #expect(reader.standardError.hasPrefix("quire: -f: unknown input format 'rtf'; quire reads json"))
    }

    @Test func refusesToWriteOverAnInput() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.json", tree)
        let before = try Data(contentsOf: input)
        for target in [input.path, scratch.url.path + "/./mill.json"] {
            let run = try QuireProcess.run(["convert", input.path, "-o", target])
            #expect(run.status == 2)
            #expect(run.standardError.hasPrefix("quire: \(input.path): is an input; refusing to write over it"))
        }
        let link = scratch.url.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let viaLink = try QuireProcess.run(["convert", input.path, "-o", link.path])
        #expect(viaLink.status == 2)
        #expect(try Data(contentsOf: input) == before)
        #expect(scratch.fileNames == ["link.json", "mill.json"])
    }

    @Test func badArgumentsAreUsageErrorsOnOneLine() throws {
        let run = try QuireProcess.run(["convert", "--no-such-flag"])
        #expect(run.status == 2)
        #expect(run.standardError.split(separator: "\n").count == 1)
        let metadata = try QuireProcess.run(["convert", "-", "-t", "json", "-M", "novalue"], input: Data(tree.utf8))
        #expect(metadata.status == 2)
        #expect(metadata.standardError == "quire: --metadata: expects key=value, got 'novalue'\n")
    }

    @Test func severalInputsBecomeOneDocument() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.write("a.json", tree)
        let second = try scratch.write("b.json", tree.replacingOccurrences(of: "Flour.", with: "Bread."))
        let run = try QuireProcess.run(["convert", first.path, second.path, "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Flour.") && run.standardOutput.contains("Bread."))
    }
}
