import Glibc
import QuireFuzz

#if FUZZING
import CFuzzerDriver

// libFuzzer's driver; the callback must be a closure, not the @_cdecl function itself (which
// would define LLVMFuzzerTestOneInput twice). See scripts/fuzz.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzJSONReader(data, size) }))
#else
exit(FuzzReplay.run(Array(CommandLine.arguments.dropFirst())) { bytes in
    _ = bytes.withUnsafeBufferPointer { fuzzJSONReader($0.baseAddress, $0.count) }
})
#endif
