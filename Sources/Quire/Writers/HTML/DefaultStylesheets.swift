/// The stylesheets quire uses unless `--css` names another: short, readable, and free of fixed
/// fonts and sizes so readers' own settings still apply.
enum DefaultStylesheets {
    /// For standalone web pages: a readable column on screens of any width.
    static let html = """
        html { color: #1a1a1a; background: #fdfdfd; }
        body { margin: 0 auto; max-width: 38em; padding: 2em 1.25em 4em; font-family: Georgia, "Times New Roman", serif; font-size: 1.1em; line-height: 1.55; hyphens: auto; overflow-wrap: break-word; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.6em; font-family: system-ui, sans-serif; }
        header#title-block-header { margin-bottom: 2.5em; }
        header#title-block-header .subtitle { font-size: 1.2em; margin-top: -0.4em; }
        header#title-block-header .author, header#title-block-header .date { margin: 0.2em 0; color: #555; }
        a { color: #1a4d8f; }
        img { max-width: 100%; height: auto; }
        figure { margin: 1.5em 0; text-align: center; }
        figcaption { font-size: 0.9em; color: #555; }
        blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
        pre { overflow-x: auto; padding: 0.8em; background: #f3f3f3; }
        code { font-family: Menlo, Consolas, monospace; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 1.5em auto; }
        th, td { border-bottom: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
        caption { font-style: italic; margin-bottom: 0.4em; }
        hr { border: none; border-top: 1px solid #ccc; margin: 2em 0; }
        section.footnotes { margin-top: 3em; padding-top: 1em; border-top: 1px solid #ccc; font-size: 0.9em; }
        """

    /// For EPUB content documents: only spacing and emphasis, leaving fonts to the reading system.
    static let epub = """
        body { margin: 0 1em; line-height: 1.4; overflow-wrap: break-word; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.2; margin: 1.2em 0 0.5em; page-break-after: avoid; break-after: avoid; }
        p { margin: 0 0 0.8em; }
        img { max-width: 100%; height: auto; }
        figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figcaption { font-size: 0.9em; font-style: italic; }
        .image-missing { display: inline-block; padding: 0.5em 1em; border: 1px dashed #999; color: #555; font-size: 0.9em; }
        blockquote { margin: 1em 1.5em; }
        pre { white-space: pre-wrap; font-size: 0.85em; }
        code { font-family: monospace; }
        table { border-collapse: collapse; margin: 1em auto; }
        th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; }
        caption { font-style: italic; }
        hr { border: none; border-top: 1px solid #999; margin: 1.5em 20%; }
        section.footnotes { margin-top: 2em; border-top: 1px solid #999; font-size: 0.9em; }
        .title-page { text-align: center; margin-top: 20%; }
        .title-page .subtitle { font-size: 1.2em; font-style: italic; }
        .title-page .author { font-size: 1.1em; margin-top: 2em; }
        .part-byline { font-style: italic; }
        .cover { margin: 0; padding: 0; text-align: center; }
        .cover img { max-height: 100%; max-width: 100%; }
        nav ol { list-style-type: none; }
        """
}
