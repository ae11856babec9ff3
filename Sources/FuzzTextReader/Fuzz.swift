import Quire
import QuireFuzz

/// libFuzzer's entry point: the Text reader, the boilerplate transforms and every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.readAndWrite(.text, FuzzTargets.bytes(data, size))
    return 0
}
