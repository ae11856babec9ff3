import QuireDocument
import Testing

@testable import Quire

@Suite struct HumanDateTests {
    @Test(arguments: [
        ("2025-06-14", "2025-06-14"),
        ("2025-06-14T07:30:00+01:00", "2025-06-14T07:30:00+01:00"),
        ("2025-06-14T07:30:00.000Z", "2025-06-14T07:30:00.000Z"),
        ("2025-06-14T07:30:00+0100", "2025-06-14T07:30:00+01:00"),
        ("2025-06-14T07:30:00-05", "2025-06-14T07:30:00-05:00"),
        ("2025-06-14 07:30:00", "2025-06-14T07:30:00"),
        ("2025-06-14 07:30:00 UTC", "2025-06-14T07:30:00Z"),
        ("2025/6/4", "2025-06-04"),
        ("20250614", "2025-06-14"),
        ("2025", "2025"),
        ("2026-01-04", "2026-01-04"), ("2026-01-04T09:15:00Z", "2026-01-04T09:15:00Z"), ("2026/01/04", "2026-01-04"),
    ])
    func readsISODatesAndNearMisses(_ text: String, _ iso: String) {
        #expect(HumanDate.parse(text)?.iso8601 == iso)
    }

    @Test(arguments: [
        ("Sat, 14 Jun 2025 07:30:00 GMT", "2025-06-14T07:30:00Z"),
        ("Sat, 14 Jun 2025 07:30:00 -0400", "2025-06-14T07:30:00-04:00"),
        ("Sun, 4 Jan 2026 9:15:00 +0000 (UTC)", "2026-01-04T09:15:00+00:00"),
        ("Sun, 04 Jan 2026 09:15 EST", "2026-01-04T09:15-05:00"),
        ("Sun, 04 Jan 2026 09:15:00 +01:00", "2026-01-04T09:15:00+01:00"),
    ])
    func readsRFC2822KeepingTimeAndZone(_ text: String, _ iso: String) {
        #expect(HumanDate.parse(text)?.iso8601 == iso)
    }

    @Test(arguments: [
        ("Saturday 14 June 2025", "2025-06-14"), ("June 14th, 2025", "2025-06-14"), ("14 Sept. 2025", "2025-09-14"),
        ("Sunday 4 January 2026", "2026-01-04"), ("4 Jan 2026", "2026-01-04"), ("January 4, 2026", "2026-01-04"),
        ("Jan. 4th, 2026", "2026-01-04"), ("Sunday, January 4th 2026", "2026-01-04"),
        ("4 January 2026, 14:30", "2026-01-04"), ("January 4, 2026 at 2:30 pm", "2026-01-04"),
        ("June 14, 2025 7:30 AM EST", "2025-06-14"),
        ("dimanche 4 janvier 2026", "2026-01-04"), ("1er février 2026", "2026-02-01"), ("14 juil. 2025", "2025-07-14"),
        ("domingo, 4 de enero de 2026", "2026-01-04"), ("4 de diciembre de 2025", "2025-12-04"),
        ("Sonntag, 4. Januar 2026", "2026-01-04"), ("3. März 2025", "2025-03-03"),
        ("4 de janeiro de 2026", "2026-01-04"), ("quarta-feira, 10 de setembro de 2025", "2025-09-10"),
        ("domenica 4 gennaio 2026", "2026-01-04"), ("4 agosto 2025", "2025-08-04"),
        ("June 2025", "2025-06"), ("29 February 2024", "2024-02-29"),
        // A prose date in any of the six languages keeps a time that has its zone.
        ("4 janvier 2026 09:15 UTC", "2026-01-04T09:15Z"), ("4. Januar 2026, 09:15 +0100", "2026-01-04T09:15+01:00"),
    ])
    func readsProseDatesInSixLanguages(_ text: String, _ iso: String) {
        #expect(HumanDate.parse(text)?.iso8601 == iso)
    }

    /// Dots and dashes put the day first; slashes only in the order a number above 12 settles.
    @Test(arguments: [
        ("4.1.2026", "2026-01-04"), ("04-01-2026", "2026-01-04"), ("25/12/2025", "2025-12-25"),
        ("12/25/2025", "2025-12-25"), ("14/06/2025", "2025-06-14"), ("06/14/2025", "2025-06-14"),
        ("14/06/2025 10:00", "2025-06-14"), ("4.1.2026, 09:15:30", "2026-01-04"),
    ])
    func readsNumericDatesByTheOrderRule(_ text: String, _ iso: String) {
        #expect(HumanDate.parse(text)?.iso8601 == iso)
    }

    @Test(arguments: [
        "", "yesterday", "01/02/2025", "03/04/2025", "2025-13-01", "31 February 2025", "2025-06-14T25:00",
        "4 January", "31 June 2025", "29 February 2025", "May the force be with you 2025", "Ju 4 2026", "4 January 26",
        "Sunday", "03/04/25", "4 January 2026 EST", "Sat, 14 Jun 2025 07:30:00 Mars time",
        "Published on 4 January 2026 after a long and careful review by the editorial board",
        "03/04/2025 10:00", "14/06/2025 24:00", "14/06/2025 10:60", "14/06/2025 10", "14/06/2025 ten:00",
    ])
    func refusesWhatIsNotCertainlyADate(_ text: String) {
        #expect(HumanDate.parse(text) == nil)
    }
}
