import Foundation
import Testing

/// Boilerplate removal from the command line: what runs by default for each input format, the
/// flags that change it, user rules and the reports of what was removed.
@Suite struct BoilerplateCommandTests {
    static let fixtures = HTMLConvertCommandTests.fixtures

    func fixture(_ path: String) -> String { Self.fixtures.appendingPathComponent(path).path }

    @Test func webPagesAreCleanedByDefault() throws {
        let run = try QuireProcess.run(["convert", fixture("article.html"), "-t", "markdown", "--no-front-matter"])
        #expect(run.status == 0)
        #expect(run.standardError.isEmpty)
        #expect(run.standardOutput.hasPrefix("On a grey Thursday morning in May"))
        #expect(!run.standardOutput.contains("Most read"))
        #expect(!run.standardOutput.contains("please consider donating"))
    }

    @Test func keepBoilerplateTurnsExtractionAndAppealsOff() throws {
        let run = try QuireProcess.run(["convert", fixture("article.html"), "-t", "markdown", "--keep-boilerplate"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Most read"))
        #expect(run.standardOutput.contains("please consider donating"))
    }

    @Test func markdownIsLeftAloneUnlessAsked() throws {
        let plain = try QuireProcess.run(["convert", fixture("article.md"), "-t", "markdown"])
        #expect(plain.standardOutput.contains("please consider donating"))
        let stripped = try QuireProcess.run(["convert", fixture("article.md"), "-t", "markdown", "--strip-boilerplate", "-v"])
        #expect(stripped.status == 0)
        #expect(!stripped.standardOutput.contains("please consider donating"))
        #expect(stripped.standardOutput.contains("I’d like them to stop and watch."))
        #expect(stripped.standardError == "quire: \(fixture("article.md")): 1 block stripped (0 by extraction, 1 appeals)\n")
    }

    @Test func keepAndStripTogetherIsAUsageError() throws {
        let run = try QuireProcess.run(["convert", fixture("article.md"), "--keep-boilerplate", "--strip-boilerplate"])
        #expect(run.status == 2)
        #expect(run.standardError == "quire: --keep-boilerplate: cannot be used with --strip-boilerplate\n")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func userRulesAreAddedAndTheirMistakesReported() throws {
        let scratch = try ScratchDirectory()
        let rules = try scratch.write("mine.rules", "# my site's sign-off\n[en]\nappeal: come and see us at the mill\n")
        let input = try scratch.write("note.md", "The flour is milled on Saturdays.\n\nCome and see us at the mill!\n")
        let run = try QuireProcess.run(
            ["convert", input.path, "-t", "markdown", "--strip-boilerplate", "--boilerplate-rules", rules.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "The flour is milled on Saturdays.\n")

        let broken = try scratch.write("broken.rules", "[en]\nappeal come and see us\n")
        let failed = try QuireProcess.run(["convert", input.path, "--strip-boilerplate", "--boilerplate-rules", broken.path])
        #expect(failed.status == 2)
        #expect(failed.standardError == "quire: \(broken.path):2: expected KIND: PHRASE, got \"appeal come and see us\"\n")
    }

    @Test func reportStrippedListsEachRemovedBlock() throws {
        let scratch = try ScratchDirectory()
        let report = scratch.url.appendingPathComponent("stripped.jsonl")
        let run = try QuireProcess.run(
            ["convert", fixture("article.html"), "-t", "json", "-o", scratch.url.appendingPathComponent("out.json").path,
             "--report-stripped", report.path])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = try String(contentsOf: report, encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] ?? [:] }
        #expect(records.count >= 15)
        #expect(records.allSatisfy { $0["input"] == fixture("article.html") && !($0["reason"] ?? "").isEmpty })
        #expect(Set(records.compactMap { $0["transform"] }) == ["extraction"])
        #expect(records.contains { ($0["text"] ?? "").hasPrefix("Sign up for our weekly newsletter") })
    }

    @Test func includeStrippedPutsTheRemovedBlocksInTheJSON() throws {
        let run = try QuireProcess.run(["convert", fixture("article.md"), "-t", "json", "--compact", "--strip-boilerplate", "--include-stripped"])
        #expect(run.status == 0, "\(run.standardError)")
        let tree = try JSONSerialization.jsonObject(with: run.outputBytes) as? [String: Any]
        let extra = (tree?["metadata"] as? [String: Any])?["extra"] as? [String: Any]
        let stripped = extra?["stripped"] as? [[String: String]]
        #expect(stripped?.count == 1)
        #expect(stripped?.first?["transform"] == "appeals")
        #expect(stripped?.first?["text"]?.hasPrefix("If you value our journalism") == true)

        let markdown = try QuireProcess.run(["convert", fixture("article.md"), "-t", "markdown", "--include-stripped"])
        #expect(markdown.status == 2)
        #expect(markdown.standardError == "quire: --include-stripped: needs JSON output (-t json)\n")
    }

    /// A seed-shaped export (header, body, the title again, `PS:`, an appeal) in each language:
    /// the appeal goes and every body paragraph stays word for word, from text and from HTML.
    @Test(arguments: ["en", "fr", "es", "de", "it", "pt", "nl", "pl"])
    func seedShapedExportsLoseOnlyTheirAppeal(_ language: String) throws {
        let path = fixture("appeals/exports/\(language).txt")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let copyright = try #require(lines.firstIndex { $0.hasPrefix("**Copyright") })
        let postscript = try #require(lines.firstIndex(of: "PS:"))
        let body = Array(lines[(copyright + 1)..<(postscript - 1)])
        let appeal = try #require(lines.last)
        #expect(body.count == 3)

        let text = try QuireProcess.run(["convert", path, "-t", "text", "--wrap", "none", "--strip-boilerplate"])
        #expect(text.status == 0, "\(text.standardError)")
        let paragraphs = text.standardOutput.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for paragraph in body { #expect(paragraphs.contains(paragraph), "lost: \(paragraph)") }
        #expect(!text.standardOutput.contains(String(appeal.prefix(30))))
        #expect(!paragraphs.contains("PS:"))

        let link = try NSRegularExpression(pattern: "\\[([^\\]]*)\\]\\(([^)]*)\\)")
        let appealHTML = link.stringByReplacingMatches(
            in: appeal, range: NSRange(appeal.startIndex..., in: appeal), withTemplate: "<a href=\"$2\">$1</a>")
        let page = "<html lang=\(language)><head><title>\(lines[postscript - 1])</title></head><body><article><h1>\(lines[postscript - 1])</h1>"
            + body.map { "<p>\($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</p>" }.joined()
            + "<p>\(appealHTML)</p></article></body></html>"
        let scratch = try ScratchDirectory()
        let html = try QuireProcess.run(["convert", try scratch.write("page.html", page).path, "-t", "text", "--wrap", "none"])
        #expect(html.status == 0, "\(html.standardError)")
        let htmlParagraphs = html.standardOutput.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for paragraph in body { #expect(htmlParagraphs.contains(paragraph), "lost from HTML: \(paragraph)") }
        #expect(!html.standardOutput.contains(String(appeal.prefix(30))))
    }

    @Test func verboseListsParagraphsThatCameClose() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("note.md", "The committee met on Tuesday to discuss the ferry terminal, which has been empty for years.\n\nYou can subscribe to the council's flood alerts by text message.\n\nThe meeting closed at nine after a long debate about parking.\n")
        let run = try QuireProcess.run(["convert", input.path, "-t", "markdown", "--strip-boilerplate", "-v"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("You can subscribe"))
        #expect(run.standardError.contains("warning: kept, though it asks the reader ("))
        let quiet = try QuireProcess.run(["convert", input.path, "-t", "markdown", "--strip-boilerplate"])
        #expect(quiet.standardError.isEmpty)
    }

    @Test func batchReportsHowManyBlocksWereStripped() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture("article.html"), toPath: folder.appendingPathComponent("page.html").path)
        try FileManager.default.copyItem(atPath: fixture("article.md"), toPath: folder.appendingPathComponent("notes.md").path)
        let run = try QuireProcess.run(
            ["batch", "in", "-t", "json", "-o", "out", "--report", "report.jsonl", "--report-stripped", "stripped.jsonl", "-q"],
            in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = try String(contentsOf: scratch.url.appendingPathComponent("report.jsonl"), encoding: .utf8).split(separator: "\n")
        var counts: [String: Int] = [:]
        for line in lines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            if let input = record["input"] as? String, let count = record["stripped_blocks"] as? Int {
                counts[URL(fileURLWithPath: input).lastPathComponent] = count
            }
        }
        #expect(counts["notes.md"] == 0)
        #expect((counts["page.html"] ?? 0) >= 15)
        let stripped = try String(contentsOf: scratch.url.appendingPathComponent("stripped.jsonl"), encoding: .utf8)
        #expect(stripped.split(separator: "\n").count == counts["page.html"])
    }
}
