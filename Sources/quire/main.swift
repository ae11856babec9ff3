import CHeap
import Glibc

// A conversion's memory comes on 2 MB pages, with far fewer page faults (see CHeap).
quire_heap_on_huge_pages(32 << 20)

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
