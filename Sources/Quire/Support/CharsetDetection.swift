import CUchardetLoader

/// Guesses the character set of bytes that declare none and are not UTF-8, with uchardet (the
/// detector Firefox's was derived from): a Shift_JIS, Big5, GBK, EUC-KR, KOI8-R, Windows-1251
/// or ISO-8859-7 page otherwise comes out as Windows-1252 mojibake.
enum CharsetDetection {
    /// The encoding (by `CharsetLabels`' name, or `iconv`'s for the few the standard lacks), or
    /// `nil` when uchardet has no answer or is missing.
    static func guess(_ bytes: [UInt8]) -> String? {
        // A quarter of a megabyte settles any page, and bounds the time on a huge one.
        let sample = Array(bytes.prefix(1 << 18))
        var name = [CChar](repeating: 0, count: 64)
        let found = sample.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            return quire_detect_charset(base, buffer.count, &name, name.count)
        }
        guard found == 1 else { return nil }
        let label = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if let encoding = CharsetLabels.encoding(forLabel: label) { return encoding }
        return CharsetConverter.supports(label) ? label : nil
    }
}
