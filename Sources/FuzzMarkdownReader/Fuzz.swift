import Quire
import QuireFuzz

/// libFuzzer's entry point: the Markdown reader, the boilerplate transforms and every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.readAndWrite(.markdown, FuzzTargets.bytes(data, size))
    return 0
}
