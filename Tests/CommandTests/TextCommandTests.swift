import Foundation
import Testing

/// `quire convert` to and from plain text, with the text writer's flags.
@Suite struct TextCommandTests {
    let article = """
        <https://ledger.example/mill>

        The Tide Mill Turns Again

        - Heritage -

        Publication date: 14 June 2025

        On a grey Thursday morning in May, a little after high water, Ruth Penhallow pulled a \
        wooden lever, and the wheel of [the mill](https://mill.example/) began to turn. “It’s \
        moving again,” she said.

        """

    @Test func readsATextFileByItsExtensionAndWritesText() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.txt", article)
        let run = try QuireProcess.run(["convert", input.path, "-t", "text"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            The Tide Mill Turns Again
            =========================

            Date: 2025-06-14
            Source: https://ledger.example/mill

            On a grey Thursday morning in May, a little after high water, Ruth
            Penhallow pulled a wooden lever, and the wheel of the mill[^1] began to
            turn. “It’s moving again,” she said.

            [^1] https://mill.example/

            """)
    }

    @Test func textFlagsShapeTheOutput() throws {
        let run = try QuireProcess.run(
            ["convert", "-f", "txt", "-t", "plain", "--columns", "30", "--links", "inline", "--no-title-block", "--ascii"],
            input: Data(article.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            On a grey Thursday morning in
            May, a little after high
            water, Ruth Penhallow pulled a
            wooden lever, and the wheel of
            the mill
            <https://mill.example/> began
            to turn. "It's moving again,"
            she said.

            """)
        let unwrapped = try QuireProcess.run(["convert", "-f", "text", "-t", "text", "--wrap", "none", "--links", "none", "--no-title-block"], input: Data(article.utf8))
        #expect(unwrapped.standardOutput.hasPrefix("On a grey Thursday morning in May, a little after high water, Ruth Penhallow pulled a wooden lever, and the wheel of the mill began to turn."))
    }

    @Test func imagesAreDescribedUnlessLeftOutWithTheLinks() throws {
        let page = """
            A note on the sluice gates, which open at high water.

            ![The sluice at low tide](sluice.jpg)

            The gates were rebuilt in oak.

            """
        func text(_ flags: [String]) throws -> String {
            let run = try QuireProcess.run(["convert", "-f", "markdown", "-t", "text", "--no-title-block"] + flags, input: Data(page.utf8))
            #expect(run.status == 0, "\(flags): \(run.standardError)")
            return run.standardOutput
        }
        let bare = "A note on the sluice gates, which open at high water.\n\nThe gates were rebuilt in oak.\n"
        #expect(try text(["--links", "none"]) == bare)
        #expect(try text(["--images", "none"]) == bare)
        #expect(try text([]).contains("\n[Image: The sluice at low tide]\n"))
        #expect(try text(["--links", "none", "--images", "describe"]).contains("\n[Image: The sluice at low tide]\n"))
    }

    @Test func textToJSONPutsTheHeaderInTheMetadata() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.txt", article)
        let run = try QuireProcess.run(["convert", input.path, "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(#""metadata":{"title":"The Tide Mill Turns Again","date":"2025-06-14","source_url":"https://ledger.example/mill","keywords":["Heritage"]}"#))
    }

    @Test func theOutputFileExtensionChoosesText() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("mill.txt", article)
        let output = scratch.url.appendingPathComponent("out.txt")
        let run = try QuireProcess.run(["convert", input.path, "-o", output.path])
        #expect(run.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("The Tide Mill Turns Again\n====="))
    }

    @Test func badTextOptionsAreUsageErrors() throws {
        for arguments in [["--columns", "5"], ["--wrap", "sometimes"], ["--links", "endnotes"], ["--images", "alt"]] {
            let run = try QuireProcess.run(["convert", "-", "-t", "text"] + arguments, input: Data(article.utf8))
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.split(separator: "\n").count == 1, "\(arguments): \(run.standardError)")
        }
    }
}
