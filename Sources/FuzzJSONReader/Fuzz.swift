import Quire
import QuireFuzz

/// libFuzzer's entry point: the JSON reader, the boilerplate transforms and every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.readAndWrite(.json, FuzzTargets.bytes(data, size))
    return 0
}
