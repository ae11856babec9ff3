import QuireFuzz

/// libFuzzer's entry point: a tree decoded from the bytes (`FuzzTree`) through every writer, and
/// the outputs that can be read back read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWriters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.writeTree(FuzzTargets.bytes(data, size))
    return 0
}
