import Foundation
import Testing

/// Where quire writes, and what it leaves behind, when the output is not a plain new file or the
/// run is cut short: devices, links, long and non-UTF-8 names, signals, batch folders.
@Suite struct OutputSafetyCommandTests {
    func fileType(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    /// Names in `directory` as the bytes the system stores.
    func rawNames(in directory: String) -> [[UInt8]] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != Array(".".utf8), name != Array("..".utf8) { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Creates a file whose name is the given bytes, which need not be UTF-8.
    func createFile(directory: String, name: [UInt8], contents: String) throws {
        let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        let bytes = Array(contents.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
        close(descriptor)
    }

    @Test func aCharacterDeviceIsWrittenIntoNotReplaced() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Some *text*.")
        let run = try QuireProcess.run(["convert", "a.md", "-t", "text", "-o", "/dev/null"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(!scratch.fileNames.contains { $0.contains("quire-tmp") })
        let standardOutput = try QuireProcess.run(["convert", "a.md", "-t", "text", "-o", "/dev/stdout"], in: scratch.url)
        #expect(standardOutput.status == 0, "\(standardOutput.standardError)")
        #expect(standardOutput.standardOutput == "Some text.\n")
    }

    @Test func devStdoutRedirectedToAFileKeepsTheShellsFile() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Line.")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" convert a.md -t text -o /dev/stdout > out.txt && \"$0\" convert a.md -t text -o /dev/stdout >> out.txt", QuireProcess.executable.path]
        process.currentDirectoryURL = scratch.url
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out.txt"), encoding: .utf8) == "Line.\nLine.\n")
    }

    @Test func aFIFOIsWrittenIntoAndItsReaderGetsTheOutput() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Through a *pipe*.")
        let fifo = scratch.url.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        let captured = Pipe()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        reader.standardOutput = captured
        try reader.run()
        let run = try QuireProcess.run(["convert", "a.md", "-t", "text", "-o", "pipe"], in: scratch.url)
        let received = String(decoding: captured.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(run.status == 0, "\(run.standardError)")
        #expect(received.contains("Through a pipe."))
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "New text.")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("real"), withIntermediateDirectories: true)
        _ = try scratch.write("real/target.txt", "old contents")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/link.txt", withDestinationPath: "real/target.txt")
        // A link whose target does not exist yet: the target is created.
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/dangling.txt", withDestinationPath: "real/new.txt")
        for link in ["link.txt", "dangling.txt"] {
            let run = try QuireProcess.run(["convert", "a.md", "-t", "text", "-o", link], in: scratch.url)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(fileType(scratch.url.path + "/" + link) == S_IFLNK)
        }
        for target in ["real/target.txt", "real/new.txt"] {
            let text = try String(contentsOf: scratch.url.appendingPathComponent(target), encoding: .utf8)
            #expect(text.contains("New text."))
        }
        #expect(scratch.fileNames == ["a.md", "dangling.txt", "link.txt", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/real").sorted() == ["new.txt", "target.txt"])
    }

