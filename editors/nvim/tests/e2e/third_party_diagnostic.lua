--- A third-party diagnostic (Pyright's `"json" is not defined`, published from another
--- namespace as any linter would) on `report.py` in the current directory: the plugin forwards
--- it, with its columns in our client's encoding (SELFHEAL_E2E_ENCODING: utf-8, as Neovim
--- negotiates with selfheal by default, or utf-16 or utf-32, forced here), although the line has
--- non-ASCII text before the error; the hover explains it; `vim.lsp.buf.code_action{apply=true}`
--- adds `import json` after the last import; the action's `selfheal.recordOutcome` command runs;
--- and once the linter no longer reports the error, selfheal records a success.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

H.run('third_party_diagnostic', function()
  local encoding = os.getenv('SELFHEAL_E2E_ENCODING') or 'utf-8'
  local executed = {}
  H.setup({
    lsp = {
      before_init = function(params)
        if encoding ~= 'utf-8' then
          params.capabilities.general.positionEncodings = { encoding }
        end
      end,
      -- Records what the server answered to the commands Neovim ran for code actions.
      handlers = {
        ['workspace/executeCommand'] = function(err, result)
          table.insert(executed, { err = err, result = result })
        end,
      },
    },
  })

  vim.cmd.edit('report.py')
  local bufnr = vim.api.nvim_get_current_buf()
  local client = H.attached_client(bufnr)
  H.equal(client.offset_encoding, encoding, 'the negotiated position encoding')

  -- The line with the error: `    print("héllo 🎉", json.dumps(…` — é is 2 bytes, 1 UTF-16 unit
  -- and 1 UTF-32 unit; 🎉 4 bytes, 2 UTF-16 units and 1 UTF-32 unit.
  local lnum = 6
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  local byte_col = assert(line:find('json', 1, true), 'fixture line has json') - 1
  local expected_col = byte_col - ({ ['utf-8'] = 0, ['utf-16'] = 3, ['utf-32'] = 4 })[encoding]

  -- Another linter publishes in its own namespace.
  local pyright = vim.api.nvim_create_namespace('e2e.pyright')
  vim.diagnostic.set(pyright, bufnr, {
    {
      lnum = lnum,
      col = byte_col,
      end_lnum = lnum,
      end_col = byte_col + 4,
      severity = vim.diagnostic.severity.ERROR,
      source = 'Pyright',
      code = 'reportUndefinedVariable',
      message = '"json" is not defined',
    },
  })

  -- The hover (which carries no diagnostics) explains it once the plugin forwarded it.
  vim.api.nvim_win_set_cursor(0, { lnum + 1, byte_col + 1 })
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local hover
  H.wait_for('the forwarded diagnostic to reach the server (hover answers)', 10000, function()
    hover = H.request(client, 'textDocument/hover', params, bufnr)
    return hover ~= nil
  end)
  local text = hover.contents.value
  H.check(
    text:find('The standard-library module `json` is used but not imported', 1, true),
    'hover explains the error',
    text
  )
  H.check(text:find('Add `import json`', 1, true), 'hover names the fix', text)
  H.equal(hover.range.start, { line = lnum, character = expected_col }, 'forwarded range start')
  H.equal(hover.range['end'], { line = lnum, character = expected_col + 4 }, 'forwarded range end')

  -- The quick fix, the way a person gets it (`gra` is this with a menu).
  local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == 'Add `import json`'
    end,
  })
  H.wait_for('the quick fix to change the buffer', 10000, function()
    return #vim.api.nvim_buf_get_lines(bufnr, 0, -1, false) == #before + 1
  end)
  local after = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  H.equal(after[4], 'import json', 'line 4 after the fix')
  H.equal(after[3], 'import sys', 'line 3 after the fix')
  H.wait_for('the action\'s selfheal.recordOutcome to run', 10000, function()
    return #executed > 0
  end)
  H.check(executed[1].err == nil, 'recordOutcome succeeded', executed[1])
  H.equal(executed[1].result.watching, true, 'the server watches the applied fix')
  vim.cmd.write()

  -- The linter runs again and no longer reports it: the fix worked.
  vim.diagnostic.reset(pyright, bufnr)
  local stats
  H.wait_for('selfheal to record the success', 10000, function()
    stats = H.request(client, 'workspace/executeCommand', { command = 'selfheal.stats' })
    return stats.successes == 1
  end)
  H.equal(stats.outcomes, 1, 'outcomes recorded')
end)
