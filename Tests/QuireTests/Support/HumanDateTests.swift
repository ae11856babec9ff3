import QuireDocument
import Testing

@testable import Quire

@Suite struct HumanDateTests {
    @Test(arguments: [
        ("Sunday 4 January 2026", "2026-01-04"), ("4 Jan 2026", "2026-01-04"), ("January 4, 2026", "2026-01-04"),
        ("2026-01-04", "2026-01-04"), ("Jan. 4th, 2026", "2026-01-04"), ("Sunday, January 4th 2026", "2026-01-04"),
        ("4 January 2026, 14:30", "2026-01-04"), ("2026-01-04T09:15:00Z", "2026-01-04T09:15:00Z"),
        ("dimanche 4 janvier 2026", "2026-01-04"), ("1er février 2026", "2026-02-01"), ("14 juil. 2025", "2025-07-14"),
        ("domingo, 4 de enero de 2026", "2026-01-04"), ("4 de diciembre de 2025", "2025-12-04"),
        ("Sonntag, 4. Januar 2026", "2026-01-04"), ("3. März 2025", "2025-03-03"),
        ("4 de janeiro de 2026", "2026-01-04"), ("quarta-feira, 10 de setembro de 2025", "2025-09-10"),
        ("domenica 4 gennaio 2026", "2026-01-04"), ("4 agosto 2025", "2025-08-04"),
        ("June 2025", "2025-06"), ("29 February 2024", "2024-02-29"),
        ("4.1.2026", "2026-01-04"), ("2026/01/04", "2026-01-04"), ("25/12/2025", "2025-12-25"), ("12/25/2025", "2025-12-25"),
    ])
    func readsHumanDates(_ text: String, _ iso: String) {
        #expect(HumanDate.parse(text)?.iso8601 == iso)
    }

    @Test(arguments: [
        "", "yesterday", "4 January", "31 June 2025", "29 February 2025", "03/04/2025", "May the force be with you 2025",
        "Ju 4 2026", "4 January 26", "Sunday",
    ])
    func rejectsWhatIsNotCertainlyADate(_ text: String) {
        #expect(HumanDate.parse(text) == nil)
    }
}
