from articles.html import html_to_plain_text, plain_text_to_html, sanitize_html


def test_plain_text_paragraphs_and_line_breaks():
    html = plain_text_to_html("Paragraf satu\nbaris dua.\n\n\nParagraf dua.")
    assert html == "<p>Paragraf satu<br>baris dua.</p>\n<p>Paragraf dua.</p>"


def test_plain_text_keeps_angle_brackets_as_text():
    html = plain_text_to_html("Nilai <b> & <script>alert(1)</script>")
    assert "<script>" not in html
    assert "&lt;b&gt; &amp; &lt;script&gt;" in html


def test_windows_line_endings_are_paragraphs_too():
    assert plain_text_to_html("Satu\r\n\r\nDua") == "<p>Satu</p>\n<p>Dua</p>"


def test_empty_text_gives_empty_body():
    assert plain_text_to_html("  \n ") == ""


def test_sanitizer_drops_scripts_handlers_and_javascript_links():
    dirty = (
        '<p onclick="x()">Halo <script>alert(1)</script><a href="javascript:alert(1)">tautan</a>'
        '<a href="https://example.org/">aman</a><img src=x onerror=alert(1)></p>'
    )
    clean = sanitize_html(dirty)
    assert "script" not in clean
    assert "alert" not in clean
    assert "onclick" not in clean
    assert "onerror" not in clean
    assert '<a href="https://example.org/" rel="noopener noreferrer">aman</a>' in clean


def test_sanitizer_keeps_the_allowlisted_structure():
    html = "<h2>Judul</h2><p><strong>Tebal</strong> <em>miring</em></p><ul><li>a</li></ul>"
    html += "<blockquote>kutipan</blockquote>"
    assert sanitize_html(html) == html


def test_plain_text_round_trip_is_lossless():
    text = "Paragraf satu\nbaris kedua & <tanda>.\n\nParagraf dua."
    assert html_to_plain_text(plain_text_to_html(text)) == text
