extension String {
    /// The text between line feeds, exactly as `split(separator: "\n", omittingEmptySubsequences:
    /// false)` gives it (a CR LF pair is one character there, so it does not split either), but
    /// found by scanning bytes instead of grapheme clusters: the writers split every paragraph.
    var lineSlices: [Substring] {
        var slices: [Substring] = []
        var start = startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                slices.append(self[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            utf8.formIndex(after: &index)
        }
        slices.append(self[start..<endIndex])
        return slices
    }
}
