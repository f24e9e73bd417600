--- Fix-all on save: with `fix_all_on_save = true` and a fix learned here (the Rust side recorded
--- four successes of `import json` in SELFHEAL_HOME's database before Neovim started), `:write`
--- right after a linter reports `"json" is not defined` writes the file with the import — no
--- waiting for the forwarding debounce.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

H.run('fix_all_on_save', function()
  -- A generous wait: a loaded CI machine must not fail the case.
  H.setup({ fix_all_on_save = true, fix_all_timeout_ms = 10000 })
  vim.cmd.edit('report.py')
  local bufnr = vim.api.nvim_get_current_buf()
  H.attached_client(bufnr)
  local lnum = 6
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  local col = assert(line:find('json', 1, true)) - 1
  vim.diagnostic.set(vim.api.nvim_create_namespace('e2e.pyright'), bufnr, {
    {
      lnum = lnum,
      col = col,
      end_col = col + 4,
      severity = vim.diagnostic.severity.ERROR,
      source = 'Pyright',
      code = 'reportUndefinedVariable',
      message = '"json" is not defined',
    },
  })
  vim.cmd.write()
  H.equal(vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1], 'import json', 'line 4 after the save')
  H.check(not vim.bo[bufnr].modified, 'the fixed buffer is what was written')
end)
