"""Readers: every input kind, every kind of bad input, encodings, streaming."""

import io
import json
import tracemalloc

import pytest

from realpolitik.ingest import Document, ErrorRecord, Reader, count_inputs


def read_all(paths, **kw):
    return list(Reader(**kw).read(paths))


def test_readers_txt_first_line_is_title(founding_article):
    [doc] = read_all([founding_article])
    assert isinstance(doc, Document)
    assert doc.title == "France and Russia decide which country will have the most influence in Mali"
    assert doc.text.startswith("The Malian junta and Wagner")
    assert doc.lang == "en"
    assert doc.date is None
    assert len(doc.doc_id) == 16  # no input id: a hash of the cleaned text


def test_readers_txt_doc_id_is_stable_and_content_based(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Mali and Russia signed an accord.\n")
    b.write_text("Mali  and Russia signed an accord.\r\n\r\n")  # same text once cleaned
    [da], [db] = read_all([a]), read_all([b])
    assert da.doc_id == db.doc_id


def test_readers_jsonl_aliases_and_metadata(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": 7, "body": "La France a retiré ses troupes du Mali.", "published": "2022-08-15 10:00:00Z",
                             "outlet": "journal", "section": "Afrique"}) + "\n"
                 + json.dumps({"content": "Moscow sent instructors to Bamako.", "headline": "Instructors"}) + "\n")
    d1, d2 = read_all([f])
    assert (d1.doc_id, d1.date, d1.lang, d1.source, d1.line) == ("7", "2022-08-15", "fr", "journal", 1)
    assert d1.meta == {"section": "Afrique"}
    assert d2.title == "Instructors" and d2.lang == "en" and d2.line == 2


def test_readers_jsonl_html_field_is_extracted(tmp_path, fixtures_dir):
    html = (fixtures_dir / "html" / "news_article_en.html").read_text()
    f = tmp_path / "h.jsonl"
    f.write_text(json.dumps({"id": "h1", "html": html}) + "\n")
    [doc] = read_all([f])
    assert doc.title.startswith("Mali's junta weighs")
    assert "cookies" not in doc.text


def test_readers_date_and_lang_defaults_apply_only_when_missing(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "Russia and Mali held talks.", "date": "2019-10-23", "lang": "en"}\n'
                 '{"text": "Russia and Mali held talks again."}\n')
    d1, d2 = read_all([f], default_date="2021-09-20", lang="fr")
    assert (d1.date, d1.lang) == ("2019-10-23", "en")
    assert (d2.date, d2.lang) == ("2021-09-20", "fr")


def test_readers_bad_inputs_become_errors_with_lines(bad_inputs_dir):
    items = read_all([bad_inputs_dir])
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert sorted(d.doc_id for d in docs if d.line) == ["good-1", "good-2"]
    assert len(docs) == 3  # + the HTML page
    by_file = {(e.source.rsplit("/", 1)[-1], e.line): e.message for e in errors}
    assert set(by_file) == {("binary.txt", None), ("empty.txt", None), ("docs.jsonl", 2)}
    assert "binary" in by_file[("binary.txt", None)]
    assert "no extractable text" in by_file[("empty.txt", None)]
    assert "malformed JSON" in by_file[("docs.jsonl", 2)]


