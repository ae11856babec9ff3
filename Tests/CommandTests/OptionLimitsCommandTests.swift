import Foundation
import Testing

/// Numbers on the command line that are not numbers, or are out of all proportion, are usage
/// errors (status 2, one line), never a crash or a silently removed limit.
@Suite struct OptionLimitsCommandTests {
    @Test(arguments: [
        ["--max-size", "nan"], ["--max-size", "inf"], ["--max-size", "1e30"], ["--max-size=-1"], ["--max-size", "0"],
        ["--timeout", "nan"], ["--timeout", "inf"], ["--timeout=-5"], ["--timeout", "1e300"],
        ["--columns", "9223372036854775807"], ["--columns", "5"], ["--wrap", "100000000"],
    ])
    func convertRefusesTheValue(_ option: [String]) throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Text.")
        let run = try QuireProcess.run(["convert", "a.md", "-t", "text"] + option, in: scratch.url)
        #expect(run.status == 2, "\(option): \(run.standardError)")
        #expect(run.standardError.hasPrefix("quire: "))
        #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test(arguments: [["-j", "0"], ["-j", "100000"], ["--max-size", "nan"], ["--timeout", "inf"]])
    func batchRefusesTheValue(_ option: [String]) throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "Text.")
        let run = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out"] + option, in: scratch.url)
        #expect(run.status == 2, "\(option): \(run.standardError)")
        #expect(!scratch.fileNames.contains("out"))
    }

    @Test func aSourceDateBeyondYear9999IsRefused() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "# Title\n\nText.")
        let run = try QuireProcess.run(
            ["convert", "a.md", "-o", "a.epub"], in: scratch.url, environment: ["SOURCE_DATE_EPOCH": "9223372036854775807"])
        #expect(run.status == 2)
        #expect(scratch.fileNames == ["a.md"])
    }

    @Test func reasonableValuesStillWork() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Text.")
        let run = try QuireProcess.run(
            ["convert", "a.md", "-t", "text", "--max-size", "0.5", "--timeout", "2.5", "--columns", "200"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Text."))
    }
}

/// Messages quote file names and document text; control characters in them reach the terminal
/// as visible escapes, not as commands.
@Suite struct TerminalEscapeCommandTests {
    @Test func aFileNameWithAnEscapeSequenceIsPrintedEscaped() throws {
        let scratch = try ScratchDirectory()
        let name = "evil\u{1B}]0;owned\u{07}\u{1B}[31m.md"
        let run = try QuireProcess.run(["convert", name, "-t", "text"], in: scratch.url)
        #expect(run.status == 1)
        #expect(!run.standardError.contains("\u{1B}"))
        #expect(!run.standardError.contains("\u{07}"))
        #expect(run.standardError.contains("evil\\x1B]0;owned\\x07\\x1B[31m.md: no such file or directory"), "\(run.standardError)")
    }

    @Test func batchProgressLinesEscapeControlCharacters() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/r\u{1B}[2Jeset\u{202E}txt.md", "Text.")
        let run = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardError.contains("\u{1B}") && !run.standardError.contains("\u{202E}"))
        #expect(run.standardError.contains("r\\x1B[2Jeset\\u{202E}txt.md"), "\(run.standardError)")
    }
}
