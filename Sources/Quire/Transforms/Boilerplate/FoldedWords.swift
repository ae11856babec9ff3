/// Text as the boilerplate rules see it: lower-case words without accents, grouped in
/// sentences. "Faites un DON dès aujourd’hui !" is the sentence `faites un don des aujourd hui`.
///
/// Words are runs of letters and digits; everything else separates them (an apostrophe too, so
/// French and Italian elisions split: `l’article` is `l article`). Sentences end at `.`, `!`,
/// `?`, `…` (and their CJK forms) followed by a space or the end. Accents are removed from
/// Latin letters so a rule matches text written with or without them.
///
/// Two things folding loses are kept beside the words, for the grammar of address: where a
/// clause starts inside a sentence (an imperative after a colon still speaks to the reader), and
/// which words were written with a capital (German "Ihre" is "your", "ihre" is "their").
struct FoldedWords: Sendable, Equatable {
    var words: [String] = []
    /// Where each sentence starts in `words`, in order; the first is 0 when there are words.
    var sentenceStarts: [Int] = []
    /// The words that open a clause inside a sentence, in order: after `:`, `;`, a dash, or a comma.
    var clauseStarts: [ClauseStart] = []
    /// The positions in `words` of the words written with a capital first letter, in order.
    var capitalised: [Int] = []

    struct ClauseStart: Sendable, Equatable {
        /// The position in `words` of the clause's first word.
        var word: Int
        /// After a comma, which ends a clause only sometimes; otherwise after `:`, `;` or a dash.
        var afterComma: Bool
    }

    init(_ text: String) {
        var text = text
        text.withUTF8 { read($0) }
    }

