import QuireDocument
import Testing

@Suite struct DocumentDateTests {
    @Test(arguments: [
        "2025", "2025-06", "2025-06-14", "2025-06-14T07:30", "2025-06-14T07:30:15", "2025-06-14T07:30:15.250Z",
        "2025-06-14T07:30:00+01:00", "2025-06-14T07:30:00-05:30", "2025-06-14 07:30",
    ])
    func acceptsISO8601(_ text: String) {
        #expect(DocumentDate(iso8601: text)?.iso8601 == text)
    }

    @Test(arguments: [
        "", "25", "2025-13", "2025-06-32", "2025-6-14", "14 June 2025", "2025-06-14T25:00", "2025-06-14T07:30Zjunk",
        "2025-06-14T07:30:00+1", "2025-06-14T", "2025/06/14",
    ])
    func rejectsOtherText(_ text: String) {
        #expect(DocumentDate(iso8601: text) == nil)
    }

    @Test func buildsFromComponents() {
        #expect(DocumentDate(year: 2026, month: 1, day: 4)?.iso8601 == "2026-01-04")
        #expect(DocumentDate(year: 2026, month: 2, day: 40) == nil)
        #expect(DocumentDate(iso8601: "2025-06-14T07:30:00Z")?.day == "2025-06-14")
        #expect(DocumentDate(iso8601: "2025-06")?.day == nil)
    }
}
