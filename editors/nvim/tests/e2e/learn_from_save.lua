--- Learning in the editor: Pyright (another namespace, as any linter) reports `"load_config" is
--- not defined` in `main.py`; the person saves, renames the call to `read_config`, the linter
--- clears the error, and the person saves again. selfheal learns the change; in `tool.py`, the
--- same error then gets the learned quick fix, which makes the change there.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

local function undefined(name, lnum, line)
  local col = assert(line:find(name, 1, true), 'the line names ' .. name) - 1
  return {
    lnum = lnum,
    col = col,
    end_lnum = lnum,
    end_col = col + #name,
    severity = vim.diagnostic.severity.ERROR,
    source = 'Pyright',
    code = 'reportUndefinedVariable',
    message = '"' .. name .. '" is not defined',
  }
end

H.run('learn_from_save', function()
  H.setup({})
  local pyright = vim.api.nvim_create_namespace('e2e.pyright')

  vim.cmd.edit('main.py')
  local main = vim.api.nvim_get_current_buf()
  local client = H.attached_client(main)
  local lnum = 2
  local line = vim.api.nvim_buf_get_lines(main, lnum, lnum + 1, false)[1]
  vim.diagnostic.set(pyright, main, { undefined('load_config', lnum, line) })
  -- The hover answers once the forwarded diagnostic reached the server.
  vim.api.nvim_win_set_cursor(0, { lnum + 1, (line:find('load_config', 1, true)) })
  H.wait_for('the forwarded diagnostic to reach the server', 10000, function()
    return H.request(client, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), main) ~= nil
  end)
  vim.cmd.write()

  -- The person's fix, then the linter's new (empty) report, then a save.
  vim.api.nvim_buf_set_lines(main, lnum, lnum + 1, false, { (line:gsub('load_config', 'read_config')) })
  vim.diagnostic.reset(pyright, main)
  H.wait_for('the cleared diagnostics to reach the server', 10000, function()
    return H.request(client, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), main) == nil
  end)
  vim.cmd.write()
  local learned = vim.fs.joinpath(os.getenv('SELFHEAL_HOME'), 'patterns', 'learned.toml')
  H.wait_for('selfheal to learn the change', 10000, function()
    local file = io.open(learned)
    if not file then
      return false
    end
    local text = file:read('*a')
    file:close()
    return text:find('read_config', 1, true) ~= nil
  end)

  -- The same mistake in another file: the learned fix is offered and applied.
  vim.cmd.edit('tool.py')
  local tool = vim.api.nvim_get_current_buf()
  H.attached_client(tool)
  local tool_line = vim.api.nvim_buf_get_lines(tool, 3, 4, false)[1]
  vim.diagnostic.set(pyright, tool, { undefined('load_config', 3, tool_line) })
  vim.api.nvim_win_set_cursor(0, { 4, (tool_line:find('load_config', 1, true)) })
  local title = 'Change `load_config` to `read_config` (learned from your fix)'
  H.wait_for('the learned quick fix to be offered', 10000, function()
    local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
    params.context = { diagnostics = {} }
    local actions = H.request(client, 'textDocument/codeAction', params, tool) or {}
    for _, action in ipairs(actions) do
      if action.title == title then
        return true
      end
    end
    return false
  end)
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == title
    end,
  })
  H.wait_for('the learned fix to change the buffer', 10000, function()
    return vim.api.nvim_buf_get_lines(tool, 3, 4, false)[1]:find('read_config', 1, true) ~= nil
  end)
  H.equal(
    vim.api.nvim_buf_get_lines(tool, 3, 4, false)[1],
    (tool_line:gsub('load_config', 'read_config')),
    'the line after the learned fix'
  )
end)
