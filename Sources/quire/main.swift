import Glibc

// Exit codes (README): 0 success, 1 a document could not be converted, 2 usage error.
do {
    var command = try QuireCommand.parseCommandLine(Array(CommandLine.arguments.dropFirst()))
    try command.run()
} catch let failure as CommandFailure {
    failure.report()
    exit(failure.exitCode)
} catch {
    CommandFailure.reportParserOutcome(error)
}