    /// Reads the text byte by byte: ASCII (most of any Latin text) is classed by a table and
    /// lower-cased in place; only other scalars are decoded and looked up. Reading it scalar by
    /// scalar through `unicodeScalars` was most of the time appeal removal spent.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The word's folded UTF-8 bytes, made into a string once it ends.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        words.reserveCapacity(bytes.count / 6 + 1)
        var sentenceOpen = false
        // After `.`, `!` or `?`: 1; once a space follows: 2, and the next word starts a sentence.
        var end = 0
        // The clause break since the last word: `:`, `;` or a dash (strong), or a comma.
        var pendingBreak: (strong: Bool, seen: Bool) = (false, false)
        var startsWithCapital = false
        func finishWord() {
            guard !current.isEmpty else { return }
            if !sentenceOpen {
                sentenceStarts.append(words.count)
                sentenceOpen = true
            } else if pendingBreak.seen {
                clauseStarts.append(ClauseStart(word: words.count, afterComma: !pendingBreak.strong))
            }
            pendingBreak = (false, false)
            if startsWithCapital { capitalised.append(words.count) }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        func startOrContinueWord(capital: @autoclosure () -> Bool) {
            if end == 2 {
                sentenceOpen = false
                pendingBreak = (false, false)
            }
            end = 0
            if current.isEmpty { startsWithCapital = capital() }
        }
        let classes = Self.asciiClasses
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch classes[Int(byte)] {
                case .lower:
                    startOrContinueWord(capital: false)
                    current.append(byte)
                case .upper:
                    startOrContinueWord(capital: true)
                    current.append(byte + 0x20)
                case .space:
                    finishWord()
                    if end == 1 { end = 2 }
                case .sentenceEnd:
                    finishWord()
                    if end == 0 { end = 1 }
                case .strongBreak:
                    finishWord()
                    pendingBreak = (true, true)
                    end = 0
                case .comma:
                    finishWord()
                    pendingBreak = (pendingBreak.strong, true)
                    end = 0
                case .closer:
                    finishWord()
                case .other:
                    finishWord()
                    end = 0
                }
                continue
            }
            // A scalar of two to four bytes (the text is valid UTF-8).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Self.isWordScalar(scalar) {
                startOrContinueWord(capital: Self.isCapital(scalar))
                Self.appendFolded(scalar, to: &current)
                continue
            }
            finishWord()
            switch scalar {
            case "…": if end == 0 { end = 1 }
            case "。", "！", "？": end = 2
            case "–", "—":
                pendingBreak = (true, true)
                end = 0
            default:
                if TextMeasure.isWhitespace(scalar) {
                    if end == 1 { end = 2 }
                } else if !Self.closesSentence(scalar) {
                    end = 0
                }
            }
        }
        finishWord()
    }

    private enum ASCIIClass {
        case lower, upper, space, sentenceEnd, strongBreak, comma, closer, other
    }

    /// What each ASCII byte is to `read`: digits and lower-case letters are `lower`.
    private static let asciiClasses: [ASCIIClass] = (0..<128).map { value -> ASCIIClass in
        let scalar = Unicode.Scalar(UInt8(value))
        switch scalar {
        case "a"..."z", "0"..."9": return .lower
        case "A"..."Z": return .upper
        case ".", "!", "?": return .sentenceEnd
        case ":", ";": return .strongBreak
        case ",": return .comma
        default:
            if TextMeasure.isWhitespace(scalar) { return .space }
            return closesSentence(scalar) ? .closer : .other
        }
    }

    /// The sentences, each as its words.
    var sentences: [ArraySlice<String>] {
        sentenceStarts.indices.map { index in
            let end = index + 1 < sentenceStarts.count ? sentenceStarts[index + 1] : words.count
            return words[sentenceStarts[index]..<end]
        }
    }

    /// Quotes, brackets and emphasis marks around a sentence's end do not change it:
    /// `"Thank you." “Next…`.
    private static func closesSentence(_ scalar: Unicode.Scalar) -> Bool {
        "\"'()[]“”‘’«»„*_".unicodeScalars.contains(scalar)
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        if (0xC0...0xDE).contains(scalar.value) { return scalar.value != 0xD7 }
        return scalar.properties.isUppercase
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        switch scalar.value {
        // Latin-1 and Latin Extended letters, Cyrillic, kana, CJK ideographs, Hangul: letters
        // without asking the Unicode tables, which is slow.
        case 0x00C0...0x024F: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x0400...0x0481, 0x048A...0x04FF, 0x3041...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        // General punctuation (dashes, quotation marks, the ellipsis): never letters.
        case 0x2000...0x206F: return false
        // Combining accents are dropped by `appendFolded` but stay inside the word.
        case 0x0300...0x036F: return true
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            word.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
            return
        }
        if (0x0300...0x036F).contains(scalar.value) { return }
        if let lowered = simpleLowercase(scalar) {
            if let folded = latinFolded(lowered) {
                word += folded.utf8
            } else {
                UTF8.encode(lowered) { word.append($0) }
            }
            return
        }
        let lower = scalar.properties.lowercaseMapping
        for lowered in lower.unicodeScalars {
            if let folded = latinFolded(lowered) {
                word += folded.utf8
            } else {
                UTF8.encode(lowered) { word.append($0) }
            }
        }
    }

    /// The lower case of letters whose case is a fixed offset (Latin-1, Cyrillic) or that have
    /// none (kana, CJK, Hangul); `nil` for the others, which the Unicode tables answer.
    private static func simpleLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0xC0...0xDE where value != 0xD7: return Unicode.Scalar(value + 0x20)
        case 0xDF...0xFF, 0x0430...0x045F, 0x3041...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return scalar
        case 0x0400...0x040F: return Unicode.Scalar(value + 0x50)
        case 0x0410...0x042F: return Unicode.Scalar(value + 0x20)
        default: return nil
        }
    }

    /// The plain letters for an accented Latin letter of the languages the built-in rules cover,
    /// or one of its neighbours; `nil` for any other scalar.
    private static func latinFolded(_ scalar: Unicode.Scalar) -> String? {
        let offset = Int(scalar.value) - latinFoldingStart
        guard offset >= 0, offset < latinFolding.count else { return nil }
        return latinFolding[offset]
    }

    /// The first scalar `latinFolding` covers: À.
    private static let latinFoldingStart = 0xC0

    /// The folding of each scalar from `latinFoldingStart` on, by its offset: an array, not a
    /// dictionary keyed by `Unicode.Scalar`, whose first use cost each conversion a look-up of
    /// its `Hashable` conformance through every one the program has.
    private static let latinFolding: [String?] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
        ]
        let last = groups.flatMap { $0.0.unicodeScalars.map(\.value) }.max() ?? 0
        var table = [String?](repeating: nil, count: Int(last) - latinFoldingStart + 1)
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[Int(scalar.value) - latinFoldingStart] = plain }
        }
        return table
    }()
}
