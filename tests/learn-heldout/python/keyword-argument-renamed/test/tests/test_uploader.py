from uploader import FlakyArchive, upload_all


def test_upload_survives_two_failures():
    archive = FlakyArchive(failures=2)
    assert upload_all(archive, ["a.pdf", "b.pdf"]) == [1, 2]
    assert archive.stored == ["a.pdf", "b.pdf"]
