import runpy

runpy.run_path("stamp.py", run_name="__main__")
