@testable import Quire
import QuireDocument
import Testing

/// Content a page shows one part at a time (`HTMLTabs`): every tab panel is read, under its
/// tab's label, and what a disclosure hides is read under its question. Before, the labels ran
/// together ("TOMLCommand line") and hidden panels and answers were lost.
@Suite struct HTMLTabsTests {
    /// The paragraphs and code of `blocks`, one line each, boxes opened.
    private func lines(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        blocks.forEachBlock { block in
            switch block {
            case .paragraph(let content): lines.append(content.visibleText)
            case .heading(let heading): lines.append("# " + heading.content.visibleText)
            case .codeBlock(let code): lines.append("code: " + code.text)
            default: break
            }
        }
        return lines
    }

    @Test func mkDocsTabsPutEachLabelAboveItsPanel() throws {
        let page = """
            <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked id="t1" name="t" type="radio">\
            <input id="t2" name="t" type="radio"><div class="tabbed-labels"><label for="t1">TOML</label><label for="t2">Command line</label></div>\
            <div class="tabbed-content"><div class="tabbed-block"><pre><code>rotate = "size"</code></pre></div>\
            <div class="tabbed-block"><pre><code>service --rotate size</code></pre></div></div></div>
            """
        let blocks = try HTMLTest.blocks(page)
        #expect(lines(blocks) == ["TOML", "code: rotate = \"size\"", "Command line", "code: service --rotate size"])
        // The label is set apart as a label, not run into the text.
        var strongLabels: [String] = []
        blocks.forEachBlock { block in
            if case .paragraph(let content) = block, case .strong(let label)? = content.first {
                strongLabels.append(label.visibleText)
            }
        }
        #expect(strongLabels == ["TOML", "Command line"])
    }

    /// ARIA tabs whose inactive panels are `hidden`: named by `aria-controls` or by the panel's
    /// `aria-labelledby`.
    @Test func hiddenTabPanelsAreReadUnderTheirTabs() throws {
        let page = """
            <p>Install it with your package manager.</p>\
            <ul role="tablist"><li role="tab" id="a" aria-controls="pa">npm</li><li role="tab" id="b" aria-controls="pb">Yarn</li>\
            <li role="tab" id="c">pnpm</li></ul>\
            <div role="tabpanel" id="pa"><pre><code>npm install client</code></pre></div>\
            <div role="tabpanel" id="pb" hidden><pre><code>yarn add client</code></pre></div>\
            <div role="tabpanel" aria-labelledby="c" style="display: none"><pre><code>pnpm add client</code></pre></div>
            """
        #expect(
            lines(try HTMLTest.blocks(page)) == [
                "Install it with your package manager.", "npm", "code: npm install client", "Yarn", "code: yarn add client",
                "pnpm", "code: pnpm add client",
            ])
    }

    @Test func bootstrapTabLinksNameTheirPanes() throws {
        let page = """
            <ul class="nav nav-tabs"><li class="active"><a href="#linux" data-toggle="tab">Linux</a></li>\
            <li><a href="#mac" data-bs-toggle="pill">macOS</a></li></ul>\
            <div class="tab-content"><div class="tab-pane active" id="linux"><p>Use the package.</p></div>\
            <div class="tab-pane" id="mac" aria-hidden="true"><p>Use the installer.</p></div></div>
            """
        #expect(lines(try HTMLTest.blocks(page)) == ["Linux", "Use the package.", "macOS", "Use the installer."])
    }

    /// An accordion's questions are buttons, which the reader otherwise leaves out, and its
    /// answers are hidden until opened.
    @Test func anAccordionKeepsItsQuestionsAndAnswers() throws {
        let page = """
            <h3><button aria-expanded="false" aria-controls="q1">Does it work offline?</button></h3>\
            <div id="q1" hidden><p>Yes, with what it fetched last.</p></div>\
            <h3><button aria-expanded="true" aria-controls="q2">Is it free?</button></h3><div id="q2"><p>Yes.</p></div>\
            <p>Other buttons stay out: <button>Subscribe</button></p>
            """
        #expect(
            lines(try HTMLTest.blocks(page)) == [
                "# Does it work offline?", "Yes, with what it fetched last.", "# Is it free?", "Yes.", "Other buttons stay out:",
            ])
    }

    /// Tabs and lists nested thousands deep: linear time, every label kept.
    @Test func deeplyNestedTabsTakeLinearTime() throws {
        let depth = 20_000
        let nested = String(repeating: "<div role=\"tablist\"><span role=\"tab\" aria-controls=\"nowhere\">x</span><div>", count: depth)
        let words = try HTMLTest.wordsReadInLinearTime("<!DOCTYPE html><body><div role=\"tablist\">" + nested + "</body>")
        #expect(words.count == depth)
    }

    /// What nothing on the page would show stays hidden, and tabs whose panels cannot all be
    /// found keep their labels where they are, so nothing is lost.
    @Test func otherHiddenTextAndUnpairedTabsStayAsTheyWere() throws {
        let hidden = """
            <p>Shown.</p><div hidden><p>A dialog no control names.</p></div>\
            <button aria-expanded="false" aria-controls="nowhere">Menu</button>
            """
        #expect(lines(try HTMLTest.blocks(hidden)) == ["Shown."])
        let unpaired = """
            <div role="tablist"><span role="tab" aria-controls="one">One</span> <span role="tab" aria-controls="gone">Two</span></div>\
            <div role="tabpanel" id="one"><p>First panel.</p></div>
            """
        #expect(lines(try HTMLTest.blocks(unpaired)) == ["One Two", "One", "First panel."])
    }
}
