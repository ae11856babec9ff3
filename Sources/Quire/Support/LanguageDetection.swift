import QuireDocument

/// Guesses a document's language from its most common short words, for books whose source does
/// not say (an EPUB needs `dc:language`, and reading systems pick fonts and hyphenation from it).
///
/// Each language scores one point per word of running text found in its list of frequent words;
/// the best score wins if it is clear. Words shared by several languages (`la`, `de`, `a`) score for
/// all of them, so the words only one language uses decide. Covers English, French, Spanish,
/// German, Portuguese and Italian.
public enum LanguageDetection {
    /// The BCP 47 tag (`en`, `fr`, `es`, `de`, `pt`, `it`), or `nil` when the text is too short or
    /// too mixed to tell.
    public static func language(of text: String) -> String? {
        var scores = [Int](repeating: 0, count: stopWords.count)
        var words = 0
        var word = ""
        func finishWord() {
            guard !word.isEmpty else { return }
            words += 1
            for (index, list) in stopWords.enumerated() where list.words.contains(word) { scores[index] += 1 }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter {
                word.append(character)
            } else if character == "'" || character == "’", !word.isEmpty {
                // Elisions count as words of their own: "l'eau" is "l'" and "eau".
                word.append("'")
                finishWord()
            } else {
                finishWord()
                if words >= wordsConsidered { break }
            }
        }
        finishWord()

        let ranked = scores.enumerated().sorted { $0.element > $1.element }
        guard let best = ranked.first, best.element >= 3 else { return nil }
        let runnerUp = ranked.dropFirst().first?.element ?? 0
        // A clear lead: at least a fifth more hits than the next language.
        guard best.element * 5 >= runnerUp * 6, best.element > runnerUp else { return nil }
        return stopWords[best.offset].language
    }

    /// The language of the document's own text: headings and paragraphs, from the start.
    public static func language(of document: Document) -> String? {
        language(of: sampleText(of: document.blocks, limit: 20_000))
    }

    /// Enough text to judge by, gathered without recursing (the input controls the depth).
    static func sampleText(of blocks: [Block], limit: Int) -> String {
        var text = ""
        var pending: [Block] = blocks.reversed()
        while let block = pending.popLast(), text.utf8.count < limit {
            if case .footnoteDefinition = block { continue }
            for inlines in block.childInlines {
                text += inlines.plainText
                text += "\n"
            }
            pending.append(contentsOf: block.childBlocks.reversed().flatMap { $0.reversed() })
        }
        return text
    }

    private static let wordsConsidered = 3000

    private static let stopWords: [(language: String, words: Set<String>)] = [
        (
            "en",
            [
                "the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "on", "are", "with", "as", "be",
                "at", "by", "this", "have", "from", "or", "an", "they", "which", "you", "were", "has", "but", "not",
                "their", "his", "her", "she", "he", "we", "been", "would", "there", "what", "when", "who", "will",
                "its", "into", "than", "them", "these", "said", "about", "after", "had", "could", "also",
            ]
        ),
        (
            "fr",
            [
                "le", "la", "les", "et", "de", "des", "du", "un", "une", "est", "que", "qui", "dans", "pour", "pas",
                "ne", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont", "mais", "ou", "par", "plus",
                "nous", "vous", "ils", "elles", "leur", "été", "être", "avait", "fait", "comme", "tout", "aussi",
                "son", "ses", "dont", "où", "l'", "d'", "qu'", "c'", "n'", "s'", "j'", "entre",
            ]
        ),
        (
            "es",
            [
                "el", "la", "los", "las", "y", "que", "en", "un", "una", "es", "por", "con", "para", "del", "se",
                "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "porque",
                "esta", "son", "entre", "está", "cuando", "muy", "sin", "sobre", "también", "hay", "donde", "desde",
                "todo", "nos", "durante", "todos", "uno", "les", "ni", "otros", "ese", "eso", "había", "ante", "ellos",
            ]
        ),
        (
            "de",
            [
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                "auf", "für", "im", "dem", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach",
                "wird", "bei", "einer", "um", "noch", "wie", "über", "einen", "so", "zum", "war", "haben", "nur",
                "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sind", "wurde", "sein", "wenn", "ich",
            ]
        ),
        (
            "pt",
            [
                "o", "a", "os", "as", "e", "que", "do", "da", "dos", "das", "em", "um", "uma", "é", "não", "com",
                "para", "por", "mais", "no", "na", "nos", "se", "ao", "como", "mas", "foi", "ele", "ela", "seu",
                "sua", "são", "está", "isso", "também", "muito", "já", "pelo", "pela", "quando", "ou", "aos", "às",
                "pelos", "foram", "tem", "até", "isto", "esse", "essa", "depois", "sem", "mesmo", "onde", "há",
            ]
        ),
        (
            "it",
            [
                "il", "lo", "la", "i", "gli", "le", "e", "che", "di", "del", "della", "un", "una", "è", "non", "per",
                "con", "in", "sono", "ma", "come", "anche", "più", "questo", "questa", "al", "alla", "nel", "nella",
                "si", "ha", "ci", "dei", "delle", "degli", "dal", "dalla", "sul", "sulla", "era", "essere", "stato",
                "hanno", "molto", "tutto", "quando", "perché", "l'", "dell'", "all'", "nell'", "un'", "c'", "anni",
            ]
        ),
    ]
}

extension LanguageDetection {
    /// The language writers declare (`lang`, `dc:language`): the metadata's tag when it is a
    /// well-formed BCP 47 tag (`en_GB` is read as `en-GB`), else the language detected from the
    /// text, else `nil`.
    public static func languageTag(for document: Document) -> String? {
        if let declared = document.metadata.language.flatMap(wellFormedTag) { return declared }
        return language(of: document)
    }

    /// The tag if it has the shape of BCP 47 (`xx`, `xxx`, then subtags of 1 to 8 letters or
    /// digits), with `_` read as `-`; `nil` for names such as `English`.
    static func wellFormedTag(_ text: String) -> String? {
        let subtags = text.trimmingSpaces.split(separator: "_", omittingEmptySubsequences: false)
            .joined(separator: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter }),
            subtags.dropFirst().allSatisfy({
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            })
        else { return nil }
        return subtags.joined(separator: "-")
    }
}
