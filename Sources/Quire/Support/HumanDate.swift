import QuireDocument

/// Reads dates the way people write them ("Sunday 4 January 2026", "4 Jan 2026",
/// "January 4, 2026", "4 de enero de 2026", "4. Januar 2026", "2026-01-04") into ISO 8601.
///
/// Article pages, bylines and text exports give dates in prose; the tree keeps only ISO 8601.
/// Month names are known in English, French, Spanish, German, Portuguese and Italian, in full
/// or abbreviated. Anything uncertain gives `nil` rather than a guess: an all-numeric date is
/// accepted only when its order is unambiguous (`2026-01-04`, `4.1.2026`, `25/12/2026`).
public enum HumanDate {
    /// The date in `text`, or `nil` when the text is not only a date.
    ///
    /// Weekday names, ordinal suffixes ("4th", "1er"), linking words ("de", "of") and a time of
    /// day are allowed around the date; any other word makes the whole text not a date.
    public static func parse(_ text: String) -> DocumentDate? {
        let trimmed = text.trimmingSpaces
        if let iso = DocumentDate(iso8601: trimmed) { return iso }
        if let numeric = numericDate(trimmed) { return numeric }
        return wordDate(trimmed)
    }

    private static func wordDate(_ text: String) -> DocumentDate? {
        var month: Int?
        var year: Int?
        var day: Int?
        for token in tokens(of: text.lowercased()) {
            if let number = Int(token.digits) {
                guard token.suffix.isEmpty || ordinalSuffixes.contains(token.suffix) else { return nil }
                if token.digits.count == 4, year == nil {
                    year = number
                } else if token.digits.count <= 2, day == nil, (1...31).contains(number) {
                    day = number
                } else {
                    return nil
                }
            } else if token.isTimeOfDay || ignoredWords.contains(token.word) || weekdays.contains(token.word) {
                continue
            } else if month == nil, let found = monthNumber(token.word) {
                month = found
            } else {
                return nil
            }
        }
        guard let month, let year else { return nil }
        guard let day else { return DocumentDate(iso8601: "\(year)-\(month < 10 ? "0" : "")\(month)") }
        guard day <= daysIn(month: month, year: year) else { return nil }
        return DocumentDate(year: year, month: month, day: day)
    }

    /// `2026/01/04`, `4.1.2026` (day first, as everywhere dots are used), and slashed dates whose
    /// order a day above 12 makes certain.
    private static func numericDate(_ text: String) -> DocumentDate? {
        for separator in ["/", ".", "-"] as [Character] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
            else { continue }
            var candidate: (year: Int, month: Int, day: Int)?
            if parts[0].count == 4 {
                candidate = (a, b, c)
            } else if parts[2].count == 4 {
                if separator == "." || separator == "-" || a > 12 {
                    candidate = (c, b, a)
                } else if b > 12 {
                    candidate = (c, a, b)
                }
            }
            guard let date = candidate, (1...12).contains(date.month),
                (1...daysIn(month: date.month, year: date.year)).contains(date.day)
            else { return nil }
            return DocumentDate(year: date.year, month: date.month, day: date.day)
        }
        return nil
    }

    private struct Token {
        var digits = ""
        var suffix = ""
        var word = ""
        var isTimeOfDay = false
    }

    /// Splits on anything that is neither a letter nor a digit, keeping `14:30` whole and a
    /// number's letter suffix ("4th") with its number.
    private static func tokens(of text: String) -> [Token] {
        var result: [Token] = []
        var current = Token()
        var hasContent = false
        func finish() {
            if hasContent { result.append(current) }
            current = Token()
            hasContent = false
        }
        var previous: Character = " "
        for character in text {
            if character.isASCIIDigit {
                if !current.word.isEmpty || !current.suffix.isEmpty { finish() }
                current.digits.append(character)
                hasContent = true
            } else if character.isLetter || character == "º" || character == "ª" {
                if current.digits.isEmpty {
                    current.word.append(character)
                } else {
                    current.suffix.append(character)
                }
                hasContent = true
            } else if character == ":", previous.isASCIIDigit, !current.digits.isEmpty {
                current.isTimeOfDay = true
                current.digits = ""
            } else {
                finish()
            }
            previous = character
        }
        finish()
        // A time of day such as "14:30" ends up with its minutes in `digits`; drop them.
        return result.map { token in
            var token = token
            if token.isTimeOfDay { token.digits = "" }
            return token
        }
    }

    private static func monthNumber(_ word: String) -> Int? {
        let name = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard name.count >= 3 else { return nil }
        var found: Int?
        for (index, names) in monthNames.enumerated() where names.contains(where: { $0.hasPrefix(name) }) {
            guard found == nil || found == index + 1 else { return nil }
            found = index + 1
        }
        return found
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Full month names in English, French, Spanish, German, Portuguese and Italian, with the
    /// spellings people type without accents. Abbreviations match as unambiguous prefixes.
    private static let monthNames: [[String]] = [
        ["january", "janvier", "enero", "januar", "jänner", "janeiro", "gennaio"],
        ["february", "février", "fevrier", "febrero", "februar", "fevereiro", "febbraio"],
        ["march", "mars", "marzo", "märz", "maerz", "março", "marco"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio"],
        ["june", "juin", "junio", "juni", "junho", "giugno"],
        ["july", "juillet", "julio", "juli", "julho", "luglio"],
        ["august", "août", "aout", "agosto"],
        ["september", "septembre", "septiembre", "setiembre", "setembro", "settembre", "sept"],
        ["october", "octobre", "octubre", "oktober", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "décembre", "decembre", "diciembre", "dezember", "dezembro", "dicembre"],
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira",
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi",
        "venerdì", "venerdi", "sabato", "domenica",
    ]

    /// Words that link the parts of a date in the six languages, and time-zone names after a time.
    private static let ignoredWords: Set<String> = [
        "de", "del", "of", "the", "on", "le", "el", "am", "pm", "den", "um", "à", "a", "h", "utc", "gmt",
    ]

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "o", "º", "ª"]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
