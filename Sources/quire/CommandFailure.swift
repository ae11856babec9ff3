import ArgumentParser
import Glibc
import Quire

/// Why a command stopped, as the one line the user sees and the exit code scripts see.
struct CommandFailure: Error {
    static let conversionFailed: Int32 = 1
    static let usageError: Int32 = 2

    var message: String
    var exitCode: Int32
    /// The message was already printed as a summary; only the exit status is left to give.
    var isSummary = false

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: usageError)
    }

    static func conversion(_ error: any Error) -> CommandFailure {
        CommandFailure(message: String(describing: error), exitCode: conversionFailed)
    }

    /// What `quire` alone on a terminal prints: the commands in brief, and where help is.
    static let shortUsage = """
        quire: no input; name files or URLs to convert, or pipe a document in
        usage: quire [convert] INPUT... [-f FORMAT] [-t FORMAT] [-o FILE]
               quire batch FOLDER... -o FOLDER [-t FORMAT]
               quire stream [RECORDS...] [-t FORMAT]
               quire formats
        See 'quire --help' for the options and examples.
        """

    func report() {
        if !isSummary { printToStandardError("quire: \(message)") }
    }

    /// The parser's messages start with a capital ("Unknown option"); quire's are lower case.
    /// Only a capitalised word is lowered, never an option or a file name.
    static func lowerCased(_ message: String) -> String {
        let letters = Array(message.prefix(2))
        guard letters.count == 2, letters[0].isUppercase, letters[1].isLowercase else { return message }
        return letters[0].lowercased() + message.dropFirst()
    }

    /// Help and `--version` go to standard output with status 0; every argument error becomes one
    /// line on standard error with status 2 (argument-parser's own default would be 64).
    static func reportParserOutcome(_ error: any Error) -> Never {
        if QuireCommand.exitCode(for: error) == .success {
            print(QuireCommand.fullMessage(for: error))
            exit(0)
        }
        let message = QuireCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        printToStandardError("quire: \(lowerCased(message)) (see 'quire --help')")
        exit(usageError)
    }
}

/// Prints one line of a message; what it quotes from documents and file names cannot reach the
/// terminal as control characters (`TerminalSafeText`).
func printToStandardError(_ line: String) {
    let bytes = Array((TerminalSafeText.escaped(line) + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
