import QuireDocument

/// A web page's class names (`ArticlePageChunks-fLyCVG`, `col-md-8 js-track`) mean something
/// only to the site's own stylesheet and scripts. Article extraction reads them as evidence and
/// the document tree (JSON output) keeps them; HTML and EPUB markup, which carry quire's own
/// stylesheet, would only be littered with a site's generated names, so a page's document
/// loses them on its way to those writers.
enum SiteClassRemoval {
    static func apply(to document: Document) -> Document {
        document
            .rewritingBlocks { block in
                guard case .container(var container) = block, !container.classes.isEmpty else { return [block] }
                container.classes = []
                return [.container(container)]
            }
            .rewritingInlines { inline in
                guard case .span(var span) = inline, !span.classes.isEmpty else { return [inline] }
                span.classes = []
                return [.span(span)]
            }
    }
}
