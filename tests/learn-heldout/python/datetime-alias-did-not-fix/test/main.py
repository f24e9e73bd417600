import runpy

runpy.run_path("audit.py", run_name="__main__")
