"""Rich-text HTML: analysed as visible text, offsets mapped back."""

from easy_read.analysis import analyse, html_to_text


def test_block_elements_become_paragraphs_and_whitespace_collapses():
    visible = html_to_text(
        "<h2>Kā pieteikties</h2><p>Zvaniet\n   mums.</p><ul><li>Pase</li><li>Foto</li></ul>"
    )
    assert visible.text == "Kā pieteikties\n\nZvaniet mums.\n\nPase\n\nFoto"


def test_entities_are_decoded_and_mapped():
    source = "<p>A&amp;B &nbsp;tiek izskatīts.</p>"
    visible = html_to_text(source)
    assert visible.text == "A&B tiek izskatīts."
    start = visible.text.index("tiek")
    s, e = visible.source_span(start, start + len("tiek izskatīts"))
    assert source[s:e] == "tiek izskatīts"


def test_script_style_and_comments_are_dropped():
    visible = html_to_text("<style>p{}</style><script>var a='<p>';</script><!-- x --><p>Teksts.</p>")
    assert visible.text == "Teksts."


def test_issue_offsets_index_visible_text_and_source():
    source = '<p>Lūdzu, <b>saskaņā ar</b> noteikumiem <a href="/x">iesniedziet</a> iesniegumu.</p>'
    report = analyse(source, lang="lv", html=True)
    issue = next(i for i in report.issues if i.rule == "jargon")
    assert report.text[issue.start : issue.end] == "saskaņā ar"
    assert source[issue.source_start : issue.source_end] == "saskaņā ar"


def test_inline_tags_do_not_split_words_or_sentences():
    report = analyse("<p>Pie<b>teik</b>ties var <i>šodien</i>.</p>", lang="lv", html=True)
    assert report.text == "Pieteikties var šodien."
    assert report.words == 3 and report.sentences == 1


def test_broken_html_does_not_crash():
    for source in ["<p", "<<p>>", "<a href='x>text", "&#99999999;", "&unknown; <b>", "</p></p>"]:
        report = analyse(source, html=True)
        assert report.words >= 0


def test_html_and_text_versions_agree_on_metrics():
    text_report = analyse("Kā pieteikties\n\nZvaniet mums. Mēs palīdzēsim.", lang="lv")
    html_report = analyse("<h2>Kā pieteikties</h2><p>Zvaniet mums. Mēs palīdzēsim.</p>", lang="lv", html=True)
    assert (text_report.words, text_report.sentences, text_report.lix) == (
        html_report.words,
        html_report.sentences,
        html_report.lix,
    )
