from vault.digest import Fingerprint

for path, data in [("/srv/a.txt", b"alpha"), ("/srv/b.txt", b"beta")]:
    fp = Fingerprint(path, data)
    print(fp.name, fp.short())
