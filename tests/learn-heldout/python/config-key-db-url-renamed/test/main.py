import runpy

runpy.run_path("migrate.py", run_name="__main__")
