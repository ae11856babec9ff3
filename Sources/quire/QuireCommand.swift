import ArgumentParser
import Quire

struct QuireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quire",
        abstract: "Convert web articles and documents to EPUB, Markdown, plain text and JSON.",
        discussion: """
            Examples:
              quire convert article.json -t json --compact
              quire article.json -o copy.json         (convert is the default command)
              cat article.json | quire convert - -t json
              quire batch notes/ -t json -o out/        (a folder, in parallel)
              quire formats

            Exit codes: 0 success, 1 a document could not be converted, 2 usage error.
            """,
        version: quireVersion,
        subcommands: [ConvertCommand.self, BatchCommand.self, FormatsCommand.self],
        defaultSubcommand: ConvertCommand.self)
}
