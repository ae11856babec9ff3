#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// The text between line feeds, exactly as `split(separator: "\n", omittingEmptySubsequences:
    /// false)` gives it (a CR LF pair is one character there, so it does not split either), but
    /// found with `memchr` instead of by grapheme clusters: the writers split every paragraph.
    var lineSlices: [Substring] {
        var offsets: [Int] = []
        var text = self
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var position = 0
            while position < bytes.count, let found = memchr(base + position, 0x0A, bytes.count - position) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if offset == 0 || bytes[offset - 1] != 0x0D { offsets.append(offset) }
                position = offset + 1
            }
        }
        guard !offsets.isEmpty else { return [self[...]] }
        var slices: [Substring] = []
        slices.reserveCapacity(offsets.count + 1)
        var start = startIndex
        for offset in offsets {
            let end = utf8.index(startIndex, offsetBy: offset)
            slices.append(self[start..<end])
            start = utf8.index(after: end)
        }
        slices.append(self[start..<endIndex])
        return slices
    }
}
