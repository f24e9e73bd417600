import runpy

runpy.run_path("digest.py", run_name="__main__")
