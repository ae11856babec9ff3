import QuireDocument

/// Removes block quote and list markers that would open containers deeper than the tree can hold.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian 12's) takes time growing with the square of the depth when
/// one line opens containers inside each other (`> > > … x`, `- - - … x`): 256 KB of them took
/// seconds, 4 MB minutes. The tree flattens everything below `Document.maximumDepth` anyway,
/// so the markers past that depth on a line are taken out before cmark sees them: the line's
/// text lands in the deepest container, as flattening would put it, and no word is lost.
enum ContainerMarkerLimit {
    /// Markers a line may open before the rest are removed.
    static let maximumMarkersPerLine = Document.maximumDepth

    /// The text without the markers past the limit, and whether any were removed.
    static func removingDeepMarkers(in text: String) -> (text: String, removed: Bool) {
        let bytes = Array(text.utf8)
        var removals: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            if let markers = markersPastLimit(in: bytes, from: lineStart) { removals.append(markers) }
            lineStart = (bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count) + 1
        }
        guard !removals.isEmpty else { return (text, false) }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var copied = 0
        for removal in removals {
            kept += bytes[copied..<removal.lowerBound]
            copied = removal.upperBound
        }
        kept += bytes[copied...]
        return (String(decoding: kept, as: UTF8.self), true)
    }

    /// The markers past the limit on the line starting at `start`, with the spaces after them,
    /// up to the line's content. Looks at no more than the markers themselves.
    private static func markersPastLimit(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        var index = start
        var markers = 0
        var firstPastLimit: Int?
        while true {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            guard let end = markerEnd(in: bytes, at: index) else { break }
            markers += 1
            if markers == maximumMarkersPerLine + 1 { firstPastLimit = index }
            index = end
        }
        return firstPastLimit.map { $0..<index }
    }

    /// Where the block quote or list marker at `index` ends, if there is one there.
    private static func markerEnd(in bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        func isSpace(_ position: Int) -> Bool {
            position < bytes.count && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t"))
        }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        switch bytes[index] {
        case UInt8(ascii: ">"):
            return index + 1
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return isSpace(index + 1) ? index + 1 : nil
        case digits:
            var next = index + 1
            while next < bytes.count, next - index < 9, digits.contains(bytes[next]) { next += 1 }
            guard next < bytes.count, bytes[next] == UInt8(ascii: ".") || bytes[next] == UInt8(ascii: ")"), isSpace(next + 1)
            else { return nil }
            return next + 1
        default:
            return nil
        }
    }
}
