import Glibc

extension String {
    /// Whether `text` occurs in this string byte for byte (UTF-8). Foundation's
    /// `contains` bridges the whole string to `NSString` and searches it by composed characters:
    /// on each chapter of a book and each removed block's reason, that cost a conversion more than
    /// the search (docs/performance.md). For ASCII text next to ASCII, as where this is used, the
    /// two agree; a match Foundation finds is always one here.
    func containsBytes(_ text: String) -> Bool {
        var haystack = self
        var needle = text
        return haystack.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                // Each place the first byte occurs (`memchr`), compared whole (`memcmp`).
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    guard let found = memchr(haystack.baseAddress! + start, Int32(first), last - start + 1) else { return false }
                    let offset = haystack.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
