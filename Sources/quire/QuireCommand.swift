import ArgumentParser
import Quire

struct QuireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quire",
        abstract: "Convert web articles and documents to EPUB, Markdown, text and JSON.",
        discussion: """
            Examples:
              quire https://example.org/story -o story.epub   (web article to EPUB)
              quire batch notes/ -o out/ -t epub              (a folder, in parallel)
              quire notes.md --strip-boilerplate -o clean.md  (appeals removed)
              quire page.html -t text --links none            (clean text)
              cat notes.md | quire -t json                    (standard input)
              quire formats                                   (what quire reads, writes)

            Exit codes: 0 success, 1 a document could not be converted, 2 usage error, 130 interrupted (Ctrl-C).
            """,
        version: quireVersion,
        subcommands: [ConvertCommand.self, BatchCommand.self, StreamCommand.self, FormatsCommand.self],
        defaultSubcommand: ConvertCommand.self)
}

extension QuireCommand {
    /// Parses the command line. A conversion (`quire convert …`, or `quire FILE …` since convert
    /// is the default) that asks for no help is parsed by `ConvertCommand` alone: through the
    /// root, swift-argument-parser builds convert's 45 options twice more to look for
    /// pass-through arguments, a millisecond of every run (docs/performance.md). Help, version
    /// and completion requests take the root's path so their text names `quire`.
    static func parseCommandLine(_ arguments: [String]) throws -> any ParsableCommand {
        guard let convertArguments = conversionArguments(arguments) else {
            return try parseAsRoot(arguments)
        }
        return try ConvertCommand.parseAsRoot(convertArguments)
    }

    /// The arguments of a plain conversion, or nil when the root must see them.
    static func conversionArguments(_ arguments: [String]) -> [String]? {
        guard let first = arguments.first else { return nil }
        let rest: ArraySlice<String>
        if first == ConvertCommand.configuration.commandName {
            rest = arguments.dropFirst()
        } else if first.hasPrefix("-") || first == "help"
            || configuration.subcommands.contains(where: { $0.configuration.commandName == first })
        {
            return nil
        } else {
            rest = arguments[...]
        }
        let asksForHelp = rest.contains { argument in
            argument == "-h" || argument == "--help" || argument == "-help" || argument == "--version"
                || argument.hasPrefix("--generate-completion") || argument.hasPrefix("--experimental")
        }
        return asksForHelp ? nil : Array(rest)
    }
}
