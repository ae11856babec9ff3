import Quire
import QuireDocument
import Testing

@Suite struct SupportTests {
    @Test func utcTimeIgnoresTheTimeZone() {
        #expect(UTCTime(secondsSince1970: 0).iso8601 == "1970-01-01T00:00:00Z")
        #expect(UTCTime(secondsSince1970: 1_700_000_000).iso8601 == "2023-11-14T22:13:20Z")
        #expect(UTCTime(secondsSince1970: 951_825_599).iso8601 == "2000-02-29T11:59:59Z")
        #expect(UTCTime(secondsSince1970: -1).iso8601 == "1969-12-31T23:59:59Z")
        #expect(UTCTime(secondsSince1970: 4_102_444_800).iso8601 == "2100-01-01T00:00:00Z")
    }

    @Test func imageTypesComeFromTheBytes() {
        #expect(MediaTypeSniffer.imageMediaType(of: TestImages.png) == "image/png")
        #expect(MediaTypeSniffer.imageMediaType(of: TestImages.gif) == "image/gif")
        #expect(MediaTypeSniffer.imageMediaType(of: TestImages.webp) == "image/webp")
        #expect(MediaTypeSniffer.imageMediaType(of: TestImages.jpegHead) == "image/jpeg")
        #expect(MediaTypeSniffer.imageMediaType(of: TestImages.svg) == "image/svg+xml")
        #expect(
            MediaTypeSniffer.imageMediaType(of: Array("\u{FEFF}\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg/>".utf8))
                == "image/svg+xml")
        #expect(MediaTypeSniffer.imageMediaType(of: Array("<html><svg/></html>".utf8)) == nil)
        #expect(MediaTypeSniffer.imageMediaType(of: Array("GIF8".utf8)) == nil)
        #expect(MediaTypeSniffer.imageMediaType(of: []) == nil)
    }

    @Test(arguments: [
        ("en", "The mill was built in the year that the river changed its course, and it has been working ever since."),
        (
            "fr",
            "Le moulin a été construit l'année où la rivière a changé de cours, et il n'a jamais cessé de tourner depuis."
        ),
        (
            "es",
            "El molino fue construido el año en que el río cambió su curso, y desde entonces no ha dejado de funcionar."
        ),
        (
            "de",
            "Die Mühle wurde in dem Jahr gebaut, in dem der Fluss seinen Lauf änderte, und sie ist seitdem nicht stillgestanden."
        ),
        ("pt", "O moinho foi construído no ano em que o rio mudou de curso, e desde então não parou de funcionar."),
        (
            "it",
            "Il mulino è stato costruito nell'anno in cui il fiume ha cambiato corso, e da allora non si è mai fermato."
        ),
    ])
    func languagesAreDetectedFromCommonWords(expected: String, text: String) {
        #expect(LanguageDetection.language(of: text) == expected)
    }

    @Test func shortOrMixedTextHasNoLanguage() {
        #expect(LanguageDetection.language(of: "Mill") == nil)
        #expect(LanguageDetection.language(of: "") == nil)
        #expect(LanguageDetection.language(of: "12 34 56 — 78") == nil)
        #expect(LanguageDetection.language(of: "the and der die") == nil)
    }

    @Test func declaredLanguagesMustLookLikeBCP47() {
        func tag(_ language: String?) -> String? {
            LanguageDetection.languageTag(
                for: Document(metadata: Metadata(language: language), blocks: [.paragraph([.text("x")])]))
        }
        #expect(tag("en-GB") == "en-GB")
        #expect(tag(" pt_BR ") == "pt-BR")
        #expect(tag("zh-Hant-TW") == "zh-Hant-TW")
        #expect(tag("English") == nil)
        #expect(tag("en--GB") == nil)
        #expect(tag(nil) == nil)
    }
}
