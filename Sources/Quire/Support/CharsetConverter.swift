import Glibc

/// Turns bytes in a legacy character set (Shift_JIS, ISO-8859-15, GBK...) into UTF-8 through the
/// C library's `iconv`, the one place quire calls it.
///
/// Bytes that are invalid in the source character set become U+FFFD and decoding goes on, as a
/// browser does, so one bad byte never costs the rest of the page.
enum CharsetConverter {
    /// Whether `iconv` knows a character set by this name.
    static func supports(_ name: String) -> Bool {
        let converter = iconv_open("UTF-8", name)
        guard Int(bitPattern: converter) != -1 else { return false }
        iconv_close(converter)
        return true
    }

    /// The bytes converted to UTF-8, or `nil` when `iconv` does not know `name`.
    static func utf8(from bytes: [UInt8], charset name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", name)
        guard Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }

        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            chunk.withUnsafeMutableBufferPointer { target in
                guard let sourceStart = source.baseAddress, let targetStart = target.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceStart)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(targetStart)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: UnsafeBufferPointer(start: targetStart, count: target.count - outLeft))
                    if result == -1 {
                        switch errno {
                        case E2BIG:
                            continue
                        case EINVAL:
                            // A sequence cut off by the end of the input.
                            output.append(contentsOf: replacement)
                            inLeft = 0
                        default:
                            // EILSEQ: a byte the character set does not define.
                            output.append(contentsOf: replacement)
                            inPointer = inPointer.map { $0 + 1 }
                            inLeft -= 1
                        }
                    }
                }
            }
        }
        return output
    }
}