    @Test func aLinkToTheInputIsStillRefused() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Original.")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/same.md", withDestinationPath: "a.md")
        let run = try QuireProcess.run(["convert", "a.md", "-t", "markdown", "-o", "same.md"], in: scratch.url)
        #expect(run.status == 2)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("a.md"), encoding: .utf8) == "Original.")
    }

    @Test func anOutputNameNearTheLengthLimitIsWritten() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Text.")
        let name = String(repeating: "n", count: 251) + ".txt"
        let run = try QuireProcess.run(["convert", "a.md", "-o", name], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(scratch.fileNames == [name, "a.md"].sorted())
        let tooLong = try QuireProcess.run(["convert", "a.md", "-o", "n" + name], in: scratch.url)
        #expect(tooLong.status == 1)
        #expect(tooLong.standardError.contains("file name too long"), "\(tooLong.standardError)")
    }

    @Test func batchReadsAFileNameThatIsNotUTF8AndMirrorsIt() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("in"), withIntermediateDirectories: true)
        let latin1Name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".md".utf8)
        try createFile(directory: scratch.url.path + "/in", name: latin1Name, contents: "# Menu\n\nCoffee.")
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("1 converted"))
        // Progress lines show the byte that is not UTF-8 as an escape.
        #expect(run.standardError.contains("caf\\xE9.md"), "\(run.standardError)")
        #expect(rawNames(in: scratch.url.path + "/out") == [Array(".quire-manifest".utf8), Array("caf".utf8) + [0xE9] + Array(".json".utf8)])
        // The manifest names the output by its bytes, and a rerun skips it.
        let again = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(again.standardError.contains("0 converted, 1 skipped"), "\(again.standardError)")
    }

    @Test func convertOpensANameThatIsNotUTF8() throws {
        let scratch = try ScratchDirectory()
        try createFile(directory: scratch.url.path, name: Array("na".utf8) + [0xEF, 0x76] + Array(".md".utf8), contents: "Na*ive*.")
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" convert \"$(printf 'na\\357v.md')\" -t text", QuireProcess.executable.path]
        process.currentDirectoryURL = scratch.url
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Naive."))
    }

    @Test func aFileSizeLimitIsAnErrorAndLeavesNothing() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", String(repeating: "A paragraph of words that fill the output. ", count: 2000))
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 8; exec \"$0\" convert a.md -t text -o out.txt", QuireProcess.executable.path]
        process.currentDirectoryURL = scratch.url
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("quire: out.txt: file too large"), "\(message)")
        #expect(scratch.fileNames == ["a.md"])
    }

    @Test func ctrlCDuringAConversionLeavesNoTemporaryFile() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("big.md", String(repeating: "Many *words* in many paragraphs, with [links](https://example.org).\n\n", count: 150_000))
        let process = Process()
        process.executableURL = QuireProcess.executable
        process.arguments = ["convert", "big.md", "-t", "json", "-o", "big.json"]
        process.currentDirectoryURL = scratch.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sawTemporary = false
        for _ in 0..<20_000 where process.isRunning {
            if scratch.fileNames.contains(where: { $0.contains(".quire-tmp-") }) {
                sawTemporary = true
                break
            }
            usleep(500)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(sawTemporary, "the conversion ended before it could be interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(scratch.fileNames == ["big.md"])
    }

    @Test func onlyQuiresOwnStaleTemporaryFilesAreRemoved() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "A.")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let kept = [
            "thesis.quire-tmp-backup.docx", ".notes.quire-tmp-12-x", "plain.quire-tmp-999999-1",
            ".running.quire-tmp-\(PipelineBatchCommandTests.hostName)-1-5",  // process 1 is always running
        ]
        for name in kept + [".a.json.quire-tmp-\(PipelineBatchCommandTests.hostName)-999999-42"] { _ = try scratch.write("out/" + name, "mine") }
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/out").sorted()
        #expect(left == (kept + ["a.json", ".quire-manifest"]).sorted())
    }
}

/// `quire batch` refuses an output folder among its inputs, and `--into` makes its book even
/// when some inputs fail.
@Suite struct BatchOutputFolderTests {
    @Test func anOutputFolderInsideOrEqualToAnInputFolderIsRefused() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "# A")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("in/sub"), withIntermediateDirectories: true)
        for output in ["in/out", "in", "./in/../in/sub/deeper", "in/"] {
            let run = try QuireProcess.run(["batch", "in", "-t", "markdown", "-o", output, "--force"], in: scratch.url)
            #expect(run.status == 2, "\(output): \(run.standardError)")
            #expect(run.standardError.contains("choose a folder outside it"))
        }
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("in/a.md"), encoding: .utf8) == "# A")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/in").sorted() == ["a.md", "sub"])
    }

    @Test func aFileInputWhoseOutputIsItselfIsRefused() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "# A")
        let run = try QuireProcess.run(["batch", "a.md", "-t", "markdown", "-o", ".", "--force"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("a.md: is an input; refusing to write over it"), "\(run.standardError)")
    }

    @Test func intoLeavesOutFailedInputsAndStillWritesTheBook() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("book/ch1.md", "# One\n\nFirst.")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]).write(to: scratch.url.appendingPathComponent("book/ch2.md"))
        _ = try scratch.write("book/ch3.md", "# Three\n\nLast.")
        let run = try QuireProcess.run(["batch", "book", "--into", "all.md"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("book/ch2.md: not a document"), "\(run.standardError)")
        #expect(run.standardError.contains("2 inputs gathered into all.md, 1 failed"))
        let text = try String(contentsOf: scratch.url.appendingPathComponent("all.md"), encoding: .utf8)
        #expect(text.contains("First.") && text.contains("Last."))
    }
}
