import Foundation
import Testing

/// What a pandoc user expects of a command line (issue 20): names that work, help that reads
/// at 80 columns, and the same answer for the same fault in every command.
@Suite struct CommandLineConventionsTests {
    private let note = "# Note\n\nOne line.\n"

    @Test func anOutputExtensionQuireDoesNotWriteIsAUsageError() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", note)
        for arguments in [["a.md", "-o", "out.docx"], ["convert", "a.md", "-o", "notes.rst"], ["batch", "a.md", "--into", "book.docx"]] {
            let run = try QuireProcess.run(arguments, in: scratch.url)
            #expect(run.status == 2, "\(arguments)")
            let target = arguments[arguments.count - 1]
            let ext = target.split(separator: ".").last!
            #expect(
                run.standardError.hasPrefix("quire: \(target): quire does not write .\(ext) files; it writes json (.json), markdown"),
                "\(run.standardError)")
            #expect(run.standardError.contains("epub (.epub)"))
        }
        #expect(scratch.fileNames == ["a.md"])
        // `-t` says what to write, whatever the name.
        let named = try QuireProcess.run(["a.md", "-t", "markdown", "-o", "out.docx"], in: scratch.url)
        #expect(named.status == 0)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out.docx"), encoding: .utf8).contains("# Note"))
        // A name without an extension still gets the default format.
        let bare = try QuireProcess.run(["a.md", "-o", "out"], in: scratch.url)
        #expect(bare.status == 0)
    }

    /// The README's table, `quire formats` and the parser: one list of names and aliases.
    @Test func theReadmeTableAndQuireFormatsAgreeWithTheParser() throws {
        let readme = try String(contentsOf: commandGoldenDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        let section = readme.components(separatedBy: "## Formats\n")[1].components(separatedBy: "\n## ")[0]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == 5)
        let listing = try QuireProcess.run(["formats"])
        let parts = listing.standardOutput.components(separatedBy: "Output formats (-t):")
        let (inputs, outputs) = (parts[0], parts[1])
        var named = Set<String>()
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let names = Self.codeSpans(cells[1])
            let extensions = Self.codeSpans(cells[4])
            let (reads, writes) = (cells[2] == "yes", cells[3] == "yes")
            named.formUnion(names)
            let lineStart = "  " + names.joined(separator: ", ") + " "
            let inputLine = inputs.split(separator: "\n").first { $0.hasPrefix(lineStart) }
            let outputLine = outputs.split(separator: "\n").first { $0.hasPrefix(lineStart) }
            #expect((inputLine != nil) == reads, "\(names[0]) read")
            #expect((outputLine != nil) == writes, "\(names[0]) write")
            let listed = Set([inputLine, outputLine].compactMap { $0 }.flatMap { line in
                line.split(separator: " ").filter { $0.hasPrefix(".") }.map(String.init)
            })
            #expect(listed == Set(extensions), "\(names[0]) extensions")
            // Every name and alias works in each direction the table promises, and only those.
            for name in names {
                let to = try QuireProcess.run(["-f", "markdown", "-t", name], input: Data(note.utf8))
                #expect((to.status == 0) == writes, "-t \(name): \(to.standardError)")
                let from = try QuireProcess.run(["-f", name, "-t", "json"], input: Data("{\"x\": 1}".utf8))
                #expect(from.standardError.contains("unknown input format") == !reads, "-f \(name): \(from.standardError)")
            }
        }
        #expect(named.count == 14)
        #expect(listing.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("  ") }.count == 9)
    }

    private static func codeSpans(_ cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func theSameFaultHasTheSameCodeAndWordsInEveryCommand() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", note)
        let convertMissing = try QuireProcess.run(["convert", "missing.md", "-o", "x.md"], in: scratch.url)
        let batchMissing = try QuireProcess.run(["batch", "missing.md", "-o", "out"], in: scratch.url)
        #expect(convertMissing.status == 1 && batchMissing.status == 1)
        #expect(convertMissing.standardError == "quire: missing.md: no such file or directory\n")
        #expect(batchMissing.standardError == "quire: missing.md: no such file or directory\n")

        for command in [["convert", "a.md", "-o", "x.md"], ["batch", "a.md", "-o", "out"]] {
            let date = try QuireProcess.run(command + ["-M", "date=yesterday"], in: scratch.url)
            #expect(date.status == 2, "\(command)")
            #expect(date.standardError == "quire: --metadata date: \"yesterday\" is not an ISO 8601 date (YYYY-MM-DD)\n")
            let option = try QuireProcess.run(command + ["--colums", "40"], in: scratch.url)
            #expect(option.status == 2)
            #expect(option.standardError.hasPrefix("quire: unknown option '--colums'. Did you mean '--columns'?"))
        }

        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let intoFolder = try QuireProcess.run(["a.md", "-o", "folder/"], in: scratch.url)
        #expect(intoFolder.status == 2)
        #expect(intoFolder.standardError == "quire: folder/: is a folder; -o names the output file (quire batch -o writes into a folder)\n")
        let batchIntoFile = try QuireProcess.run(["batch", "folder", "-o", "a.md"], in: scratch.url)
        #expect(batchIntoFile.status == 2)
        #expect(batchIntoFile.standardError.hasPrefix("quire: a.md: is a file; -o names the folder"))
        let underFile = try QuireProcess.run(["a.md", "-o", "a.md/x.md"], in: scratch.url)
        #expect(underFile.status == 1)
        #expect(underFile.standardError == "quire: a.md/x.md: not a directory (a part of the path is a file)\n")
        // Every message: `quire: NAME: what is wrong`, starting lower case.
        for run in [convertMissing, batchMissing, intoFolder, batchIntoFile, underFile] {
            let afterName = run.standardError.split(separator: ": ", maxSplits: 2)
            #expect(afterName.count == 3 && afterName[2].first?.isLowercase == true, "\(run.standardError)")
        }
    }

    /// `quire` alone on a terminal would wait for typed input with no word of it.
    @Test func noArgumentsOnATerminalPrintsTheShortUsage() throws {
        let run = try QuireProcess.runWithTerminalInput([])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("quire: no input; name files or URLs to convert, or pipe a document in\nusage: quire [convert] INPUT"))
        #expect(run.standardError.contains("See 'quire --help'"))
        #expect(run.standardOutput.isEmpty)
        // Piped input is still read.
        let piped = try QuireProcess.run(["-t", "json"], input: Data(note.utf8))
        #expect(piped.status == 0 && piped.standardOutput.contains("\"Note\""))
    }

    /// Reviewed by hand at 80 columns: no line longer, no word orphaned, every job shown.
    @Test(arguments: [
        (["--help"], "help-quire.txt"), (["convert", "--help"], "help-convert.txt"), (["batch", "--help"], "help-batch.txt"),
    ])
    func helpReadsAtEightyColumns(arguments: [String], golden: String) throws {
        let help = try QuireProcess.run(arguments, environment: ["COLUMNS": "80"])
        #expect(help.status == 0)
        let lines = help.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(help.standardOutput.contains("130"))
        try expectCommandGolden(help.standardOutput, named: golden)
    }

    @Test func theTopLevelHelpShowsTheFourJobs() throws {
        let help = try QuireProcess.run(["--help"], environment: ["COLUMNS": "80"]).standardOutput
        for job in ["-o story.epub", "quire batch notes/", "--strip-boilerplate", "-t text --links none"] {
            #expect(help.contains(job), "\(job)")
        }
        let batch = try QuireProcess.run(["batch", "--help"], environment: ["COLUMNS": "80"]).standardOutput
        #expect(batch.contains("the output format is -t, else markdown"))
        #expect(!batch.contains("(default: 2)") && batch.contains("-j <n>"))
    }

    /// A rerun with other options redoes the outputs they change; the same options skip them.
    @Test func aBatchRerunWithOtherOptionsRedoesItsOutputs() throws {
        let scratch = try ScratchDirectory()
        let long = "A sentence long enough to be wrapped at forty columns but not at seventy-two, surely.\n"
        _ = try scratch.write("in/a.md", long)
        _ = try scratch.write("in/b.md", long)
        let first = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out"], in: scratch.url)
        #expect(first.standardError.contains("2 converted, 0 skipped"))
        let manifest = try String(contentsOf: scratch.url.appendingPathComponent("out/.quire-manifest"), encoding: .utf8)
        #expect(manifest.contains("settings\t") && manifest.contains("quire 0.") && manifest.contains("--columns 72"))
        // Each output's line ends with its word count, for the report of a run that skips it.
        #expect(manifest.contains("\ta.txt\t15\n") && manifest.contains("\tb.txt\t15\n"))

        let same = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out"], in: scratch.url)
        #expect(same.standardError.contains("0 converted, 2 skipped"))
        let narrower = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--columns", "40"], in: scratch.url)
        #expect(narrower.standardError.contains("2 converted, 0 skipped"), "\(narrower.standardError)")
        let text = try String(contentsOf: scratch.url.appendingPathComponent("out/a.txt"), encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 } && text.split(separator: "\n").count > 1)
        let again = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--columns", "40"], in: scratch.url)
        #expect(again.standardError.contains("0 converted, 2 skipped"))
        // Options that do not change an output (jobs, quiet, report) change nothing.
        let quiet = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--columns", "40", "-j", "1", "-q"], in: scratch.url)
        #expect(quiet.standardError.contains("0 converted, 2 skipped"))
        // Rewritten by the next run that writes, the manifest keeps only the settings in use.
        _ = try scratch.write("in/b.md", long + long)
        let changed = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--columns", "40"], in: scratch.url)
        #expect(changed.standardError.contains("1 converted, 1 skipped"))
        let rewritten = try String(contentsOf: scratch.url.appendingPathComponent("out/.quire-manifest"), encoding: .utf8)
        #expect(rewritten.components(separatedBy: "\nsettings\t").count == 2 && rewritten.contains("--columns 40"))
        #expect(rewritten.components(separatedBy: "\tb.txt\t30\n").count == 2)
    }

    @Test func brokenLinksInABatchAreCountedAndNamed() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "Text.")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/in/gone.md", withDestinationPath: "nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/in/picture.png", withDestinationPath: "nowhere.png")
        for extra in [[], ["--follow-links"], ["-q"]] {
            let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "--force"] + extra, in: scratch.url)
            #expect(run.status == 0)
            #expect(run.standardError.contains("quire: in/gone.md: broken symbolic link, skipped\n"), "\(extra)")
            #expect(!run.standardError.contains("picture.png"))
            #expect(run.standardError.contains("1 converted, 0 skipped, 0 failed, 1 broken link skipped in "))
        }
        let gathered = try QuireProcess.run(["batch", "in", "--into", "all.md"], in: scratch.url)
        #expect(gathered.standardError.contains("1 inputs gathered into all.md, 0 failed, 1 broken link skipped"))
    }

    /// The title block shows the day, as EPUB does, and keeps `Source:` with its URL; quire's
    /// notes cannot be confused with a page's own `[1]`.
    @Test func textOutputShowsTheDayAndMarksItsOwnNotes() throws {
        let url = "https://news.example/features/2019/01/03/a-rather-long-address-for-one-article-page"
        let markdown = """
            ---
            title: Mill
            date: 2019-01-03T07:00:02.000Z
            source_url: \(url)
            ---

            As the survey says [1][2], the [mill](https://mill.example/) turns.

            """
        let text = try QuireProcess.run(["-f", "markdown", "-t", "text", "--columns", "40"], input: Data(markdown.utf8))
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("\nDate: 2019-01-03\nSource: \(url)\n"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("says [1][2], the mill[^1]\nturns.\n\n[^1] https://mill.example/\n"))
        let json = try QuireProcess.run(["-f", "markdown", "-t", "json"], input: Data(markdown.utf8))
        #expect(json.standardOutput.contains("\"2019-01-03T07:00:02.000Z\""))
        let brackets = try QuireProcess.run(["-f", "markdown", "-t", "text", "--note-marker", "brackets"], input: Data(markdown.utf8))
        #expect(brackets.standardOutput.contains("the mill[1] turns.\n\n[1] https://mill.example/\n"))
        let wrong = try QuireProcess.run(["-f", "markdown", "-t", "text", "--note-marker", "stars"], input: Data(markdown.utf8))
        #expect(wrong.status == 2)
    }

    /// `--report-stripped` names a rule by its words and an identifier that survives edits
    /// elsewhere in the rules file, not by its alternatives flattened and a source line number.
    @Test func strippedReportsNameRulesReadably() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.md", "Some real article text about mills and tides that goes on.\n\nIf you value our journalism, please support us with a donation today.\n")
        _ = try scratch.write("mine.rules", "# my rules\n[en]\nappeal: come to our|the open day\n")
        _ = try scratch.write("b.md", "Some real article text about mills and tides that goes on.\n\nCome to the open day next week, you will love it.\n")
        let run = try QuireProcess.run(
            ["a.md", "b.md", "--strip-boilerplate", "--boilerplate-rules", "mine.rules", "--report-stripped", "cut.jsonl", "-o", "out.md"],
            in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let report = try String(contentsOf: scratch.url.appendingPathComponent("cut.jsonl"), encoding: .utf8)
        let reasons = try report.split(separator: "\n").map { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["reason"] as? String ?? ""
        }
        #expect(reasons.count == 2)
        #expect(reasons[0].hasPrefix("appeal rule \"if you liked this article\" (en.appeal.if-you-liked-this-article); "), "\(reasons)")
        #expect(reasons[1].hasPrefix("appeal rule \"come to our open day\" (en.appeal.come-to-our-open-day, mine.rules:3); "))
        #expect(!report.contains("built-in rules") && !report.contains("|"))
    }
}