@pytest.mark.parametrize("line,message", [
    ('{"id": "x", "title": "no body"}', "no 'text' or 'html' field"),
    ('["a", "list"]', "expected a JSON object"),
    ('{"text": 42}', "'text' must be a string"),
    ('{"text": "   "}', "no extractable text"),
    ('{"text": "Cookie policy"}', "no extractable text"),
])
def test_readers_jsonl_line_errors(tmp_path, line, message):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "Mali and France met."}\n\n' + line + "\n")
    items = read_all([f])
    assert isinstance(items[0], Document)
    assert isinstance(items[1], ErrorRecord)
    assert items[1].line == 3 and message in items[1].message


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_readers_jsonl_malformed_line_reports_column_within_the_line(tmp_path, ending):
    truncated = '{"id": "t1", "text": "Russia and Mali signed an accord."'  # the closing brace is missing
    bad_value = '{"id": "t2", "text": nope}'
    f = tmp_path / "docs.jsonl"
    f.write_bytes(('{"text": "Mali and France met."}' + ending + truncated + ending + bad_value + ending).encode())
    _, e1, e2 = read_all([f])
    assert str(e1) == f"{f}:2: malformed JSON (Expecting ',' delimiter at column {len(truncated) + 1})"
    assert str(e2) == f"{f}:3: malformed JSON (Expecting value at column {bad_value.index('nope') + 1})"


def test_readers_jsonl_unterminated_string_names_its_start_once(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text('{"id": "t3", "text": "broken\n')
    (err,) = read_all([f])
    assert str(err) == f"{f}:1: malformed JSON (Unterminated string starting at column 22)"


def test_readers_unknown_extension_and_missing_path(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    items = read_all([tmp_path / "notes.docx", tmp_path / "nope.txt"])
    assert [type(i) for i in items] == [ErrorRecord, ErrorRecord]
    assert "unknown file type '.docx'" in items[0].message
    assert items[1].message == "no such file or directory"


def test_readers_unreadable_file(tmp_path, monkeypatch):
    import pathlib

    f = tmp_path / "secret.txt"
    f.write_text("Mali and France met.")
    other = tmp_path / "ok.txt"
    other.write_text("France and Mali met again.")
    real_read = pathlib.Path.read_bytes

    def read_bytes(self):  # permissions are not enforced for root, so simulate the OS refusing
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    err, doc = read_all([f, other])
    assert isinstance(err, ErrorRecord) and err.message == "cannot read: Permission denied"
    assert isinstance(doc, Document)


def test_readers_latin1_and_utf16_are_decoded(tmp_path, caplog):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre français a réaffirmé la coopération avec le Mali et le Sénégal.".encode("cp1252"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Moscou et Bamako ont signé un accord.".encode("utf-16"))
    d1, d2 = read_all([latin, utf16])
    assert "français a réaffirmé" in d1.text
    assert d2.text == "Moscou et Bamako ont signé un accord."
    assert any("not valid UTF-8" in r.message for r in caplog.records)


def test_readers_directory_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document about Mali.")
    (tmp_path / "a.txt").write_text("First document about Mali.")
    (tmp_path / ".hidden.txt").write_text("should not be read")
    docs = read_all([tmp_path])
    assert [d.text for d in docs] == ["First document about Mali.", "Second document about Mali."]
    assert count_inputs([tmp_path]) == 2


def test_readers_stdin_is_jsonl():
    stdin = io.BytesIO(b'{"id": "s1", "text": "France condemned the coup in Mali."}\nnot json\n')
    items = list(Reader(stdin=stdin).read(["-"]))
    assert items[0].doc_id == "s1" and items[0].origin == "<stdin>"
    assert isinstance(items[1], ErrorRecord) and items[1].source == "<stdin>" and items[1].line == 2


def test_readers_rejects_bad_options():
    with pytest.raises(ValueError, match="lang"):
        Reader(lang="de")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Reader(default_date="20 Sept")


@pytest.mark.slow
def test_readers_large_jsonl_streams_with_bounded_memory(tmp_path):
    f = tmp_path / "big.jsonl"
    para = "Officials in Bamako said the talks with Moscow would continue next month. " * 25
    with open(f, "w") as fh:
        for i in range(12000):  # ~23 MB
            fh.write(json.dumps({"id": f"d{i}", "text": para}) + "\n")
    tracemalloc.start()
    n = 0
    for item in Reader(lang="en").read([f]):
        n += isinstance(item, Document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 12000
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a {f.stat().st_size / 1e6:.0f} MB file"
