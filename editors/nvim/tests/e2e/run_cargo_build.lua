--- A terminal error, the way a person meets it: in a copy of examples/broken-rust (the current
--- directory), before any file is open, `:SelfhealRun cargo build` starts the server, streams
--- the build into the output buffer, and selfheal recognises the missing `HashMap` import and
--- publishes it on src/main.rs; the quickfix list lists it and `:cfirst` opens the file there
--- (the same server attaches); the hover explains it, the quick fix
--- (`vim.lsp.buf.code_action{apply=true}`) adds the `use`, and after `:write` a second
--- `:SelfhealRun cargo build` passes and clears the diagnostics and the quickfix list. The Rust
--- side builds the crate again after Neovim exits.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

H.run('run_cargo_build', function()
  H.setup({})
  local run = require('selfheal.run')

  vim.cmd('SelfhealRun cargo build')
  H.wait_for('the first cargo build to end', 60000, function()
    return run.last and run.last.done
  end)
  H.check(run.last.exit_code ~= 0, 'the broken crate does not build', run.last)
  local output_buffer = vim.fn.bufnr('selfheal://run')
  H.check(output_buffer ~= -1, 'the output buffer exists')
  local shown = table.concat(vim.api.nvim_buf_get_lines(output_buffer, 0, -1, false), '\n')
  H.check(shown:find('$ cargo build', 1, true), 'the output buffer shows the command', shown)
  H.check(shown:find('E0433', 1, true), 'the output buffer shows the error', shown)
  H.check(shown:find('[exit 101', 1, true), 'the output buffer shows the exit status', shown)

  H.wait_for('the quickfix list to list the errors', 10000, function()
    return #vim.fn.getqflist() > 0
  end)
  local quickfix = vim.fn.getqflist({ title = 1, items = 1 })
  H.equal(quickfix.title, 'selfheal: cargo build', 'quickfix title')
  H.equal(
    vim.api.nvim_buf_get_name(quickfix.items[1].bufnr),
    vim.fn.fnamemodify('src/main.rs', ':p'),
    'quickfix file'
  )
  H.check(quickfix.items[1].text:find('HashMap', 1, true), 'the HashMap error', quickfix.items[1])

  -- From the quickfix list to the error: the server the run started attaches to the file.
  vim.cmd.cfirst()
  local bufnr = vim.api.nvim_get_current_buf()
  H.equal(vim.api.nvim_buf_get_name(bufnr), vim.fn.fnamemodify('src/main.rs', ':p'), 'file opened')
  local client = H.attached_client(bufnr)
  H.equal(#vim.lsp.get_clients({ name = 'selfheal' }), 1, 'selfheal servers running')
  local cursor = vim.api.nvim_win_get_cursor(0)
  local diagnostic = vim.iter(H.own_diagnostics(bufnr, client)):find(function(d)
    return d.lnum == cursor[1] - 1 and d.col == cursor[2]
  end)
  H.check(diagnostic, 'a selfheal diagnostic where :cfirst put the cursor', cursor)
  H.equal(diagnostic.source, 'selfheal', 'diagnostic source')

  -- Hover at the error explains it.
  local hover = H.request(
    client,
    'textDocument/hover',
    vim.lsp.util.make_position_params(0, client.offset_encoding),
    bufnr
  )
  H.check(hover ~= nil, 'hover answers at the error')
  local text = hover.contents.value
  H.check(text:find('Import `std::collections::HashMap`', 1, true), 'hover names the fix', text)
  H.check(text:find('rust.missing-collections-import', 1, true), 'hover names the pattern', text)

  -- The quick fix.
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == 'Import `std::collections::HashMap`'
    end,
  })
  H.wait_for('the quick fix to add the use', 10000, function()
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    return vim.tbl_contains(lines, 'use std::collections::HashMap;')
  end)
  vim.cmd.write()

  -- Built again, the crate passes and selfheal's diagnostics go.
  run.last = nil
  vim.cmd('SelfhealRun cargo build')
  H.wait_for('the second cargo build to end', 60000, function()
    return run.last and run.last.done
  end)
  H.equal(run.last.exit_code, 0, 'the exit code of cargo build after the fix')
  H.wait_for('selfheal to clear its diagnostics', 10000, function()
    return #H.own_diagnostics(bufnr, client) == 0
  end)
  H.wait_for('the quickfix list to empty', 10000, function()
    return #vim.fn.getqflist() == 0
  end)
end)
