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

        func row(_ name: String, _ aliases: [String], _ extensions: [String], _ summary: String) -> String {
            let names = ([name] + aliases).joined(separator: ", ")
            let suffixes = extensions.map { "." + $0 }.joined(separator: " ")
            return "  " + names.padding(14) + suffixes.padding(18) + summary
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
