"""Builds a stand-in wheel for each folder of stubs/ (stubs/<distribution>/<files>), so that
`pip install -r requirements.txt` can run offline against a local package index."""
import base64
import hashlib
import pathlib
import re
import sys
import zipfile

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for dist_dir in sorted(pathlib.Path("stubs").iterdir()):
    dist = dist_dir.name
    norm = re.sub(r"[-_.]+", "_", dist)
    info = f"{norm}-1.0.dist-info"
    files = {
        path.relative_to(dist_dir).as_posix(): path.read_bytes()
        for path in sorted(dist_dir.rglob("*"))
        if path.is_file()
    }
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n".encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: heal-case\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    with zipfile.ZipFile(out / f"{norm}-1.0-py3-none-any.whl", "w") as wheel:
        for name, data in files.items():
            wheel.writestr(name, data)
