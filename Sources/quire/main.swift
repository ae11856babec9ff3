import CHeap
import Glibc
import Quire

// Memory once used is kept for reuse, with fewer page faults (see CHeap).
quire_heap_kept_for_reuse(32 << 20)
// Ctrl-C during a conversion removes the temporary output file before the process ends; past
// a file size limit (`ulimit -f`) a write fails with a message instead of killing quire.
FileAccess.removeTemporaryFilesOnSignals()
signal(SIGXFSZ, SIG_IGN)

// Exit codes (README): 0 success, 1 a document could not be converted, 2 usage error.
do {
    // Arguments as bytes, so a file name that is not valid UTF-8 still opens (SystemPath).
    let arguments = stride(from: 1, to: Int(CommandLine.argc), by: 1).compactMap { index in
        CommandLine.unsafeArgv[index].map { SystemPath.string(cString: $0) }
    }
    var command = try QuireCommand.parseCommandLine(arguments)
    try command.run()
} catch let failure as CommandFailure {
    failure.report()
    exit(failure.exitCode)
} catch {
    CommandFailure.reportParserOutcome(error)
}
