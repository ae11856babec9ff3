import Testing
@testable import quire

/// Plain conversions skip the root command's parse (see `QuireCommand.parseCommandLine`); everything
/// else, and every request for help, still goes through it.
@Suite struct CommandLineRoutingTests {
    @Test(arguments: [
        (["convert", "a.md", "-t", "json"], ["a.md", "-t", "json"] as [String]?),
        (["a.md", "-o", "a.epub"], ["a.md", "-o", "a.epub"]),
        (["convert"], []),
        ([], nil),
        (["batch", "in", "-o", "out"], nil),
        (["formats"], nil),
        (["help", "convert"], nil),
        (["--version"], nil),
        (["-t", "json", "a.md"], nil),
        (["-"], nil),
        (["convert", "--help"], nil),
        (["a.md", "-h"], nil),
        (["convert", "a.md", "--generate-completion-script", "bash"], nil),
    ])
    func conversionsAloneSkipTheRoot(arguments: [String], direct: [String]?) {
        #expect(QuireCommand.conversionArguments(arguments) == direct)
    }

    @Test func theDirectParseGivesTheSameCommandAsTheRoot() throws {
        let arguments = ["convert", "a.md", "b.md", "-t", "markdown", "--wrap", "72", "-o", "out.md"]
        let direct = try #require(try QuireCommand.parseCommandLine(arguments) as? ConvertCommand)
        let viaRoot = try #require(try QuireCommand.parseAsRoot(arguments) as? ConvertCommand)
        #expect(direct.inputs == viaRoot.inputs)
        #expect(direct.output == viaRoot.output)
        #expect(direct.inputs == ["a.md", "b.md"])
        #expect(direct.output == "out.md")
    }
}
