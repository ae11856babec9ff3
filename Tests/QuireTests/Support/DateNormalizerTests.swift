@testable import Quire
import Testing

@Suite struct DateNormalizerTests {
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
        ("Sat, 14 Jun 2025 07:30:00 GMT", "2025-06-14T07:30:00Z"),
        ("Sat, 14 Jun 2025 07:30:00 -0400", "2025-06-14T07:30:00-04:00"),
        ("Saturday 14 June 2025", "2025-06-14"),
        ("June 14th, 2025", "2025-06-14"),
        ("14 Sept. 2025", "2025-09-14"),
        ("June 2025", "2025-06"),
        ("14/06/2025", "2025-06-14"),
        ("06/14/2025", "2025-06-14"),
    ])
    func normalizes(text: String, expected: String) {
        #expect(DateNormalizer.normalize(text)?.iso8601 == expected)
    }

    @Test(arguments: ["", "yesterday", "01/02/2025", "2025-13-01", "31 February 2025", "2025-06-14T25:00"])
    func refusesWhatItCannotReadSafely(text: String) {
        #expect(DateNormalizer.normalize(text) == nil)
    }
}
