/// Spells typographic characters in 7-bit ASCII for `--ascii`: quotes, dashes, ellipses,
/// spaces, common symbols and the accented letters of Western European languages.
///
/// Characters with no ASCII spelling (other scripts) are left as they are rather than lost.
enum ASCIITransliteration {
    static func transliterate(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isASCII || isNoBreakSpace(scalar) {
                result.unicodeScalars.append(scalar)
            } else if let code = currencyCodes[scalar] {
                // "£5" reads "GBP 5", but "5 £" stays "5 GBP".
                let beforeDigit = index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
                result += beforeDigit ? code + " " : code
            } else if let spelling = spellings[scalar] {
                result += spelling
            } else if (0xC0...0xFF).contains(scalar.value) {
                result += latin1Letters[Int(scalar.value - 0xC0)]
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent whose letter has no precomposed form
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Spaces that must not become line breaks; they are turned into plain spaces only after
    /// wrapping (see `TextWriter`).
    static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2007}" || scalar == "\u{2060}"
    }

    private static let currencyCodes: [Unicode.Scalar: String] = [
        "\u{20AC}": "EUR", "\u{A3}": "GBP", "\u{A5}": "JPY", "\u{20B9}": "INR", "\u{20BD}": "RUB", "\u{20A9}": "KRW",
    ]

    /// U+00C0 to U+00FF in order.
    private static let latin1Letters: [String] = [
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
        "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "TH", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    private static let spellings: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{AB}": "\"", "\u{BB}": "\"", "\u{2039}": "'", "\u{203A}": "'",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2212}": "-",
        "\u{2014}": "--", "\u{2015}": "--",
        "\u{2026}": "...", "\u{2022}": "*", "\u{B7}": ".",
        "\u{2002}": " ", "\u{2003}": " ", "\u{2004}": " ", "\u{2005}": " ", "\u{2006}": " ",
        "\u{2008}": " ", "\u{2009}": " ", "\u{200A}": " ", "\u{3000}": " ",
        "\u{200B}": "", "\u{AD}": "", "\u{FEFF}": "",
        "\u{A9}": "(c)", "\u{AE}": "(R)", "\u{2122}": "(TM)", "\u{B0}": " deg", "\u{A7}": "S.",
        "\u{A2}": "c",
        "\u{BD}": "1/2", "\u{BC}": "1/4", "\u{BE}": "3/4", "\u{B2}": "2", "\u{B3}": "3", "\u{B9}": "1",
        "\u{152}": "OE", "\u{153}": "oe", "\u{160}": "S", "\u{161}": "s", "\u{17D}": "Z", "\u{17E}": "z",
        "\u{178}": "Y", "\u{141}": "L", "\u{142}": "l", "\u{131}": "i", "\u{192}": "f",
        "\u{2020}": "+", "\u{2021}": "++", "\u{2030}": "0/00", "\u{2192}": "->", "\u{2190}": "<-",
        "\u{2264}": "<=", "\u{2265}": ">=", "\u{2260}": "!=", "\u{2248}": "~",
    ]
}
