/// Which of the eight languages the built-in rules cover a text is in, from its commonest small
/// words, so that each paragraph is judged by its own language's rules: "du" is "you" in German
/// and "of the" in French, "was" is "you" in Polish and a verb in English.
enum LanguageGuess {
    /// The small words of each language, folded as `FoldedWords` folds them.
    static let commonWords: [String: Set<String>] = [
        "en": ["if", "not", "but", "or", "all", "more", "thanks", "can", "would", "their", "they", "she", "he", "what", "who", "the", "and", "of", "to", "is", "in", "that", "this", "for", "with", "are", "was", "it", "on", "be",
               "by", "from", "you", "our", "we", "your", "have", "has", "will", "a", "an", "us", "today"],
        "fr": ["si", "notre", "votre", "nos", "vos", "ne", "mais", "ou", "tout", "plus", "merci", "aujourd", "hui", "a", "y", "leur", "ces", "elle", "le", "la", "les", "et", "des", "est", "du", "une", "un", "pour", "dans", "qui", "que", "sur", "au",
               "aux", "nous", "vous", "ce", "cet", "cette", "pas", "avec", "son", "sa", "ses", "ont", "sont", "de", "l", "d"],
        "es": ["si", "o", "todo", "nuestros", "ellos", "a", "porque", "el", "los", "las", "y", "del", "una", "por", "para", "con", "que", "es", "en", "al", "su", "sus", "se",
               "lo", "como", "mas", "este", "esta", "nuestro", "nuestra", "hoy", "de", "la", "tu", "sin", "pero", "muy", "hasta",
               "cualquier", "gracias", "puedes", "te", "nos", "tambien", "cada"],
        "de": ["wenn", "aber", "oder", "alle", "mehr", "danke", "ihr", "er", "es", "dass", "wird", "werden", "kann", "bitte", "ihren", "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "zu", "im", "auf",
               "fur", "sie", "wir", "ihre", "ihnen", "uns", "unser", "unsere", "sich", "auch", "jetzt", "an", "heute"],
        "it": ["se", "ma", "o", "tutto", "piu", "grazie", "nostri", "nostre", "loro", "a", "sei", "tuoi", "tua", "ogni", "il", "che", "di", "della", "del", "per", "una", "sono", "gli", "le", "la", "al", "e", "non", "con",
               "nel", "alla", "questo", "questa", "ci", "ti", "tuo", "nostro", "nostra", "anche", "oggi", "un"],
        "pt": ["ou", "tudo", "mais", "seus", "suas", "a", "as", "nossos", "nossas", "o", "os", "da", "do", "das", "dos", "que", "uma", "um", "nao", "em", "no", "na", "ao", "para", "com",
               "e", "se", "seu", "sua", "nosso", "nossa", "voce", "por", "hoje", "de", "nos", "sem", "mas", "muito", "ate",
               "qualquer", "obrigado", "obrigada", "pode", "tambem", "cada"],
        "nl": ["als", "maar", "of", "alle", "meer", "ze", "hij", "zij", "wat", "wie", "wordt", "kan", "jouw", "de", "het", "een", "van", "en", "niet", "dat", "zijn", "is", "op", "voor", "met", "je", "jij", "u",
               "uw", "we", "ons", "onze", "ook", "dit", "aan", "om", "bij", "dan", "vandaag"],
        "pl": ["jesli", "ale", "lub", "albo", "wszystko", "wiecej", "dziekujemy", "ich", "on", "ona", "co", "kto", "moze", "twoje", "naszym", "i", "w", "nie", "na", "sie", "ze", "jest", "z", "do", "to", "od", "po", "dla", "o", "jak", "nas",
               "nasz", "twoj", "ci", "za", "ten", "ta", "juz", "dzis", "nam", "nasze"],
    ]

    static let priorWeight = 1.5

    /// The languages, in a fixed order: scores are kept in an array, not a dictionary.
    static let languages = commonWords.keys.sorted()

    /// How much each small word says of each language that has it (by its place in
    /// `languages`): 1 divided by the number of those languages, so "de" (five languages)
    /// counts a fifth of "het".
    static let weights: [String: [(language: Int, weight: Double)]] = {
        var found: [String: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            for word in commonWords[language] ?? [] { found[word, default: []].append(index) }
        }
        return found.mapValues { indexes in indexes.map { ($0, 1 / Double(indexes.count)) } }
    }()

    /// The language whose small words weigh most in `words`, when they weigh at least 2 and
    /// half as much again as any other language's; otherwise `nil`. `prior` (the document's
    /// language, for one paragraph) starts with a weight of `priorWeight`, so a short paragraph
    /// changes language only on clear evidence.
    static func guess(_ words: ArraySlice<String>, prior: String? = nil) -> String? {
        var scores = [Double](repeating: 0, count: languages.count)
        if let prior, let index = languages.firstIndex(of: prior) { scores[index] = priorWeight }
        for word in words {
            guard let found = weights[word] else { continue }
            for (language, weight) in found { scores[language] += weight }
        }
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        let runnerUp = scores.indices.filter { $0 != best }.map { scores[$0] }.max() ?? 0
        guard scores[best] >= 2, scores[best] >= runnerUp * 1.5 else { return nil }
        return languages[best]
    }

    /// The language a `lang` tag names ("fr-CA" is French), when the rules have it.
    static func language(ofTag tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = String(tag.lowercased().prefix { $0.isLetter })
        return commonWords[primary] == nil ? nil : primary
    }
}
