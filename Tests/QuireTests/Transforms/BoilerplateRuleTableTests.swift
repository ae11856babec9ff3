import Foundation
@testable import Quire
import Testing

/// The built-in rules come from a table made beforehand (`BuiltInBoilerplateRuleTable.swift`):
/// it must give exactly the rules `builtInText` reads, every field and slot.
@Suite struct BoilerplateRuleTableTests {
    static let tableFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Quire/Transforms/Boilerplate/BuiltInBoilerplateRuleTable.swift")

    /// With `QUIRE_RECORD_GOLDEN=1` the table is written anew from the text, and the test fails
    /// until it is run again, as for golden files.
    @Test func theTableGivesTheRulesTheTextReads() throws {
        let read = try BoilerplateRules(parsing: BoilerplateRules.builtInText, source: BoilerplateRules.builtInSource)
        if ProcessInfo.processInfo.environment["QUIRE_RECORD_GOLDEN"] == "1" {
            let source = """
                // Made by BoilerplateRuleTableTests from builtInText (QUIRE_RECORD_GOLDEN=1); do not edit. The
                // format is in BoilerplateRuleTable.swift.
                extension BoilerplateRules {
                    static let builtInTable = ##\"""
                \(BoilerplateRules.tableText(read.rules))
                \"""##
                }

                """
            try Data(source.utf8).write(to: Self.tableFile)
            Issue.record("wrote \(Self.tableFile.path): build and run the tests again")
            return
        }
        #expect(read.rules.count > 500)
        let fromTable = BoilerplateRules.rules(ofTable: BoilerplateRules.builtInTable, source: BoilerplateRules.builtInSource)
        #expect(fromTable.count == read.rules.count, "the table is out of date: QUIRE_RECORD_GOLDEN=1 writes it anew")
        for (table, text) in zip(fromTable, read.rules) where table != text {
            Issue.record("line \(text.source): the table has \(table.identifier) \(table.phrase), the text \(text.identifier) \(text.phrase)")
        }
        #expect(BoilerplateRules.builtIn.rules == read.rules)
    }

    /// Every shape a phrase takes comes back from the table as it was read.
    @Test func everyShapeOfPhraseComesBackFromTheTable() throws {
        let text = """
            ps: p s
            [en]
            appeal: if you liked|enjoyed this|our? article|story
            appeal: don't miss ... more
            money: donat* today?
            heading: e-mail alerts
            heading: e-mail alerts
            [fr]
            appeal: soutenez   l'information\tindépendante
            imperative: faites un don dès aujourd’hui
            [de]
            formal-address: Sie|Ihre
            [zh]
            label: 广告
            """
        let read = try BoilerplateRules(parsing: text, source: "mine.rules")
        #expect(read.rules.count == 10)
        let table = BoilerplateRules.tableText(read.rules)
        #expect(table.split(separator: "\n").count == 10)
        #expect(BoilerplateRules.rules(ofTable: table, source: "mine.rules") == read.rules)
        #expect(read.rules.map(\.identifier).contains("en.heading.e-mail-alerts-2"))
    }
}

/// `readableReason` names rules the way reports show them, whether their file's name is ASCII
/// (found by bytes first) or not (found by `contains` alone).
@Suite struct ReadableReasonTests {
    @Test(arguments: ["mine.rules", "règles-à-moi.rules"])
    func rulesNamedTheOldWayAreRenamed(source: String) throws {
        let rules = BoilerplateRules.builtIn.adding(
            try BoilerplateRules(parsing: "[en]\nappeal: support our café\nmoney: dona*\n", source: source))
        let builtIn = try #require(BoilerplateRules.builtIn.rules.first { $0.identifier == "en.appeal.if-you-liked-this-article" })
        let own = try #require(rules.rules.first { $0.source == "\(source):2" })
        func oldName(_ rule: BoilerplateRules.Rule) -> String {
            "\(rule.kind.rawValue) rule \"\(rule.phrase)\" [\(rule.language), \(rule.source)]"
        }
        let reason = "\(oldName(builtIn)); \(oldName(own)); opens the sentence"
        #expect(
            rules.readableReason(reason)
                == "appeal rule \"if you liked this article\" (en.appeal.if-you-liked-this-article); appeal rule \"support our cafe\" (en.appeal.support-our-cafe, \(source):2); opens the sentence")
        #expect(rules.readableReason("outside the article") == "outside the article")
    }
}

/// The accented Latin letters fold to plain ones; letters outside the table stay as they are.
@Suite struct LatinFoldingTests {
    @Test func accentedLettersFoldToPlainOnes() {
        #expect(
            FoldedWords("ÀÉÎÕÜ àáâãäåāăą Ç Ď Ğ Ĥ Ĵ Ķ Ł Ñ Ŕ Š Ț Ů Ŵ Ÿ Ž ß Æ œ þ ð ș ț ı ŉ").words
                == ["aeiou", "aaaaaaaaa", "c", "d", "g", "h", "j", "k", "l", "n", "r", "s", "t", "u", "w", "y", "z",
                    "ss", "ae", "oe", "th", "d", "s", "t", "i", "n"])
    }

    @Test func otherLettersStay() {
        #expect(FoldedWords("ĸ ǎ дом 広告 ÷ ß").words == ["ĸ", "ǎ", "дом", "広告", "ss"])
    }
}
