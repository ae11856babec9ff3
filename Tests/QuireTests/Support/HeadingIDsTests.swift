import Testing
@testable import Quire
import QuireDocument

@Suite struct HeadingIDsTests {
    @Test(arguments: [
        ("Installing Quire", "installing-quire"),
        ("2. The Mill & the Race!", "2-the-mill--the-race"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Über uns", "über-uns"),
        ("Ça va: déjà vu", "ça-va-déjà-vu"),
        ("?!", "section"),
        ("", "section"),
    ])
    func slugsAreGitHubs(text: String, slug: String) {
        #expect(HeadingIDs.slug(text) == slug)
    }

    @Test func repeatsGetTheNextFreeSuffix() {
        var ids = HeadingIDs()
        ids.claim("notes-2")
        var given: [String] = []
        for _ in 0..<4 {
            let id = ids.candidate(for: "Notes")
            ids.claim(id)
            given.append(id)
        }
        #expect(given == ["notes", "notes-1", "notes-3", "notes-4"])
    }

    @Test func thousandsOfEqualHeadingsStayNumberedInOrder() {
        let blocks = (0..<3000).map { _ in Block.heading(Heading(level: 2, content: [.text("Part")])) }
        let ids = HeadingIDs.assign(to: blocks).compactMap { block -> String? in
            guard case .heading(let heading) = block else { return nil }
            return heading.id
        }
        #expect(ids.count == 3000)
        #expect(ids.first == "part")
        #expect(ids.last == "part-2999")
        #expect(Set(ids).count == 3000)
    }
}

extension HeadingIDsTests {
    @Test(arguments: [
        ("intro", true), ("Section-2_b:c.d", true), ("", false), ("a b", false), ("über", false),
        ("a#b", false), ("ª", false), ("x\u{301}", false),
    ])
    func explicitIDsAreASCIILettersDigitsAndFourMarks(id: String, isValid: Bool) {
        #expect(HeadingIDs.isValidExplicitID(id) == isValid)
    }
}
