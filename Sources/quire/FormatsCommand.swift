import ArgumentParser
import Quire

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats quire reads and writes.",
        discussion: """
            Examples:
              quire formats
              quire formats --writers      (names only, one per line, for scripts)
            """)

    @Flag(help: "Print only the names of the input formats, one per line.")
    var readers = false

    @Flag(help: "Print only the names of the output formats, one per line.")
    var writers = false

    func run() {
        if readers { Formats.readers.forEach { print($0.name) } }
        if writers { Formats.writers.forEach { print($0.name) } }
        guard !readers, !writers else { return }

        func names(_ name: String, _ aliases: [String]) -> String { ([name] + aliases).joined(separator: ", ") }
        func suffixes(_ extensions: [String]) -> String { extensions.map { "." + $0 }.joined(separator: " ") }
        // Columns as wide as their longest entry, so long alias lists stay aligned.
        let allNames = Formats.readers.map { names($0.name, $0.aliases) } + Formats.writers.map { names($0.name, $0.aliases) }
        let allSuffixes = Formats.readers.map { suffixes($0.extensions) } + Formats.writers.map { suffixes($0.extensions) }
        let nameWidth = max(14, (allNames.map(\.count).max() ?? 0) + 2)
        let suffixWidth = max(18, (allSuffixes.map(\.count).max() ?? 0) + 2)
        func row(_ name: String, _ aliases: [String], _ extensions: [String], _ summary: String) -> String {
            "  " + names(name, aliases).padding(nameWidth) + suffixes(extensions).padding(suffixWidth) + summary
        }
        print("Input formats (-f):")
        Formats.readers.forEach { print(row($0.name, $0.aliases, $0.extensions, $0.summary)) }
        print("\nOutput formats (-t):")
        Formats.writers.forEach { print(row($0.name, $0.aliases, $0.extensions, $0.summary)) }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
