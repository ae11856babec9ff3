import QuireDocument

/// A byline as sites write it, taken apart into the author names and the date it carries:
/// "Written by Ann Lee Edited by Bo Chan" credits Ann Lee; "Ann Lee March 25, 2015" is Ann Lee
/// and a date; "By Ann Lee and Bo Chan" is two authors; "Ann Lee | Staff writer | 25 March 2015"
/// is a name, a role and a date.
///
/// Other people the byline credits (an editor, a photographer) are not authors, and the date
/// must not end up inside a name, so both are taken out before the names are split.
struct HTMLByline {
    var names: [String] = []
    /// A whole day (or moment) named in the byline; a bare month or year is too often part of a
    /// name ("Theresa May") to be read as a date.
    var date: DocumentDate?

    init(_ text: String) {
        var segments = Self.segments(of: HTMLWhitespace.normalized(text))
        if let index = segments.firstIndex(where: { Self.dayDate($0) != nil }) {
            date = Self.dayDate(segments.remove(at: index))
        }
        guard var credit = segments.first(where: { !Self.removingCreditWords($0).isEmpty }) else { return }
        credit = Self.removingCreditWords(credit)
        credit = Self.cutAtOtherCredits(credit)
        if let (name, found) = Self.splittingTrailingDate(credit) {
            credit = name
            date = date ?? found
        }
        names = HTMLMetadataReader.splitAuthors(credit)
    }

    /// The parts of a byline between the separators sites put between name, role and date.
    private static func segments(of text: String) -> [String] {
        guard text.contains(where: { "|·•—–".contains($0) }) else { return text.isEmpty ? [] : [text] }
        var segments = [text]
        for separator in ["|", " · ", " • ", " — ", " – "] {
            segments = segments.flatMap { $0.split(separator: separator).map(\.trimmingSpaces) }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// Words that introduce the author ("By", "Written by", "Posted by", "Author:") or the date
    /// ("Published", "Updated", "Posted on"), removed from the start.
    private static func removingCreditWords(_ text: String) -> String {
        var rest = text.trimmingSpaces
        let lowered = rest.lowercased()
        for prefix in creditPrefixes where lowered.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmingSpaces
            break
        }
        while let first = rest.first, ":,-".contains(first) { rest = String(rest.dropFirst()).trimmingSpaces }
        return rest
    }

    /// Longest first, so "written by " wins over "by ".
    private static let creditPrefixes = [
        "additional reporting by ", "written by ", "reported by ", "posted by ", "published by ", "words by ",
        "story by ", "text by ", "authors:", "author:", "by:", "by ", "published:", "published ", "updated:",
        "updated ", "posted on ", "posted ",
    ]

    /// The text before a second credit: "Ann Lee Edited by Bo Chan", "Ann Lee, photographs by
    /// Cy Dent". A word ending in "ed" or naming a kind of work, followed by "by", starts one.
    private static func cutAtOtherCredits(_ text: String) -> String {
        let words = text.split(separator: " ")
        for index in words.indices.dropFirst() where index + 1 < words.count && words[index + 1].lowercased() == "by" {
            let word = words[index].lowercased().filter(\.isLetter)
            if word.hasSuffix("ed") || otherWork.contains(word) {
                return trimmedName(words[..<index].joined(separator: " "))
            }
        }
        return text
    }

    private static let otherWork: Set<String> = [
        "photos", "photographs", "photography", "photo", "illustrations", "illustration", "graphics", "video",
        "reporting", "design", "editing", "translation", "images",
    ]

    /// "Ann Lee March 25, 2015" or "Ann Lee on 25 March 2015" as the name and the date: the
    /// longest run of final words that is a whole date.
    private static func splittingTrailingDate(_ text: String) -> (String, DocumentDate)? {
        let words = text.split(separator: " ")
        for start in words.indices.dropFirst() {
            if let date = dayDate(words[start...].joined(separator: " ")) {
                return (trimmedName(words[..<start].joined(separator: " ")), date)
            }
        }
        return nil
    }

    private static func dayDate(_ text: String) -> DocumentDate? {
        guard text.contains(where: \.isNumber), let date = HumanDate.parse(removingCreditWords(text)),
            date.day != nil
        else { return nil }
        return date
    }

    private static func trimmedName(_ text: String) -> String {
        var name = text.trimmingSpaces
        while let last = name.last, ",;:-".contains(last) { name = String(name.dropLast()).trimmingSpaces }
        return name
    }
}
