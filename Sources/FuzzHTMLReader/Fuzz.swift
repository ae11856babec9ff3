import Quire
import QuireFuzz

/// libFuzzer's entry point: the HTML reader, the boilerplate transforms and every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.readAndWrite(.html, FuzzTargets.bytes(data, size))
    return 0
}
